package org.thematica.analysis;

import java.text.BreakIterator;
import java.util.Locale;
import org.thematica.model.TextRange;

/**
 * Widens a selection to whole words, as a coder means it: a drag that starts inside "vacuum"
 * codes "vacuum", not "acuum". Word boundaries come from the JDK's BreakIterator, so Arabic,
 * Turkish and combining marks are handled; white space at either end is dropped. A range
 * that holds no word at all is returned unchanged.
 */
public final class WordSnap {
    private WordSnap() {
    }

    public static TextRange snap(String text, int start, int end) {
        if (start >= end) {
            return new TextRange(start, end);
        }
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return new TextRange(start, end);
        }
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        // look at a window around the ends only: never the whole (possibly huge) text
        int from = Math.max(0, s - 100);
        int to = Math.min(text.length(), e + 100);
        words.setText(text.substring(from, to));
        int localS = s - from;
        int localE = e - from;
        if (!words.isBoundary(localS) && isWordChar(text, s)) {
            localS = words.preceding(localS);
        }
        if (!words.isBoundary(localE) && isWordChar(text, e - 1)) {
            localE = words.following(localE);
        }
        return new TextRange(from + localS, from + localE);
    }

    private static boolean isWordChar(String text, int at) {
        int cp = text.codePointAt(at);
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == '\'' || cp == '\u2019';
    }
}
