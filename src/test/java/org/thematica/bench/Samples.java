package org.thematica.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * The values of repeated runs (times in milliseconds, or rates): median, nearest-rank
 * percentiles, min and max, and how the results table writes them.
 */
record Samples(double[] sorted) {
    Samples {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        sorted = sorted.clone();
        Arrays.sort(sorted);
    }

    static Samples of(Collection<Double> values) {
        return new Samples(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static Samples of(double... values) {
        return new Samples(values);
    }

    int size() {
        return sorted.length;
    }

    /** The middle value, or the mean of the two middle values. */
    double median() {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Nearest rank: the smallest value with at least {@code p} percent of the values at or below it. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    double min() {
        return sorted[0];
    }

    double max() {
        return sorted[sorted.length - 1];
    }

    /** "112 ms (96–300 ms)": median and spread, in one unit chosen by the largest value. */
    String medianSpread() {
        Unit u = Unit.forMillis(max());
        return u.format(median()) + " (" + u.number(min()) + "–" + u.format(max()) + ")";
    }

    /** "p50 12 ms · p95 30 ms". */
    String p50p95() {
        Unit u = Unit.forMillis(percentile(95));
        return "p50 " + u.format(median()) + " · p95 " + u.format(percentile(95));
    }

    /** Rates such as words per second: "2.95 M/s (2.71–3.10 M/s)". */
    String rateSpread() {
        return String.format(Locale.ROOT, "%.2f M/s (%.2f–%.2f M/s)", median() / 1e6, min() / 1e6, max() / 1e6);
    }

    /** Milliseconds written in ms below a second, in seconds above. */
    enum Unit {
        TENTHS_MS, MS, SECONDS;

        static Unit forMillis(double largest) {
            return largest >= 1000 ? SECONDS : largest >= 10 ? MS : TENTHS_MS;
        }

        String number(double ms) {
            return switch (this) {
                case TENTHS_MS -> String.format(Locale.ROOT, "%.1f", ms);
                case MS -> String.format(Locale.ROOT, "%.0f", ms);
                case SECONDS -> String.format(Locale.ROOT, "%.2f", ms / 1000);
            };
        }

        String format(double ms) {
            return number(ms) + (this == SECONDS ? " s" : " ms");
        }
    }

    /** One time in the unit that suits it: "8.2 ms", "45 ms", "1.24 s". */
    static String time(double ms) {
        return Unit.forMillis(ms).format(ms);
    }
}
