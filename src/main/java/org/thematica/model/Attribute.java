package org.thematica.model;

/** A case attribute definition, such as {@code role} (text) or {@code age} (number). */
public record Attribute(long id, String guid, String name, AttributeType type) {
}
