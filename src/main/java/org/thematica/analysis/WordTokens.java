package org.thematica.analysis;

/**
 * Finds the words of a text, as exact UTF-16 ranges, by {@link WordCounter}'s definition: a run
 * of letters, digits and combining marks of any script, kept together by an apostrophe or hyphen
 * between two of them ("don't", "post-conflict"); each ideograph or kana is a word of its own.
 * So the word cloud counts exactly the words the rest of Thematica counts. A joiner at the end
 * of a word is not part of it.
 */
public final class WordTokens {
    private WordTokens() {
    }

    /** Receives one word: {@code [start, end)} of the text. */
    @FunctionalInterface
    public interface Sink {
        void word(int start, int end);
    }

    /** Calls {@code sink} for every word of {@code text[from, to)}, in text order. */
    public static void scan(CharSequence text, int from, int to, Sink sink) {
        int wordStart = -1;
        int wordEnd = -1;
        for (int i = from; i < to; ) {
            char c = text.charAt(i);
            if (c < 0x80) { // the common case, without code point look-ups
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                    if (wordStart < 0) {
                        wordStart = i;
                    }
                    wordEnd = i + 1;
                } else if (wordStart >= 0 && !(WordCounter.isJoiner(c) && i + 1 < to
                        && WordCounter.isWordChar(Character.codePointAt(text, i + 1)))) {
                    sink.word(wordStart, wordEnd);
                    wordStart = -1;
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            int width = Character.charCount(cp);
            if (WordCounter.isIdeographic(cp)) {
                if (wordStart >= 0) {
                    sink.word(wordStart, wordEnd);
                    wordStart = -1;
                }
                sink.word(i, i + width);
            } else if (WordCounter.isWordChar(cp)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
                wordEnd = i + width;
            } else if (wordStart >= 0 && !(WordCounter.isJoiner(cp) && i + width < to
                    && WordCounter.isWordChar(Character.codePointAt(text, i + width)))) {
                sink.word(wordStart, wordEnd);
                wordStart = -1;
            }
            i += width;
        }
        if (wordStart >= 0) {
            sink.word(wordStart, wordEnd);
        }
    }

    /** How many words {@link #scan} finds; the same number as {@link WordCounter#count}. */
    public static int count(CharSequence text) {
        int[] n = new int[1];
        scan(text, 0, text.length(), (s, e) -> n[0]++);
        return n[0];
    }
}
