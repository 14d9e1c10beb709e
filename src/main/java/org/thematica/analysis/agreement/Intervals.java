package org.thematica.analysis.agreement;

import java.util.Arrays;

/**
 * Half-open intervals {@code [start, end)} on the continuum, kept flat as {@code start0, end0,
 * start1, end1, ...}: a code of a large project has thousands of codings per coder.
 */
final class Intervals {
    private Intervals() {
    }

    /**
     * The union of intervals sorted by start: disjoint, in order, touching ones joined. What a
     * coder coded with a code, as a set of characters (and the units α_U needs: DKPro requires a
     * coder's units of one category not to overlap).
     */
    static long[] union(long[] sorted) {
        long[] out = new long[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; i += 2) {
            long start = sorted[i];
            long end = sorted[i + 1];
            if (n > 0 && start <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], end);
            } else {
                out[n++] = start;
                out[n++] = end;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The characters covered by disjoint intervals. */
    static long length(long[] disjoint) {
        long sum = 0;
        for (int i = 0; i < disjoint.length; i += 2) {
            sum += disjoint[i + 1] - disjoint[i];
        }
        return sum;
    }

    /** The characters two sets of disjoint, ordered intervals share. */
    static long intersection(long[] a, long[] b) {
        long shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            long start = Math.max(a[i], b[j]);
            long end = Math.min(a[i + 1], b[j + 1]);
            if (end > start) {
                shared += end - start;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return shared;
    }

    /** The intervals two sets of disjoint, ordered intervals share, disjoint and ordered. */
    static long[] intersect(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            long start = Math.max(a[i], b[j]);
            long end = Math.min(a[i + 1], b[j + 1]);
            if (end > start) {
                out[n++] = start;
                out[n++] = end;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** What of disjoint, ordered intervals {@code a} lies outside those of {@code b}. */
    static long[] minus(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int n = 0;
        int j = 0;
        for (int i = 0; i < a.length; i += 2) {
            long start = a[i];
            long end = a[i + 1];
            while (j < b.length && b[j + 1] <= start) {
                j += 2;
            }
            int k = j;
            while (start < end && k < b.length && b[k] < end) {
                if (b[k] > start) {
                    out[n++] = start;
                    out[n++] = b[k];
                }
                start = Math.max(start, b[k + 1]);
                k += 2;
            }
            if (start < end) {
                out[n++] = start;
                out[n++] = end;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The union of two sets of disjoint, ordered intervals, touching ones joined. */
    static long[] unite(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return union(sorted(both));
    }

    /** Sorts flat intervals by start, then end. */
    static long[] sorted(long[] flat) {
        int n = flat.length / 2;
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> flat[2 * x] != flat[2 * y] ? Long.compare(flat[2 * x], flat[2 * y])
                : Long.compare(flat[2 * x + 1], flat[2 * y + 1]));
        long[] out = new long[flat.length];
        for (int k = 0; k < n; k++) {
            out[2 * k] = flat[2 * order[k]];
            out[2 * k + 1] = flat[2 * order[k] + 1];
        }
        return out;
    }
}
