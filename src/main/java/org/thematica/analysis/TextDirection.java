package org.thematica.analysis;

/** The base direction of a paragraph by its first strong character (Unicode's rule P2). */
public final class TextDirection {
    private TextDirection() {
    }

    /** True when the first letter with a strong direction in {@code [start, end)} is right-to-left. */
    public static boolean isRightToLeft(CharSequence text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
