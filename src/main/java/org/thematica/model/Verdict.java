package org.thematica.model;

import java.util.Locale;

/** A reviewer's judgement of one coding. */
public enum Verdict {
    AGREE, DISAGREE, UNSURE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict parse(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
