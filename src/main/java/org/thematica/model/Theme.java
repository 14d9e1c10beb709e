package org.thematica.model;

/** A theme: a first-class group of codes (a code may belong to several themes). */
public record Theme(long id, String guid, String name, String description, String colour, ThemeStatus status) {
}
