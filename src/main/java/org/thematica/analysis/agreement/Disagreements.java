package org.thematica.analysis.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.thematica.analysis.agreement.AgreementInput.Coder;
import org.thematica.model.TextRange;

/**
 * Where two coders differ, passage by passage. For each document and code, the stretches either
 * coder coded are joined where they overlap or touch; such a stretch is a disagreement when the
 * characters A coded in it are not those B coded: one coded it and the other did not, or their
 * extents differ. Two codings that together cover what one coding of the other covers agree, as
 * at character level, which counts characters, not codings.
 *
 * <p>Offsets are UTF-16 units (the stored ranges, not the code points agreement counts), because a
 * disagreement is shown and adjudicated on the text itself.
 */
public final class Disagreements {
    private Disagreements() {
    }

    /** One coding of one of the two coders: {@code [start, end)} in UTF-16 units. */
    public record Span(long documentId, long codeId, Coder coder, int start, int end) {
    }

    /** How a passage differs. */
    public enum Kind {
        ONLY_A, ONLY_B, EXTENT
    }

    /**
     * A stretch of one document that either coder coded with one code.
     *
     * @param range the whole stretch: every coding of the code by either coder that touches it lies inside
     * @param a     what coder A coded in it (disjoint, in order; touching codings joined)
     * @param b     what coder B coded in it
     */
    public record Passage(long documentId, long codeId, TextRange range, List<TextRange> a, List<TextRange> b) {
        public Passage {
            a = List.copyOf(a);
            b = List.copyOf(b);
        }

        public boolean agrees() {
            return a.equals(b);
        }

        public Kind kind() {
            return b.isEmpty() ? Kind.ONLY_A : a.isEmpty() ? Kind.ONLY_B : Kind.EXTENT;
        }
    }

    /** What an adjudicator decides a passage's coding should be. */
    public enum Resolution {
        /** A's extent. */
        TAKE_A,
        /** B's extent. */
        TAKE_B,
        /** What either coded. */
        UNION,
        /** What both coded (possibly nothing). */
        INTERSECTION,
        /** Another code, over the whole passage (what either coded). */
        RECODE;

        /** The characters the passage ends up coded on, from the two coders' extents. */
        public List<TextRange> of(List<TextRange> a, List<TextRange> b) {
            return switch (this) {
                case TAKE_A -> coverage(a);
                case TAKE_B -> coverage(b);
                case UNION, RECODE -> ranges(Intervals.unite(flat(a), flat(b)));
                case INTERSECTION -> ranges(Intervals.intersect(flat(coverage(a)), flat(coverage(b))));
            };
        }
    }

    /** The passages where the two coders differ, by document, code and position. */
    public static List<Passage> find(Collection<Span> spans) {
        return passages(spans).stream().filter(p -> !p.agrees()).toList();
    }

    /** Every passage either coder coded, those they agree on included, by document, code and position. */
    public static List<Passage> passages(Collection<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.removeIf(s -> s.end() <= s.start());
        sorted.sort(Comparator.comparingLong(Span::documentId).thenComparingLong(Span::codeId)
                .thenComparingInt(Span::start).thenComparingInt(Span::end));
        List<Passage> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            Span first = sorted.get(i);
            int end = first.end();
            List<TextRange> a = new ArrayList<>();
            List<TextRange> b = new ArrayList<>();
            int j = i;
            while (j < sorted.size() && sorted.get(j).documentId() == first.documentId()
                    && sorted.get(j).codeId() == first.codeId() && sorted.get(j).start() <= end) {
                Span s = sorted.get(j);
                end = Math.max(end, s.end());
                (s.coder() == Coder.A ? a : b).add(new TextRange(s.start(), s.end()));
                j++;
            }
            out.add(new Passage(first.documentId(), first.codeId(), new TextRange(first.start(), end), joined(a),
                    joined(b)));
            i = j;
        }
        return out;
    }

    /**
     * {@link #coverage} of ranges already in order of start, in one pass: a large project's two
     * coders can differ in hundreds of thousands of passages, most of them one coding each.
     */
    private static List<TextRange> joined(List<TextRange> byStart) {
        if (byStart.size() <= 1) {
            return byStart;
        }
        List<TextRange> out = new ArrayList<>(byStart.size());
        TextRange open = byStart.get(0);
        for (int k = 1; k < byStart.size(); k++) {
            TextRange next = byStart.get(k);
            if (next.start() <= open.end()) {
                open = new TextRange(open.start(), Math.max(open.end(), next.end()));
            } else {
                out.add(open);
                open = next;
            }
        }
        out.add(open);
        return out;
    }

    /** The characters some ranges cover: disjoint, in order, overlapping and touching ranges joined. */
    public static List<TextRange> coverage(List<TextRange> ranges) {
        return ranges(Intervals.union(Intervals.sorted(flat(ranges))));
    }

    /**
     * What a coder's coverage becomes when {@code region} of it is replaced by {@code result}:
     * unchanged outside the region, exactly {@code result} (which lies inside it) within.
     */
    public static List<TextRange> replaceWithin(List<TextRange> coverage, TextRange region, List<TextRange> result) {
        long[] outside = Intervals.minus(flat(coverage(coverage)), new long[] {region.start(), region.end()});
        long[] inside = Intervals.intersect(flat(coverage(result)), new long[] {region.start(), region.end()});
        return ranges(Intervals.unite(outside, inside));
    }

    private static long[] flat(List<TextRange> ranges) {
        long[] out = new long[ranges.size() * 2];
        for (int k = 0; k < ranges.size(); k++) {
            out[2 * k] = ranges.get(k).start();
            out[2 * k + 1] = ranges.get(k).end();
        }
        return out;
    }

    private static List<TextRange> ranges(long[] flat) {
        List<TextRange> out = new ArrayList<>(flat.length / 2);
        for (int k = 0; k < flat.length; k += 2) {
            out.add(new TextRange((int) flat[k], (int) flat[k + 1]));
        }
        return List.copyOf(out);
    }
}
