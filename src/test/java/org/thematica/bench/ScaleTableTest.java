package org.thematica.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thematica.bench.ScaleTable.Cell;
import org.thematica.bench.ScaleTable.Target;

/** The benchmark's statistics and results table (no timing here). */
class ScaleTableTest {
    @Test
    void medianAndNearestRankPercentiles() {
        Samples odd = Samples.of(5, 1, 4, 2, 3);
        assertThat(odd.median()).isEqualTo(3);
        assertThat(Samples.of(4, 1, 3, 2).median()).isEqualTo(2.5);
        assertThat(odd.min()).isEqualTo(1);
        assertThat(odd.max()).isEqualTo(5);

        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i; // 1..100, unsorted
        }
        Samples s = new Samples(hundred);
        assertThat(s.percentile(95)).isEqualTo(95);
        assertThat(s.percentile(50)).isEqualTo(50);
        assertThat(s.percentile(100)).isEqualTo(100);
        assertThat(s.percentile(0)).isEqualTo(1);
        // 40 edits: p95 is the 38th smallest, not the largest
        double[] forty = new double[40];
        for (int i = 0; i < 40; i++) {
            forty[i] = i + 1;
        }
        assertThat(new Samples(forty).percentile(95)).isEqualTo(38);
        assertThatThrownBy(() -> Samples.of()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsInOneUnitChosenByTheLargestValue() {
        assertThat(Samples.of(96, 112, 300).medianSpread()).isEqualTo("112 ms (96–300 ms)");
        assertThat(Samples.of(900, 950, 1210).medianSpread()).isEqualTo("0.95 s (0.90–1.21 s)");
        assertThat(Samples.of(1.25, 3.2, 8).p50p95()).isEqualTo("p50 3.2 ms · p95 8.0 ms");
        assertThat(Samples.of(2.71e6, 2.95e6, 3.1e6).rateSpread()).isEqualTo("2.95 M/s (2.71–3.10 M/s)");
        assertThat(Samples.time(1234)).isEqualTo("1.23 s");
    }

    @Test
    void judgesTargetsOnTheirScopeOrEveryColumn() {
        ScaleTable t = new ScaleTable(List.of("small", "large"));
        Target fast = Target.atMost("≤ 50 ms", null, 50);
        t.put("search", fast, "small", Cell.of("10 ms", 10));
        t.put("search", fast, "large", Cell.of("80 ms", 80));
        Target open = Target.atMost("≤ 1 s", "large", 1000);
        t.put("open", open, "small", Cell.of("2 s", 2000)); // not judged: the target is for large
        t.put("open", open, "large", Cell.of("0.5 s", 500));
        t.put("cloud", Target.atMost("≤ 300 ms", null, 300), "small", Cell.text("n/a"));
        t.putShared("transcript", null, Cell.text("112 ms"));
        assertThat(t.markdown()).isEqualTo("""
                | measurement | small | large | target | met? |
                |---|---|---|---|---|
                | search | 10 ms | 80 ms | ≤ 50 ms | **no** (large) |
                | open | 2 s | 0.5 s | ≤ 1 s | yes |
                | cloud | n/a | — | ≤ 300 ms | n/a |
                | transcript | — | 112 ms |  |  |
                """);
        ScaleTable smallOnly = new ScaleTable(List.of("small"));
        smallOnly.put("open", open, "small", Cell.of("2 s", 2000));
        assertThat(smallOnly.markdown()).contains("| open | 2 s | ≤ 1 s | large not run |");
        assertThatThrownBy(() -> smallOnly.put("open", open, "medium", Cell.text("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
