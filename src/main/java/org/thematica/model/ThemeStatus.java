package org.thematica.model;

import java.util.Locale;

/** Braun and Clarke's themes mature from candidate through reviewed to final. */
public enum ThemeStatus {
    CANDIDATE, REVIEWED, FINAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ThemeStatus parse(String key) {
        for (ThemeStatus status : values()) {
            if (status.key().equalsIgnoreCase(key.trim())) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown theme status '" + key + "' (use candidate, reviewed or final)");
    }
}
