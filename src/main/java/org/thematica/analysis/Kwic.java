package org.thematica.analysis;

/**
 * Keyword in context: a match with some text on either side, on one line, for a concordance
 * list. Context is cut at a space where one is near, never inside a surrogate pair or before a
 * combining mark, and a cut is shown with "…".
 */
public final class Kwic {
    private Kwic() {
    }

    /** The parts of one line: {@code left} ends where the match starts, {@code right} starts where it ends. */
    public record Line(String left, String match, String right) {
    }

    /** The match {@code [start, end)} (UTF-16) with about {@code width} characters of context on each side. */
    public static Line around(String text, int start, int end, int width) {
        int from = Math.max(0, start - width);
        if (from > 0) {
            int space = indexOfSpace(text, from, Math.min(start, from + width / 3));
            from = space >= 0 ? space + 1 : from;
            from = clusterStart(text, from, start);
        }
        int to = Math.min(text.length(), end + width);
        if (to < text.length()) {
            int space = lastIndexOfSpace(text, Math.max(end, to - width / 3), to);
            to = space >= 0 ? space : to;
            to = clusterEnd(text, to);
        }
        // the outer ends carry no meaning in white space (a final line break, say)
        String left = (from > 0 ? "…" : "") + oneLine(text.substring(from, start)).stripLeading();
        String right = oneLine(text.substring(end, to)).stripTrailing() + (to < text.length() ? "…" : "");
        return new Line(left, oneLine(text.substring(start, end)), right);
    }

    /** Moves a cut forward past a low surrogate or combining marks, so no character is split. */
    private static int clusterStart(String text, int at, int limit) {
        while (at < limit && (Character.isLowSurrogate(text.charAt(at)) || isMark(text.codePointAt(at)))) {
            at++;
        }
        return at;
    }

    /** Moves a cut forward past a low surrogate or combining marks that belong to the character before it. */
    private static int clusterEnd(String text, int at) {
        while (at < text.length() && (Character.isLowSurrogate(text.charAt(at)) || isMark(text.codePointAt(at)))) {
            at++;
        }
        return at;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static int indexOfSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfSpace(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Line breaks and runs of spaces become one space, so every hit fits one row. */
    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
