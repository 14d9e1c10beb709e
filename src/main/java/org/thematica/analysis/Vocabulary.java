package org.thematica.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every distinct word as written in the indexed documents, numbered from 0 in the order first
 * seen, with its folded key ({@link WordForms#fold}) numbered too. Looking up a word in a text
 * allocates nothing when the word is known, which is what makes indexing ten million words
 * cheap. Append-only: a {@link View} taken now stays valid while words are added later (on
 * another thread), because numbers never change and arrays are only ever copied to grow.
 */
public final class Vocabulary {
    private String[] words = new String[1024];
    private int[] folded = new int[1024];
    private int size;
    private int[] table = new int[2048]; // open addressing: word number + 1, 0 = empty
    private final Map<String, Integer> foldedIds = new HashMap<>();
    private String[] foldedWords = new String[1024];
    private int foldedSize;

    /** What a snapshot of the vocabulary sees: the first {@code size} words, the first {@code foldedSize} keys. */
    public record View(String[] words, int[] folded, int size, String[] foldedWords, int foldedSize) {
        public String word(int id) {
            return words[id];
        }

        public int foldedOf(int id) {
            return folded[id];
        }

        public String foldedWord(int id) {
            return foldedWords[id];
        }
    }

    public synchronized View view() {
        return new View(words, folded, size, foldedWords, foldedSize);
    }

    public synchronized int size() {
        return size;
    }

    /** The number of {@code text[start, end)}, added when new. */
    public synchronized int intern(CharSequence text, int start, int end) {
        int hash = hash(text, start, end);
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return add(text.subSequence(start, end).toString(), slot);
            }
            if (matches(words[entry - 1], text, start, end)) {
                return entry - 1;
            }
        }
    }

    public int intern(String word) {
        return intern(word, 0, word.length());
    }

    /** The number of {@code text[start, end)}, or -1 when it is not known. */
    public synchronized int find(CharSequence text, int start, int end) {
        int mask = table.length - 1;
        for (int slot = hash(text, start, end) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if (matches(words[entry - 1], text, start, end)) {
                return entry - 1;
            }
        }
    }

    private int add(String word, int slot) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            folded = Arrays.copyOf(folded, size * 2);
        }
        int id = size;
        words[id] = word;
        folded[id] = foldedId(WordForms.fold(word));
        size++; // written after the entries: a view never sees an unfilled word
        table[slot] = id + 1;
        if (size * 2 > table.length) {
            rehash(table.length * 2);
        }
        return id;
    }

    private int foldedId(String key) {
        Integer known = foldedIds.get(key);
        if (known != null) {
            return known;
        }
        if (foldedSize == foldedWords.length) {
            foldedWords = Arrays.copyOf(foldedWords, foldedSize * 2);
        }
        foldedWords[foldedSize] = key;
        foldedIds.put(key, foldedSize);
        return foldedSize++;
    }

    private void rehash(int capacity) {
        int[] next = new int[capacity];
        int mask = capacity - 1;
        for (int id = 0; id < size; id++) {
            String w = words[id];
            int slot = hash(w, 0, w.length()) & mask;
            while (next[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            next[slot] = id + 1;
        }
        table = next;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }

    private static boolean matches(String word, CharSequence text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != text.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }
}
