package org.thematica.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Flattens overlapping codings into consecutive segments, each with the codes that cover it,
 * in one sweep over the range boundaries: O(n log n) for n codings, however much they overlap
 * (a naive pass per coding is what makes other tools take seconds on a coded transcript).
 */
public final class Highlights {
    private Highlights() {
    }

    /** A range {@code [start, end)} and the ids of the codes covering it (empty: uncoded text). */
    public record Segment(int start, int end, long[] codeIds) {
        public boolean coded() {
            return codeIds.length > 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Segment s && s.start == start && s.end == end && Arrays.equals(s.codeIds, codeIds);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * start + end) + Arrays.hashCode(codeIds);
        }

        @Override
        public String toString() {
            return "[" + start + "," + end + ")" + Arrays.toString(codeIds);
        }
    }

    /** A coded range as the sweep needs it. */
    public record Span(int start, int end, long codeId) {
    }

    /**
     * Segments covering {@code [0, length)} completely, in order. A code applied twice to the
     * same text (two coders) is listed once per segment.
     */
    public static List<Segment> of(int length, List<Span> spans) {
        int n = spans.size();
        // events: +code at start, -code at end; sorted by position. An empty span covers nothing and
        // is left out: its end sorts before its start, which would leave its code open to the end
        long[] events = new long[2 * n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            Span s = spans.get(i);
            if (s.end() > s.start()) {
                events[used++] = ((long) s.start() << 32) | (2L * i + 1);
                events[used++] = ((long) s.end() << 32) | (2L * i);
            }
        }
        events = used == events.length ? events : Arrays.copyOf(events, used);
        Arrays.sort(events);
        List<Segment> segments = new ArrayList<>();
        // the codes covering the sweep's position, sorted, each with how many spans of it are open;
        // few at a time, so a sorted array beats a tree (this runs after every edit of a transcript)
        long[] codes = new long[8];
        int[] open = new int[8];
        int size = 0;
        long[] current = new long[0];
        int at = 0;
        int e = 0;
        while (at < length || e < events.length) {
            int next = e < events.length ? (int) (events[e] >>> 32) : length;
            next = Math.min(Math.max(next, at), length);
            if (next > at) {
                segments.add(new Segment(at, next, current));
                at = next;
            }
            if (e >= events.length) {
                break;
            }
            int position = (int) (events[e] >>> 32);
            boolean changed = false;
            while (e < events.length && (int) (events[e] >>> 32) == position) {
                int index = (int) (events[e] & 0xFFFFFFFFL);
                long code = spans.get(index / 2).codeId();
                int i = Arrays.binarySearch(codes, 0, size, code);
                if ((index & 1) == 1) {
                    if (i >= 0) {
                        open[i]++;
                    } else {
                        i = -i - 1;
                        if (size == codes.length) {
                            codes = Arrays.copyOf(codes, 2 * size);
                            open = Arrays.copyOf(open, 2 * size);
                        }
                        System.arraycopy(codes, i, codes, i + 1, size - i);
                        System.arraycopy(open, i, open, i + 1, size - i);
                        codes[i] = code;
                        open[i] = 1;
                        size++;
                        changed = true;
                    }
                } else if (i >= 0 && --open[i] == 0) {
                    System.arraycopy(codes, i + 1, codes, i, size - i - 1);
                    System.arraycopy(open, i + 1, open, i, size - i - 1);
                    size--;
                    changed = true;
                }
                e++;
            }
            if (changed) {
                current = Arrays.copyOf(codes, size);
            }
            if (position >= length) {
                break;
            }
        }
        if (at < length) {
            segments.add(new Segment(at, length, current));
        }
        return merge(segments);
    }

    /** Joins neighbours with the same codes (boundaries where nothing changed). */
    private static List<Segment> merge(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            if (!out.isEmpty()) {
                Segment last = out.get(out.size() - 1);
                if (Arrays.equals(last.codeIds(), s.codeIds())) {
                    out.set(out.size() - 1, new Segment(last.start(), s.end(), last.codeIds()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** The share of {@code [0, length)} covered by at least one span (0 for an empty text). */
    public static double coverage(int length, List<Span> spans) {
        if (length == 0) {
            return 0;
        }
        int[][] ranges = spans.stream().map(s -> new int[] {s.start(), s.end()})
                .sorted((a, b) -> Integer.compare(a[0], b[0])).toArray(int[][]::new);
        long covered = 0;
        int reach = 0;
        for (int[] r : ranges) {
            int start = Math.max(r[0], reach);
            if (r[1] > start) {
                covered += r[1] - start;
                reach = r[1];
            }
        }
        return Math.min(1.0, (double) covered / length);
    }
}
