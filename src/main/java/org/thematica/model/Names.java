package org.thematica.model;

/**
 * The one rule for the names people give things: codes, themes, documents, cases, attributes
 * and coders. A name is one line of visible text. Control characters (C0 and C1: escape, bell,
 * newline...) and the bidirectional embedding, override and isolate marks are refused: a
 * project travels between people, and such a name could rewrite a terminal or reorder what a
 * reader sees. Letters of every script, combining marks, emoji and the zero-width joiner and
 * non-joiner (which some scripts need) are all allowed.
 */
public final class Names {
    /** Longer names fit no tree, chart or map label; the limit is generous on purpose. */
    public static final int MAX_LENGTH = 200;

    private Names() {
    }

    /** What is wrong with {@code candidate} as a name (a sentence without a full stop), or null. */
    public static String problem(String candidate, String what) {
        String name = candidate == null ? "" : candidate.strip();
        if (name.isEmpty()) {
            return (what.matches("[aeiou].*") ? "an " : "a ") + what + " needs a name";
        }
        if (name.length() > MAX_LENGTH) {
            return "keep the " + what + " name under " + MAX_LENGTH + " characters";
        }
        int bad = name.codePoints().filter(Names::isForbidden).findFirst().orElse(-1);
        if (bad >= 0) {
            return "a " + what + " name is one line of visible text; it may not contain "
                    + String.format("U+%04X", bad) + " (" + Character.getName(bad) + ")";
        }
        return null;
    }

    /** The name stripped of surrounding spaces, or a {@link UserError} saying what is wrong with it. */
    public static String require(String candidate, String what) throws UserError {
        String problem = problem(candidate, what);
        if (problem != null) {
            throw new UserError(problem);
        }
        return candidate.strip();
    }

    /** Characters no name may hold and no terminal should receive raw. */
    public static boolean isForbidden(int c) {
        return Character.getType(c) == Character.CONTROL // C0 and C1, newline and tab included
                || c == 0x2028 || c == 0x2029 // line and paragraph separators
                || c >= 0x202A && c <= 0x202E // embeddings and overrides
                || c >= 0x2066 && c <= 0x2069; // isolates
    }
}
