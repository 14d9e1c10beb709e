package org.thematica.model;

import java.util.Locale;

/**
 * A reviewer's judgement of a coding or of a code's definition, or a reply in the thread a
 * judgement opens. A question is a verdict that waits for an answer.
 */
public enum Verdict {
    AGREE, DISAGREE, QUESTION, REPLY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict parse(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
