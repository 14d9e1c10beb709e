package org.thematica.analysis;

/**
 * Counts words the way a reader would, in any script: a word is a run of letters, digits and
 * combining marks, and an apostrophe or hyphen between two letters keeps a word together
 * ("don't", "post-conflict"). Chinese and Japanese have no spaces, so each ideograph or kana
 * counts as one word, the usual convention for those scripts. Linear, allocation-free: word
 * counts are computed for every document at import.
 */
public final class WordCounter {
    private WordCounter() {
    }

    public static int count(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(text, i);
            int width = Character.charCount(cp);
            if (isIdeographic(cp)) {
                words++;
                inWord = false;
            } else if (isWordChar(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (inWord && isJoiner(cp) && i + width < n && isWordChar(Character.codePointAt(text, i + width))) {
                // stays inside the word
            } else {
                inWord = false;
            }
            i += width;
        }
        return words;
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || isMark(cp);
    }

    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '\u00AD';
    }

    /** No ideograph or kana lies below this code point (WordCounterTest checks it against the JDK's tables). */
    static final int FIRST_IDEOGRAPHIC_OR_KANA = 0x3000;

    static boolean isIdeographic(int cp) {
        if (cp < FIRST_IDEOGRAPHIC_OR_KANA) {
            return false; // Latin, Arabic, Cyrillic ...: skips UnicodeScript.of, a binary search per character
        }
        if (Character.isIdeographic(cp)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }
}
