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

    /** True when the index does not split a surrogate pair. */
    public static boolean isBoundary(String text, int utf16) {
        if (utf16 <= 0 || utf16 >= text.length()) {
            return utf16 >= 0 && utf16 <= text.length();
        }
        return !(Character.isHighSurrogate(text.charAt(utf16 - 1)) && Character.isLowSurrogate(text.charAt(utf16)));
    }
}
