package org.thematica.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        Map<Pair, int[]> counts = new TreeMap<>();
        for (Doc d : corpus.documents()) {
            Set<Pair> inDocument = new HashSet<>();
            sweep(corpus, corpus.passages(d.id()), counts, inDocument);
            for (Pair p : inDocument) {
                counts.get(p)[1]++;
            }
        }
        List<Tie> ties = new ArrayList<>(counts.size());
        counts.forEach((p, c) -> ties.add(new Tie(p.a, p.b, c[0], c[1])));
        return ties;
    }

    private record Pair(long a, long b) implements Comparable<Pair> {
        static Pair of(long x, long y) {
            return x < y ? new Pair(x, y) : new Pair(y, x);
        }

        @Override
        public int compareTo(Pair o) {
            int c = Long.compare(a, o.a);
            return c != 0 ? c : Long.compare(b, o.b);
        }
    }

    /**
     * One document: cuts the text at every coding's start and end, and walks the pieces keeping
     * the codes that cover each; a pair counts when it is present in a piece and was not in the
     * piece just before.
     */
    private static void sweep(Corpus corpus, List<Passage> passages, Map<Pair, int[]> counts, Set<Pair> inDocument) {
        List<Passage> themed = new ArrayList<>();
        for (Passage p : passages) {
            if (p.end() > p.start() && corpus.themesOf(p.codeId()).length > 0) {
                themed.add(p);
            }
        }
        if (themed.size() < 2) {
            return;
        }
        int n = themed.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        Integer[] byStart = new Integer[n];
        Integer[] byEnd = new Integer[n];
        for (int i = 0; i < n; i++) {
            starts[i] = themed.get(i).start();
            ends[i] = themed.get(i).end();
            byStart[i] = i;
            byEnd[i] = i;
        }
        java.util.Arrays.sort(byStart, (x, y) -> Integer.compare(starts[x], starts[y]));
        java.util.Arrays.sort(byEnd, (x, y) -> Integer.compare(ends[x], ends[y]));
        Map<Long, Integer> active = new HashMap<>(); // code -> codings covering the current piece
        Set<Pair> previous = Set.of();
        int si = 0;
        int ei = 0;
        while (si < n || ei < n) {
            // the next cut: codings that end there leave before those that start there join
            int at = si < n ? Math.min(starts[byStart[si]], ends[byEnd[ei]]) : ends[byEnd[ei]];
            while (ei < n && ends[byEnd[ei]] == at) {
                active.merge(themed.get(byEnd[ei]).codeId(), -1, (x, y) -> x + y == 0 ? null : x + y);
                ei++;
            }
            while (si < n && starts[byStart[si]] == at) {
                active.merge(themed.get(byStart[si]).codeId(), 1, Integer::sum);
                si++;
            }
            Set<Pair> current = active.size() < 2 ? Set.of() : pairs(corpus, active.keySet());
            for (Pair p : current) {
                if (!previous.contains(p)) {
                    counts.computeIfAbsent(p, k -> new int[2])[0]++;
                    inDocument.add(p);
                }
            }
            previous = current;
        }
    }

    private static Set<Pair> pairs(Corpus corpus, Set<Long> codes) {
        Set<Pair> out = new HashSet<>();
        Long[] list = codes.toArray(new Long[0]);
        for (int i = 0; i < list.length; i++) {
            long[] themesOfI = corpus.themesOf(list[i]);
            for (int j = i + 1; j < list.length; j++) {
                for (long a : themesOfI) {
                    for (long b : corpus.themesOf(list[j])) {
                        if (a != b) {
                            out.add(Pair.of(a, b));
                        }
                    }
                }
            }
        }
        return out;
    }
}
