package org.thematica.ui.codebook;

import java.util.Collection;

/** Checks a name typed for a new or renamed code or theme, before anything is written. */
final class Names {
    /** Longer names fit no tree, chart or map label; the limit is generous on purpose. */
    static final int MAX_LENGTH = 200;

    private Names() {
    }

    /**
     * Returns what is wrong with {@code candidate} as a sentence, or null if it may be used.
     *
     * @param current the thing's present name when renaming (keeping it is allowed), else null
     * @param taken   the names already in use
     * @param what    "code" or "theme"
     */
    static String problem(String candidate, String current, Collection<String> taken, String what) {
        String name = candidate == null ? "" : candidate.strip();
        if (name.isEmpty()) {
            return "A " + what + " needs a name.";
        }
        if (name.length() > MAX_LENGTH) {
            return "Keep the name under " + MAX_LENGTH + " characters.";
        }
        if (name.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            return "A name is one line of text.";
        }
        if (name.equals(current)) {
            return null;
        }
        if (taken.contains(name)) {
            return "There is already a " + what + " named '" + name + "'.";
        }
        // the project would accept it, but two names that differ only in capitals are nearly
        // always one idea typed twice, and they look alike in every chart
        for (String other : taken) {
            if (other.equalsIgnoreCase(name) && !other.equals(current)) {
                return "There is already a " + what + " named '" + other + "'; names should differ by more than"
                        + " capitals.";
            }
        }
        return null;
    }
}
