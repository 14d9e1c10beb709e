package org.thematica.model;

/**
 * A person who codes or reviews; every edit and coding names one. {@code colour} is the colour
 * they chose for comparison views ({@code #RRGGBB}), or null when they have not chosen one: see
 * {@link CoderColours} for the colour they are shown in then.
 */
public record Coder(long id, String guid, String name, String colour) {
    public Coder(long id, String guid, String name) {
        this(id, guid, name, null);
    }
}
