package org.thematica.ui.transcript;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The stretch of text whose style differs between two stylings of the same text. After an edit
 * usually only a passage changes; restyling just that stretch keeps coding instant on a long
 * transcript (restyling all of it costs hundreds of milliseconds).
 */
final class StyleDiff {
    private StyleDiff() {
    }

    /** {@code [start, end)} of the first to the last differing character, or null when none differs. */
    static int[] changed(StyleSpans<String> before, StyleSpans<String> after) {
        int length = after.length();
        if (before.length() != length) {
            return new int[] {0, length};
        }
        int start = firstDifference(before, after, length);
        if (start < 0) {
            return null;
        }
        int end = length - firstDifferenceFromEnd(before, after, length);
        return new int[] {start, Math.max(end, start + 1)};
    }

    private static int firstDifference(StyleSpans<String> a, StyleSpans<String> b, int length) {
        int i = 0;
        int j = 0;
        int endA = 0;
        int endB = 0;
        int at = 0;
        while (at < length) {
            while (endA <= at) {
                endA += a.getStyleSpan(i++).getLength();
            }
            while (endB <= at) {
                endB += b.getStyleSpan(j++).getLength();
            }
            if (!a.getStyleSpan(i - 1).getStyle().equals(b.getStyleSpan(j - 1).getStyle())) {
                return at;
            }
            at = Math.min(endA, endB);
        }
        return -1;
    }

    /** How many characters at the end are styled alike. */
    private static int firstDifferenceFromEnd(StyleSpans<String> a, StyleSpans<String> b, int length) {
        int i = a.getSpanCount() - 1;
        int j = b.getSpanCount() - 1;
        int fromEndA = 0;
        int fromEndB = 0;
        int at = 0; // characters from the end already compared
        while (at < length) {
            while (fromEndA <= at) {
                fromEndA += a.getStyleSpan(i--).getLength();
            }
            while (fromEndB <= at) {
                fromEndB += b.getStyleSpan(j--).getLength();
            }
            StyleSpan<String> sa = a.getStyleSpan(i + 1);
            StyleSpan<String> sb = b.getStyleSpan(j + 1);
            if (!sa.getStyle().equals(sb.getStyle())) {
                return at;
            }
            at = Math.min(fromEndA, fromEndB);
        }
        return length;
    }
}
