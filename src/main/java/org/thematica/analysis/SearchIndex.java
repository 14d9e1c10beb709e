package org.thematica.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of documents as the search pane matches them ({@link KeywordSearch#words} of the
 * {@link FoldedText}), each document kept as an array of word numbers. Counting every
 * occurrence of a query is then one pass over those numbers, about 10 ms for ten million words,
 * where reading and folding the texts again took half a second.
 *
 * <p>A count is exactly the number of ranges {@link KeywordSearch#find} returns for the
 * query's terms, and zero where {@link KeywordSearch.Query#matches} is false: the terms are
 * tried at each word in {@link KeywordSearch#ordered} order, the first that matches is taken
 * and the words it covers are skipped. {@code SearchIndexTest} checks both on generated texts.
 *
 * <p>Not thread-safe: add and count on one thread (the project thread). Numbers take four bytes
 * a word: 40 MB for a ten-million-word project, built only when the search pane is used.
 */
public final class SearchIndex {
    private final Vocabulary vocabulary = new Vocabulary();
    /** Each document's words in text order, by id: a text never changes and ids are never reused (AUTOINCREMENT). */
    private final Map<Long, int[]> documents = new HashMap<>();
    private long words;

    /** Whether the document is indexed. */
    public boolean has(long document) {
        return documents.containsKey(document);
    }

    /** Indexes (or re-indexes) a document from its folded text. */
    public void add(long document, FoldedText text) {
        String folded = text.folded();
        int[][] ids = {new int[Math.max(16, folded.length() / 6)]};
        int[] n = {0};
        KeywordSearch.words(folded, (start, end) -> {
            if (n[0] == ids[0].length) {
                ids[0] = Arrays.copyOf(ids[0], n[0] * 2);
            }
            ids[0][n[0]++] = vocabulary.intern(folded, start, end);
        });
        int[] old = documents.put(document, Arrays.copyOf(ids[0], n[0]));
        words += n[0] - (old == null ? 0 : old.length);
    }

    /** Forgets every document not in {@code keep}. */
    public void retain(Set<Long> keep) {
        documents.entrySet().removeIf(e -> {
            boolean drop = !keep.contains(e.getKey());
            if (drop) {
                words -= e.getValue().length;
            }
            return drop;
        });
    }

    /** How many words the indexed documents hold together. */
    public long size() {
        return words;
    }

    /** Counts a query in indexed documents. */
    public Counter counter(KeywordSearch.Query query) {
        return new Counter(query);
    }

    /**
     * A query resolved to word numbers. Words added to the index later are resolved when they
     * are first needed, so a counter may be kept while documents are being added.
     */
    public final class Counter {
        private final List<String[]> termWords = new ArrayList<>();
        private final boolean[] prefix;
        /** Per term, the number of each word; -1 while the word is in no indexed document. */
        private final int[][] exact;
        /** Per prefix term, the numbers of the words its last word starts. */
        private final BitSet[] starts;
        /** Per branch, its terms' positions in the order they are tried. */
        private final int[][] branches;
        /** Word numbers a term can start at. */
        private boolean[] first = new boolean[0];
        private int resolved;

        private Counter(KeywordSearch.Query query) {
            List<KeywordSearch.Term> terms = KeywordSearch.ordered(query.terms());
            int t = terms.size();
            prefix = new boolean[t];
            exact = new int[t][];
            starts = new BitSet[t];
            for (int k = 0; k < t; k++) {
                KeywordSearch.Term term = terms.get(k);
                termWords.add(term.words().toArray(String[]::new));
                prefix[k] = term.prefix();
                exact[k] = new int[term.words().size()];
                Arrays.fill(exact[k], -1);
                starts[k] = term.prefix() ? new BitSet() : null;
            }
            branches = new int[query.branches().size()][];
            for (int b = 0; b < branches.length; b++) {
                branches[b] = query.branches().get(b).stream().mapToInt(terms::indexOf).toArray();
            }
        }

        /**
         * The occurrences of the query in the document: zero when no branch has all its terms
         * in it; -1 when the document is not indexed.
         */
        public int count(long document) {
            int[] words = documents.get(document);
            if (words == null) {
                return -1;
            }
            resolve();
            int t = prefix.length;
            boolean[] present = new boolean[t];
            int found = 0;
            int count = 0;
            int resume = 0;
            for (int i = 0; i < words.length; i++) {
                if (!first[words[i]]) {
                    continue;
                }
                boolean taken = i < resume; // inside the occurrence counted last: only noted as present
                if (taken && found == t) {
                    continue;
                }
                for (int k = 0; k < t; k++) {
                    if ((!taken || !present[k]) && at(k, words, i)) {
                        if (!present[k]) {
                            present[k] = true;
                            found++;
                        }
                        if (!taken) {
                            count++;
                            resume = i + exact[k].length;
                            taken = true;
                        }
                    }
                }
            }
            for (int[] branch : branches) {
                boolean all = true;
                for (int k : branch) {
                    all &= present[k];
                }
                if (all) {
                    return count;
                }
            }
            return 0;
        }

        private boolean at(int k, int[] words, int i) {
            int[] ids = exact[k];
            int last = ids.length - 1;
            if (i + last >= words.length) {
                return false;
            }
            for (int j = 0; j < last; j++) {
                if (words[i + j] != ids[j]) {
                    return false;
                }
            }
            return prefix[k] ? starts[k].get(words[i + last]) : words[i + last] == ids[last];
        }

        /** Looks up the words added since the last count. */
        private void resolve() {
            Vocabulary.View view = vocabulary.view();
            if (resolved == view.size()) {
                return;
            }
            first = Arrays.copyOf(first, view.size());
            for (int k = 0; k < prefix.length; k++) {
                String[] ws = termWords.get(k);
                int last = ws.length - 1;
                for (int j = 0; j < ws.length; j++) {
                    if (exact[k][j] < 0 && !(prefix[k] && j == last)) {
                        exact[k][j] = vocabulary.find(ws[j], 0, ws[j].length());
                    }
                }
                if (prefix[k]) {
                    for (int id = resolved; id < view.size(); id++) {
                        if (view.word(id).startsWith(ws[last])) {
                            starts[k].set(id);
                            if (last == 0) {
                                first[id] = true;
                            }
                        }
                    }
                }
                if (exact[k][0] >= 0 && !(prefix[k] && last == 0)) {
                    first[exact[k][0]] = true;
                }
            }
            resolved = view.size();
        }
    }
}
