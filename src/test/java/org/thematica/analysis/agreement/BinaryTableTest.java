package org.thematica.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The 2×2 closed forms give DKPro's numbers, and the edge cases give reasons, not numbers. */
class BinaryTableTest {

    @Test
    void closedFormsGiveDkprosNumbersOnRandomTables() {
        Random random = new Random(12);
        for (int i = 0; i < 400; i++) {
            // small cells, often zero: one coder coding nothing and near-empty tables come up too
            BinaryTable t = new BinaryTable(cell(random), cell(random), cell(random), cell(random));
            BinaryTable.Measures dkpro = t.dkpro();
            boolean oneCategory = t.both() + t.onlyA() + t.onlyB() == 0 || t.onlyA() + t.onlyB() + t.neither() == 0;
            if (t.units() == 0 || oneCategory) {
                assertThat(dkpro.kappa().defined()).as("%s", t).isFalse();
                assertThat(dkpro.alpha().defined()).as("%s", t).isFalse();
                assertThat(t.measures().kappa().defined()).as("%s", t).isFalse();
                continue;
            }
            BinaryTable.Measures closed = t.closedForm();
            assertThat(closed.percent().value()).as("percent of %s", t).isCloseTo(dkpro.percent().value(), within(1e-9));
            assertThat(closed.kappa().value()).as("kappa of %s", t).isCloseTo(dkpro.kappa().value(), within(1e-12));
            assertThat(closed.alpha().value()).as("alpha of %s", t).isCloseTo(dkpro.alpha().value(), within(1e-12));
        }
    }

    private static long cell(Random random) {
        return random.nextInt(3) == 0 ? 0 : random.nextInt(60);
    }

    @Test
    void largeTablesUseTheClosedFormsAndSmallOnesDkpro() {
        BinaryTable small = new BinaryTable(20, 20, 10, 50);
        assertThat(small.measures()).isEqualTo(small.dkpro());
        BinaryTable large = new BinaryTable(2_000_000, 2_000_000, 1_000_000, 5_000_000);
        assertThat(large.measures()).isEqualTo(large.closedForm());
        // the same proportions: kappa depends on them only
        assertThat(large.measures().kappa().value()).isCloseTo(small.measures().kappa().value(), within(1e-12));
    }

    /**
     * By hand: 100 characters; A coded 40 of them, B 30, 20 by both, so 20 by A only, 10 by B only
     * and 50 by neither. p_o = 70/100; p_e = (40·30 + 60·70)/100² = 0.54; κ = 0.16/0.46 = 8/23.
     * Alpha: 200 values, 70 "coded" (2·20 + 30) and 130 "not coded" (2·50 + 30), 30 disagreeing
     * pairs each way: α = 1 − 199·30/(70·130) = 313/910.
     */
    @Test
    void handComputedTable() {
        BinaryTable.Measures m = new BinaryTable(20, 20, 10, 50).measures();
        assertThat(m.percent().value()).isCloseTo(70.0, within(1e-9));
        assertThat(m.kappa().value()).isCloseTo(8.0 / 23, within(1e-12));
        assertThat(m.alpha().value()).isCloseTo(313.0 / 910, within(1e-12));
    }

    @Test
    void oneCategoryIsNotDefinedWithItsReason() {
        BinaryTable.Measures nobody = new BinaryTable(0, 0, 0, 500).measures();
        assertThat(nobody.kappa().undefined()).isEqualTo("neither coder coded any of this text");
        assertThat(nobody.alpha().undefined()).isEqualTo("neither coder coded any of this text");
        assertThat(nobody.percent().value()).isEqualTo(100.0);
        BinaryTable.Measures everything = new BinaryTable(500, 0, 0, 0).measures();
        assertThat(everything.kappa().undefined()).isEqualTo("both coders coded all of this text");
        assertThat(BinaryTable.EMPTY.measures().percent().undefined()).isEqualTo("there is no text in scope");
        // DKPro itself throws here; the study says why instead
        assertThat(new BinaryTable(0, 0, 0, 50).dkpro().kappa().undefined()).contains("no decision to agree on");
    }

    @Test
    void oneCoderCodingNothingGivesKappaZeroNotAnError() {
        // A coded nothing, B coded 10 of 100: agreement is what chance gives, kappa exactly 0
        BinaryTable.Measures m = new BinaryTable(0, 0, 10, 90).measures();
        assertThat(m.kappa().value()).isEqualTo(0.0);
        assertThat(m.alpha().value()).isNegative();
    }
}
