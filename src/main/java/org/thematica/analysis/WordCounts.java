package org.thematica.analysis;

import java.util.Arrays;

/**
 * How often each word (by its number in a {@link Vocabulary}) occurs in some stretch of text.
 * Immutable and compact: one int per distinct word (the word's number in the high 23 bits, the
 * count in the low 8; a count over 255 takes several entries), sorted by word number. Ten
 * million indexed words keep their counts in tens of megabytes.
 */
public final class WordCounts {
    private static final int COUNT_BITS = 8;
    private static final int MAX_COUNT = (1 << COUNT_BITS) - 1;
    private static final int MAX_ID = (1 << (31 - COUNT_BITS)) - 1;
    public static final WordCounts EMPTY = new WordCounts(new int[0], 0);

    private final int[] entries;
    private final long total;

    private WordCounts(int[] entries, long total) {
        this.entries = entries;
        this.total = total;
    }

    /** Receives one word number and its count. */
    @FunctionalInterface
    public interface Visitor {
        void visit(int word, int count);
    }

    /** Visits every word; a word with a count over 255 may be visited more than once (the counts add up). */
    public void forEach(Visitor v) {
        for (int e : entries) {
            v.visit(e >>> COUNT_BITS, e & MAX_COUNT);
        }
    }

    /** Adds every count into {@code counts}, indexed by word number. */
    public void addTo(int[] counts) {
        for (int e : entries) {
            counts[e >>> COUNT_BITS] += e & MAX_COUNT;
        }
    }

    /** The count of one word. */
    public int count(int word) {
        int i = Arrays.binarySearch(entries, word << COUNT_BITS);
        int from = i >= 0 ? i : -i - 1;
        int n = 0;
        for (int k = from; k < entries.length && entries[k] >>> COUNT_BITS == word; k++) {
            n += entries[k] & MAX_COUNT;
        }
        return n;
    }

    /** Occurrences of all words together. */
    public long total() {
        return total;
    }

    public boolean isEmpty() {
        return entries.length == 0;
    }

    /** Entries held (about the number of distinct words). */
    public int entries() {
        return entries.length;
    }

    /** The persistent form: one "word TAB count" line per word, sorted by word, so the same counts give the same text. */
    public String toText(Vocabulary.View vocabulary) {
        int[] merged = new int[entries.length];
        String[] words = new String[entries.length];
        int n = 0;
        for (int e : entries) {
            int id = e >>> COUNT_BITS;
            if (n > 0 && words[n - 1] == vocabulary.word(id)) {
                merged[n - 1] += e & MAX_COUNT;
            } else {
                words[n] = vocabulary.word(id);
                merged[n++] = e & MAX_COUNT;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> words[a].compareTo(words[b]));
        StringBuilder out = new StringBuilder(n * 10);
        for (int i : order) {
            out.append(words[i]).append('\t').append(merged[i]).append('\n');
        }
        return out.toString();
    }

    /** Reads {@link #toText}'s form, numbering the words in {@code vocabulary}. */
    public static WordCounts parse(String text, Vocabulary vocabulary) {
        Builder b = new Builder();
        int line = 0;
        while (line < text.length()) {
            int tab = text.indexOf('\t', line);
            int end = text.indexOf('\n', line);
            if (end < 0) {
                end = text.length();
            }
            if (tab > line && tab < end) {
                int id = vocabulary.intern(text, line, tab);
                b.add(id, Integer.parseInt(text, tab + 1, end, 10));
            }
            line = end + 1;
        }
        return b.build();
    }

    /** Counts words; not thread-safe. */
    public static final class Builder {
        private final IntCounts counts = new IntCounts();

        public void add(int word) {
            add(word, 1);
        }

        public void add(int word, int count) {
            if (word > MAX_ID) {
                throw new IllegalStateException("more distinct words than the word cloud can count");
            }
            counts.add(word, count);
        }

        public boolean isEmpty() {
            return counts.size() == 0;
        }

        public WordCounts build() {
            int size = counts.size();
            long[] pairs = new long[size];
            int[] n = {0};
            counts.forEach((word, count) -> pairs[n[0]++] = (long) word << 32 | count);
            Arrays.sort(pairs);
            int extra = 0;
            for (long p : pairs) {
                extra += ((int) p - 1) / MAX_COUNT;
            }
            int[] packed = new int[size + extra];
            int k = 0;
            long total = 0;
            for (long p : pairs) {
                int word = (int) (p >>> 32);
                int left = (int) p;
                total += left;
                while (left > 0) {
                    int c = Math.min(left, MAX_COUNT);
                    packed[k++] = word << COUNT_BITS | c;
                    left -= c;
                }
            }
            return new WordCounts(packed, total);
        }
    }
}
