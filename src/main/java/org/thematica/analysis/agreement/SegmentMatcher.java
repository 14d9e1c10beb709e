package org.thematica.analysis.agreement;

/**
 * Matches one code's codings of one coder against the other's.
 *
 * <p>Overlap is intersection over union (the Jaccard index of the two codings' characters):
 * |a ∩ b| / |a ∪ b|. It is symmetric, so "A's coding matched by B's" and "B's matched by A's" are
 * the same test, and it is high only when both the position and the extent agree. Intersection
 * over the shorter coding would call a three-word quote inside a whole paragraph a full match;
 * intersection over the longer forgives shifted codings more (two 100-character codings 20 apart
 * overlap 80% by it, 67% by union), which the character-level figures already credit. At the
 * default 80%, a coding is matched when the other coder's coding differs from it by no more than
 * a quarter of the shared length.
 */
final class SegmentMatcher {
    private SegmentMatcher() {
    }

    /** True when {@code [s1, e1)} and {@code [s2, e2)} overlap by at least {@code percent} of their union. */
    static boolean overlaps(long s1, long e1, long s2, long e2, int percent) {
        long shared = Math.min(e1, e2) - Math.max(s1, s2);
        if (shared <= 0) {
            return false;
        }
        long union = Math.max(e1, e2) - Math.min(s1, s2);
        return shared * 100 >= (long) percent * union;
    }

    /**
     * How many of {@code mine} (flat, sorted by start) some coding of {@code theirs} (flat, sorted
     * by start) overlaps by at least {@code percent}.
     */
    static int matched(long[] mine, long[] theirs, int percent) {
        long longest = 0;
        for (int j = 0; j < theirs.length; j += 2) {
            longest = Math.max(longest, theirs[j + 1] - theirs[j]);
        }
        int matched = 0;
        for (int i = 0; i < mine.length; i += 2) {
            long start = mine[i];
            long end = mine[i + 1];
            // a coding of theirs that overlaps starts after start − longest and before end
            for (int j = firstStartAfter(theirs, start - longest); j < theirs.length && theirs[j] < end; j += 2) {
                if (overlaps(start, end, theirs[j], theirs[j + 1], percent)) {
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    /** The flat index of the first interval whose start is greater than {@code value}. */
    private static int firstStartAfter(long[] flat, long value) {
        int lo = 0;
        int hi = flat.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (flat[2 * mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return 2 * lo;
    }
}
