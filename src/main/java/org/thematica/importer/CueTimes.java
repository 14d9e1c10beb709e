package org.thematica.importer;

/**
 * Subtitle timestamps and timing lines.
 *
 * <p>One lenient parser serves all three formats: {@code [h:]m:s.fff} where the hours may have
 * any number of digits (up to five), minutes and seconds one or two digits below 60, and the
 * fraction one or more digits after '.' or ','. That accepts strict WebVTT ({@code 00:01.000},
 * {@code 00:00:01.000}), SubRip ({@code 00:00:01,000}, and the '.' that many tools write
 * instead), SBV ({@code 0:00:01.000}) and Microsoft Teams' {@code 0:0:1.5}. A fraction is
 * required, as every one of these formats requires it.
 */
final class CueTimes {
    static final String ARROW = "-->";
    static final long INVALID = -1;

    private CueTimes() {
    }

    /**
     * A timing line split into its two times.
     *
     * @param line    the whole line, quoted when the bad part cannot be named
     * @param startMs milliseconds, or {@link #INVALID}
     * @param endMs   milliseconds, or {@link #INVALID}
     */
    record Timing(String line, String start, String end, long startMs, long endMs) {
        boolean valid() {
            return startMs != INVALID && endMs != INVALID;
        }

        /** The text to quote in a warning: the bad time when there is one, else the line. */
        String invalidPart() {
            String part = startMs == INVALID ? start : end;
            return part.isEmpty() ? line.strip() : part;
        }
    }

    /** {@code start --> end [settings]} (WebVTT, SubRip); anything after the end time is ignored. */
    static Timing arrow(String line) {
        int arrow = line.indexOf(ARROW);
        if (arrow < 0) {
            return new Timing(line, line.strip(), "", INVALID, INVALID);
        }
        String start = line.substring(0, arrow).strip();
        String rest = line.substring(arrow + ARROW.length()).strip();
        int space = firstWhitespace(rest);
        String end = space < 0 ? rest : rest.substring(0, space);
        return new Timing(line, start, end, parse(start), parse(end));
    }

    /** {@code start,end} (YouTube SBV). */
    static Timing sbv(String line) {
        int comma = line.indexOf(',');
        if (comma < 0) {
            return new Timing(line, line.strip(), "", INVALID, INVALID);
        }
        String start = line.substring(0, comma).strip();
        String end = line.substring(comma + 1).strip();
        return new Timing(line, start, end, parse(start), parse(end));
    }

    /** Milliseconds, or {@link #INVALID}. */
    static long parse(String token) {
        int dot = Math.max(token.lastIndexOf('.'), token.lastIndexOf(','));
        if (dot < 0) {
            return INVALID;
        }
        String fraction = token.substring(dot + 1);
        String[] clock = token.substring(0, dot).split(":", -1);
        if (clock.length < 2 || clock.length > 3 || !digits(fraction, 1, 9)) {
            return INVALID;
        }
        long hours = clock.length == 3 ? number(clock[0], 5) : 0;
        long minutes = number(clock[clock.length - 2], 2);
        long seconds = number(clock[clock.length - 1], 2);
        if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
            return INVALID;
        }
        // "1.5" is one and a half seconds: the fraction is read as decimals, not as a count of ms.
        long millis = Long.parseLong((fraction + "00").substring(0, 3));
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }

    private static long number(String text, int maxDigits) {
        return digits(text, 1, maxDigits) ? Long.parseLong(text) : INVALID;
    }

    /** ASCII digits only: Long.parseLong would also accept Arabic-Indic digits. */
    private static boolean digits(String text, int min, int max) {
        if (text.length() < min || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int firstWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
