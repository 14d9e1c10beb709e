package org.thematica.model;

/** A person who codes or reviews; every edit and coding names one. */
public record Coder(long id, String guid, String name) {
}
