package org.thematica.analysis.agreement;

/**
 * Two coders' decisions on the same units, each unit coded or not coded: the four cells of the
 * 2×2 table. At character level a unit is a code point of the text in scope, and "coded" means
 * inside one of that coder's codings of the code.
 *
 * <p>These four counts determine percent agreement, Cohen's kappa and Krippendorff's alpha, so
 * millions of characters need not become millions of DKPro items: up to {@link #DKPRO_UNITS}
 * units DKPro computes them from the items; above, the closed forms below do, and
 * {@code BinaryTableTest} shows that both give the same numbers.
 */
public record BinaryTable(long both, long onlyA, long onlyB, long neither) {
    /**
     * Up to this many units DKPro computes from one item per unit: 3 ms a table at best, 25 ms
     * on a busy machine (at 20,000 units, 8 ms at best and 90 ms busy; n = 30, load average 6-8).
     */
    static final long DKPRO_UNITS = 5_000;

    public BinaryTable {
        if (both < 0 || onlyA < 0 || onlyB < 0 || neither < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public static final BinaryTable EMPTY = new BinaryTable(0, 0, 0, 0);

    public long units() {
        return both + onlyA + onlyB + neither;
    }

    public long codedByA() {
        return both + onlyA;
    }

    public long codedByB() {
        return both + onlyB;
    }

    public BinaryTable plus(BinaryTable o) {
        return new BinaryTable(both + o.both, onlyA + o.onlyA, onlyB + o.onlyB, neither + o.neither);
    }

    /** Percent agreement, kappa and alpha of this table. */
    public record Measures(Measure percent, Measure kappa, Measure alpha) {
    }

    public Measures measures() {
        if (units() == 0) {
            String none = "there is no text in scope";
            return new Measures(Measure.undefined(none), Measure.undefined(none), Measure.undefined(none));
        }
        // one category only: DKPro throws, and no coefficient has anything to measure
        String oneCategory = both + onlyA + onlyB == 0 ? "neither coder coded any of this text"
                : onlyA + onlyB + neither == 0 ? "both coders coded all of this text" : null;
        if (oneCategory != null) {
            return new Measures(Measure.of(100.0), Measure.undefined(oneCategory), Measure.undefined(oneCategory));
        }
        return units() <= DKPRO_UNITS ? dkpro() : closedForm();
    }

    /** DKPro Statistics, one coding item per unit. */
    Measures dkpro() {
        NominalStudy study = new NominalStudy(2)
                .add(both, Boolean.TRUE, Boolean.TRUE)
                .add(onlyA, Boolean.TRUE, Boolean.FALSE)
                .add(onlyB, Boolean.FALSE, Boolean.TRUE)
                .add(neither, Boolean.FALSE, Boolean.FALSE);
        Measure percent = study.percent();
        return new Measures(percent.defined() ? Measure.of(percent.value() * 100) : percent, study.cohenKappa(),
                study.krippendorffAlpha());
    }

    /**
     * The same coefficients from the cells (n units, a = both, d = neither, b and c = one coder
     * only): percent 100(a + d)/n; Cohen's kappa (p_o − p_e)/(1 − p_e) with p_o = (a + d)/n and
     * p_e = ((a + b)(a + c) + (c + d)(b + d))/n²; Krippendorff's alpha from the coincidence matrix
     * of 2n pairable values, 1 − (2n − 1)(b + c)/(n₁ n₀), where n₁ = 2a + b + c values say "coded"
     * and n₀ = 2d + b + c say "not coded" (Krippendorff 2011, binary data).
     */
    Measures closedForm() {
        double n = units();
        double a = both;
        double b = onlyA;
        double c = onlyB;
        double d = neither;
        double observed = (a + d) / n;
        double expected = ((a + b) * (a + c) + (c + d) * (b + d)) / (n * n);
        double kappa = (observed - expected) / (1 - expected); // p_e < 1: two categories occur
        double codedValues = 2 * a + b + c;
        double uncodedValues = 2 * d + b + c;
        double alpha = 1 - (2 * n - 1) * (b + c) / (codedValues * uncodedValues);
        return new Measures(Measure.of(100 * observed), Measure.of(kappa), Measure.of(alpha));
    }
}
