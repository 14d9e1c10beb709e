package org.thematica.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thematica.analysis.Corpus.Doc;
import org.thematica.analysis.Corpus.Passage;

/**
 * How often two themes are coded in the same passages. Two themes co-occur where a coding of a
 * code of one overlaps a coding of a <em>different</em> code of the other, in the same
 * document. Each separate stretch of text where that holds counts once, however many codings
 * make it up; so two coders marking the same overlap, or a third code joining it, do not count
 * it again. A code that belongs to both themes does not make them co-occur by itself: that is
 * shared membership, not two ideas coded together.
 */
public final class ThemeCooccurrence {
    /** Two themes ({@code a < b}) and the stretches of text, and documents, they share. */
    public record Tie(long a, long b, int passages, int documents) {
    }

    private ThemeCooccurrence() {
    }

    /** Every pair of themes that co-occurs at least once, ordered by the two theme ids. */
    public static List<Tie> compute(Corpus corpus) {
        List<Corpus.ThemeInfo> themes = corpus.themes();
        int t = themes.size();
        if (t < 2) {
            return List.of();
        }
        long[] themeIds = themes.stream().mapToLong(Corpus.ThemeInfo::id).toArray();
        Map<Long, Integer> themeIndex = new HashMap<>();
        for (int i = 0; i < t; i++) {
            themeIndex.put(themeIds[i], i);
        }
        // codes in dense numbers, each with the (dense) themes it belongs to
        Map<Long, Integer> codeIndex = new HashMap<>();
        List<int[]> codeThemes = new ArrayList<>();
        for (Corpus.ThemeInfo theme : themes) {
            for (long code : theme.codeIds()) {
                if (!codeIndex.containsKey(code)) {
                    codeIndex.put(code, codeThemes.size());
                    long[] of = corpus.themesOf(code);
                    int[] dense = new int[of.length];
                    for (int k = 0; k < of.length; k++) {
                        dense[k] = themeIndex.get(of[k]);
                    }
                    codeThemes.add(dense);
                }
            }
        }
        int[][] passages = new int[t][t];
        int[][] documents = new int[t][t];
        int[][] lastDocument = new int[t][t];
        Sweep sweep = new Sweep(codeThemes, t);
        int docNumber = 0;
        for (Doc d : corpus.documents()) {
            docNumber++;
            sweep.run(corpus.passages(d.id()), codeIndex, passages, documents, lastDocument, docNumber);
        }
        List<Tie> ties = new ArrayList<>();
        Integer[] order = new Integer[t];
        for (int i = 0; i < t; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Long.compare(themeIds[x], themeIds[y]));
        for (int x = 0; x < t; x++) {
            for (int y = x + 1; y < t; y++) {
                int i = Math.min(order[x], order[y]);
                int j = Math.max(order[x], order[y]);
                if (passages[i][j] > 0) {
                    ties.add(new Tie(themeIds[order[x]], themeIds[order[y]], passages[i][j], documents[i][j]));
                }
            }
        }
        return ties;
    }

    /**
     * One document at a time: cuts the text at every coding's start and end and walks the
     * pieces keeping the codes that cover each; a pair counts when it is present in a piece and
     * was not in the piece just before. Arrays are reused from document to document.
     */
    private static final class Sweep {
        private final List<int[]> codeThemes;
        private final int themes;
        private final int[] activeCount;
        private int[] active = new int[16];
        private int activeSize;
        private long[] current = new long[16];
        private int currentSize;
        private long[] previous = new long[16];
        private int previousSize;

        Sweep(List<int[]> codeThemes, int themes) {
            this.codeThemes = codeThemes;
            this.themes = themes;
            this.activeCount = new int[codeThemes.size()];
        }

        void run(List<Passage> all, Map<Long, Integer> codeIndex, int[][] passages, int[][] documents,
                 int[][] lastDocument, int docNumber) {
            int n = 0;
            int[] codes = new int[all.size()];
            long[] events = new long[2 * all.size()];
            for (Passage p : all) {
                Integer code = codeIndex.get(p.codeId());
                if (code == null || p.end() <= p.start()) {
                    continue; // in no theme, or empty
                }
                codes[n] = code;
                // an event is (position, kind, passage): at one position ends (0) come before starts (1)
                events[2 * n] = ((long) p.end() << 32) | ((long) 0 << 31) | n;
                events[2 * n + 1] = ((long) p.start() << 32) | ((long) 1 << 31) | n;
                n++;
            }
            if (n < 2) {
                return;
            }
            long[] sorted = java.util.Arrays.copyOf(events, 2 * n);
            java.util.Arrays.sort(sorted);
            activeSize = 0;
            previousSize = 0;
            int k = 0;
            while (k < sorted.length) {
                long at = sorted[k] >>> 32;
                while (k < sorted.length && (sorted[k] >>> 32) == at) {
                    boolean start = ((sorted[k] >>> 31) & 1) == 1;
                    int code = codes[(int) (sorted[k] & 0x7FFFFFFF)];
                    if (start) {
                        if (activeCount[code]++ == 0) {
                            add(code);
                        }
                    } else if (--activeCount[code] == 0) {
                        remove(code);
                    }
                    k++;
                }
                pairs();
                // count the pairs present now that were not present in the piece before
                int p = 0;
                for (int c = 0; c < currentSize; c++) {
                    long pair = current[c];
                    while (p < previousSize && previous[p] < pair) {
                        p++;
                    }
                    if (p < previousSize && previous[p] == pair) {
                        continue;
                    }
                    int i = (int) (pair / themes);
                    int j = (int) (pair % themes);
                    passages[i][j]++;
                    if (lastDocument[i][j] != docNumber) {
                        lastDocument[i][j] = docNumber;
                        documents[i][j]++;
                    }
                }
                long[] swap = previous;
                previous = current;
                previousSize = currentSize;
                current = swap;
            }
        }

        private void add(int code) {
            if (activeSize == active.length) {
                active = java.util.Arrays.copyOf(active, activeSize * 2);
            }
            active[activeSize++] = code;
        }

        private void remove(int code) {
            for (int i = 0; i < activeSize; i++) {
                if (active[i] == code) {
                    active[i] = active[--activeSize];
                    return;
                }
            }
        }

        /** The theme pairs (i < j, as i * themes + j) of two different active codes, sorted, once each. */
        private void pairs() {
            currentSize = 0;
            if (activeSize < 2) {
                return;
            }
            for (int x = 0; x < activeSize; x++) {
                int[] tx = codeThemes.get(active[x]);
                for (int y = x + 1; y < activeSize; y++) {
                    int[] ty = codeThemes.get(active[y]);
                    for (int a : tx) {
                        for (int b : ty) {
                            if (a != b) {
                                if (currentSize == current.length) {
                                    current = java.util.Arrays.copyOf(current, currentSize * 2);
                                }
                                current[currentSize++] = (long) Math.min(a, b) * themes + Math.max(a, b);
                            }
                        }
                    }
                }
            }
            java.util.Arrays.sort(current, 0, currentSize);
            int unique = 0;
            for (int i = 0; i < currentSize; i++) {
                if (unique == 0 || current[unique - 1] != current[i]) {
                    current[unique++] = current[i];
                }
            }
            currentSize = unique;
        }
    }
}
