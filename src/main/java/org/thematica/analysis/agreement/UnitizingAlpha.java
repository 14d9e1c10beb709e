package org.thematica.analysis.agreement;

import java.util.Arrays;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Krippendorff's unitizing alpha (α_U; Krippendorff 1995, 2004 p. 251-256) for one code and two
 * coders on one continuum: each coder's units are the stretches they coded with the code
 * (overlapping codings joined), everything else is gaps. α_U = 1 − D_O/D_E.
 *
 * <p>DKPro Statistics computes it while the work is small. Its expected disagreement pairs every
 * unit with every gap of both coders in BigDecimal arithmetic (units × gaps steps per code): on a
 * project of 200,000 codings and 500 codes that is about 5 s (synthetic units of that size, n = 3,
 * load average 11). Above {@link #DKPRO_STEPS} (summed over the codes of one report) the same
 * formulas run here, with the gap sums taken from sorted prefix sums (units × log gaps);
 * {@code UnitizingAlphaTest} shows both give DKPro's numbers.
 */
final class UnitizingAlpha {
    /** Unit × gap steps, over all codes of a report, up to which DKPro computes α_U (about 0.1 s). */
    static final long DKPRO_STEPS = 2_000_000;
    private static final String CATEGORY = "coded";

    private UnitizingAlpha() {
    }

    /** Observed and expected disagreement of one code. */
    record Disagreement(double observed, double expected) {
        static final Disagreement NONE = new Disagreement(0, 0);

        Disagreement plus(Disagreement o) {
            return new Disagreement(observed + o.observed, expected + o.expected);
        }
    }

    /** The steps DKPro's expected disagreement takes for these units: every unit against every gap. */
    static long dkproSteps(long length, long[] a, long[] b) {
        long units = (a.length + b.length) / 2;
        return units * (gaps(length, a).length + gaps(length, b).length);
    }

    /** DKPro Statistics' α_U disagreements; {@code a} and {@code b} are disjoint and ordered. */
    static Disagreement dkpro(long length, long[] a, long[] b) {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 0, length);
        for (int i = 0; i < a.length; i += 2) {
            study.addUnit(a[i], a[i + 1] - a[i], 0, CATEGORY);
        }
        for (int i = 0; i < b.length; i += 2) {
            study.addUnit(b[i], b[i + 1] - b[i], 1, CATEGORY);
        }
        Exposed alpha = new Exposed(study);
        return new Disagreement(alpha.observed(CATEGORY), alpha.expected(CATEGORY));
    }

    /** DKPro's per-category disagreements are protected; this is the only way to sum them over codes. */
    private static final class Exposed extends KrippendorffAlphaUnitizingAgreement {
        Exposed(UnitizingAnnotationStudy study) {
            super(study);
        }

        double observed(Object category) {
            return calculateObservedCategoryDisagreement(category);
        }

        double expected(Object category) {
            return calculateExpectedCategoryDisagreement(category);
        }
    }

    /** The same disagreements as {@link #dkpro}, computed in units × log(gaps) steps. */
    static Disagreement exact(long length, long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return Disagreement.NONE;
        }
        return new Disagreement(observed(length, a, b), expected(length, a, b));
    }

    /**
     * D_O: the two coders' sequences of units and gaps walked side by side; each pair of
     * stretches that meet adds Krippendorff's distance; the sum is normalised by R(R − 1)L²/2.
     * The walk is DKPro's, step for step, so that the sums are the same.
     */
    private static double observed(long length, long[] a, long[] b) {
        Walker one = new Walker(a, length);
        Walker two = new Walker(b, length);
        double sum = 0;
        long pos = 0;
        while (pos < length && (one.hasNext() || two.hasNext())) {
            one.advanceAt(pos);
            two.advanceAt(pos);
            sum += distance(one.offset, one.len, one.unit, two.offset, two.len, two.unit);
            pos = Math.min(one.offset + one.len, two.offset + two.len);
        }
        return sum / ((double) length * length); // 2 · sum / (R(R − 1)L²) with R = 2
    }

    /** One coder's current stretch (a unit or the gap before the next unit) during the walk. */
    private static final class Walker {
        private final long[] units;
        private final long length;
        private int next;
        long offset;
        long len;
        boolean unit;

        Walker(long[] units, long length) {
            this.units = units;
            this.length = length;
        }

        boolean hasNext() {
            return next < units.length;
        }

        void advanceAt(long pos) {
            if (pos != offset + len) {
                return;
            }
            if (hasNext() && pos == units[next]) {
                len = units[next + 1] - units[next];
                unit = true;
                next += 2;
            } else {
                len = (hasNext() ? units[next] : length) - pos;
                unit = false;
            }
            offset = pos;
        }
    }

    /** Krippendorff's distance between two stretches (2004, p. 253), as DKPro measures it. */
    static double distance(long offset1, long length1, boolean unit1, long offset2, long length2, boolean unit2) {
        double begin = offset1 - offset2;
        double lengths = length1 - length2;
        if (unit1 && unit2 && -length1 < begin && begin < length2) {
            return begin * begin + (begin + lengths) * (begin + lengths);
        } else if (unit1 && !unit2 && -lengths >= begin && begin >= 0) {
            return (double) length1 * length1;
        } else if (!unit1 && unit2 && -lengths <= begin && begin <= 0) {
            return (double) length2 * length2;
        }
        return 0.0;
    }

    /**
     * D_E: for every unit u of either coder, (N − 1)(2u³ − 3u² + u)/3 plus u² times the sum over
     * both coders' gaps g ≥ u of (g − u + 1); summed, times 2/L, over RL(RL − 1) minus the sum of
     * u(u − 1). The gaps sum comes from gaps sorted once and their suffix sums.
     */
    private static double expected(long length, long[] a, long[] b) {
        long[] gaps = concat(gaps(length, a), gaps(length, b));
        Arrays.sort(gaps);
        long[] suffix = new long[gaps.length + 1]; // suffix[i] = sum of gaps[i..]
        for (int i = gaps.length - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1] + gaps[i];
        }
        long units = (a.length + b.length) / 2;
        double sum = 0;
        double squaredLengths = 0;
        for (long[] coder : new long[][] {a, b}) {
            for (int i = 0; i < coder.length; i += 2) {
                long u = coder[i + 1] - coder[i];
                double ud = u;
                int first = firstAtLeast(gaps, u);
                long count = gaps.length - first;
                long fitting = suffix[first] - count * (u - 1); // sum of (g − u + 1) over gaps g ≥ u
                sum += (units - 1.0) * (2.0 * ud * ud * ud - 3.0 * ud * ud + ud) / 3.0 + ud * ud * fitting;
                squaredLengths += ud * (ud - 1.0);
            }
        }
        double rl = 2.0 * length;
        return sum * (2.0 / length) / (rl * (rl - 1) - squaredLengths);
    }

    /** The gaps between a coder's units, and before the first and after the last. */
    static long[] gaps(long length, long[] units) {
        long[] out = new long[units.length / 2 + 1];
        int n = 0;
        long pos = 0;
        for (int i = 0; i < units.length; i += 2) {
            if (units[i] > pos) {
                out[n++] = units[i] - pos;
            }
            pos = units[i + 1];
        }
        if (pos < length) {
            out[n++] = length - pos;
        }
        return Arrays.copyOf(out, n);
    }

    private static long[] concat(long[] x, long[] y) {
        long[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    /** The index of the first element ≥ value in a sorted array (its length when none is). */
    private static int firstAtLeast(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
