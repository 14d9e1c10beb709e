package org.thematica.model;

import java.util.Locale;

/** Interviews are what theme frequencies are counted over; sources are secondary material. */
public enum DocumentKind {
    INTERVIEW, SOURCE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DocumentKind parse(String key) {
        for (DocumentKind kind : values()) {
            if (kind.key().equalsIgnoreCase(key.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown document kind '" + key + "' (use interview or source)");
    }
}
