package org.thematica.model;

/**
 * Converts between the two offset units the project meets: UTF-16 code units (how the text is
 * stored and indexed) and Unicode code points (what REFI-QDA, the command line and CSV exports
 * speak, and what Python or R count).
 */
public final class TextOffsets {
    private TextOffsets() {
    }

    /** The UTF-16 index of code point number {@code codePoints}; fails if it lies past the end. */
    public static int toUtf16(String text, int codePoints) {
        if (codePoints < 0) {
            throw new IndexOutOfBoundsException("negative offset " + codePoints);
        }
        return text.offsetByCodePoints(0, codePoints);
    }

    /** The number of code points before UTF-16 index {@code utf16}. */
    public static int toCodePoints(String text, int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("offset " + utf16 + " outside text of length " + text.length());
        }
        return text.codePointCount(0, utf16);
    }

    /**
     * Converts many UTF-16 indices of one text to code points. {@link #toCodePoints(String, int)}
     * counts from the start of the text at every call; this finds the text's surrogate pairs once,
     * so each conversion is a binary search (thousands of codings in a long transcript).
     */
    public static CodePointIndex codePointIndex(String text) {
        int pairs = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                pairs++;
                i++;
            }
        }
        int[] lows = new int[pairs];
        int k = 0;
        for (int i = 0; i + 1 < text.length() && k < pairs; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                lows[k++] = ++i;
            }
        }
        return new CodePointIndex(text.length(), lows);
    }

    /** The UTF-16 indices of a text's low surrogates (each the second half of a pair), in order. */
    public static final class CodePointIndex {
        private final int length;
        private final int[] lows;

        private CodePointIndex(int length, int[] lows) {
            this.length = length;
            this.lows = lows;
        }

        /** As {@link TextOffsets#toCodePoints(String, int)}: the code points before UTF-16 index {@code utf16}. */
        public int toCodePoints(int utf16) {
            if (utf16 < 0 || utf16 > length) {
                throw new IndexOutOfBoundsException("offset " + utf16 + " outside text of length " + length);
            }
            // every pair whose second half lies before the index was counted twice by the index
            int before = java.util.Arrays.binarySearch(lows, utf16);
            return utf16 - (before >= 0 ? before : -before - 1);
        }

        /** The text's length in code points. */
        public int codePoints() {
            return length - lows.length;
        }
    }

    /** True when the index does not split a surrogate pair. */
    public static boolean isBoundary(String text, int utf16) {
        if (utf16 <= 0 || utf16 >= text.length()) {
            return utf16 >= 0 && utf16 <= text.length();
        }
        return !(Character.isHighSurrogate(text.charAt(utf16 - 1)) && Character.isLowSurrogate(text.charAt(utf16)));
    }
}
