package org.thematica.ui.codebook;

import java.util.Collection;

/**
 * Checks a name typed for a new or renamed code or theme, before anything is written: the
 * project's rule (model.Names), then what the window also warns about (a name in use).
 */
final class Names {
    static final int MAX_LENGTH = org.thematica.model.Names.MAX_LENGTH;

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
        String rule = org.thematica.model.Names.problem(candidate, what);
        if (rule != null) {
            return Character.toUpperCase(rule.charAt(0)) + rule.substring(1) + ".";
        }
        String name = candidate.strip();
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
