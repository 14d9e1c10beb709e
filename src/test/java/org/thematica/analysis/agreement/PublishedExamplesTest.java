package org.thematica.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thematica.analysis.agreement.AgreementInput.Code;
import org.thematica.analysis.agreement.AgreementInput.Coder;
import org.thematica.analysis.agreement.AgreementInput.Coding;
import org.thematica.analysis.agreement.AgreementInput.Document;

/** Kappa, alpha and α_U against the worked examples of their authors, each cited where it is used. */
class PublishedExamplesTest {

    /** One unit per column: each coder's values in order, "*" for a missing value. */
    private static NominalStudy study(String... coders) {
        String[][] values = new String[coders.length][];
        for (int c = 0; c < coders.length; c++) {
            values[c] = coders[c].split(" ");
        }
        NominalStudy study = new NominalStudy(coders.length);
        for (int unit = 0; unit < values[0].length; unit++) {
            Object[] row = new Object[coders.length];
            for (int c = 0; c < coders.length; c++) {
                row[c] = values[c][unit].equals("*") ? null : values[c][unit];
            }
            study.add(1, row);
        }
        return study;
    }

    /** Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Univ. of Pennsylvania, example A (binary data, two observers, no missing data): α = 0.095. */
    @Test
    void krippendorff2011ExampleABinary() {
        NominalStudy a = study("0 1 0 0 0 0 0 0 1 0", "1 1 1 0 0 1 0 0 0 0");
        assertThat(a.krippendorffAlpha().value()).isCloseTo(0.095, within(0.0005));
        // the same ten units as a 2×2 table: both coded 1 (unit 2), only A (9), only B (1, 3, 6), neither (5)
        BinaryTable table = new BinaryTable(1, 1, 3, 5);
        assertThat(table.dkpro().alpha().value()).isCloseTo(0.095, within(0.0005));
        assertThat(table.closedForm().alpha().value()).isCloseTo(0.095, within(0.0005));
        assertThat(table.closedForm().alpha().value()).isCloseTo(1 - 19.0 * 4 / (14 * 6), within(1e-12));
    }

    /** Krippendorff (2011), example B (nominal data, two observers, no missing data): α = 0.692. */
    @Test
    void krippendorff2011ExampleBNominal() {
        NominalStudy b = study("a a b b d c c c e d d a", "b a b b b c c c e d d d");
        assertThat(b.krippendorffAlpha().value()).isCloseTo(0.692, within(0.0005));
    }

    /** Krippendorff (2011), data C (four observers, nominal, missing values; unit 12 has one value only): α = 0.743. */
    @Test
    void krippendorff2011DataCNominalWithMissingValues() {
        NominalStudy c = study(
                "1 2 3 3 2 1 4 1 2 * * *",
                "1 2 3 3 2 2 4 1 2 5 * 3",
                "* 3 3 3 2 3 4 2 2 5 1 *",
                "1 2 3 3 2 4 4 1 2 5 1 *");
        assertThat(c.krippendorffAlpha().value()).isCloseTo(0.743, within(0.0005));
        assertThat(c.cohenKappa().undefined()).isEqualTo("Cohen's kappa compares exactly two coders");
    }

    /**
     * Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological
     * Measurement 20(1), 37-46, example 2 (p. 45): three categories, 200 units given as proportions
     * .44 .07 .09 / .05 .20 .05 / .01 .03 .06 (rows: judge A): κ = 0.492.
     */
    @Test
    void cohen1960Example2() {
        NominalStudy study = new NominalStudy(2)
                .add(88, 1, 1).add(14, 1, 2).add(18, 1, 3)
                .add(10, 2, 1).add(40, 2, 2).add(10, 2, 3)
                .add(2, 3, 1).add(6, 3, 2).add(12, 3, 3);
        assertThat(study.cohenKappa().value()).isCloseTo(0.492, within(0.0005));
        assertThat(study.percent().value()).isCloseTo(0.70, within(1e-12));
    }

    /**
     * Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology, 2nd ed., p. 254:
     * a continuum from 150 to 450, two observers, categories c and k: α_U = 0.859 (c alone 0.729,
     * k alone 1; DKPro Statistics reproduces 0.8587). The units as DKPro Statistics' own test of the example gives them; here the
     * continuum is one document of 300 characters, so every offset is 150 less.
     */
    @Test
    void krippendorff2004UnitizingExample() {
        List<Coding> codings = List.of(
                coding(2, Coder.A, 225, 70), coding(2, Coder.A, 370, 30),
                coding(2, Coder.B, 220, 80), coding(2, Coder.B, 355, 20), coding(2, Coder.B, 400, 20),
                coding(3, Coder.A, 180, 60), coding(3, Coder.A, 300, 50),
                coding(3, Coder.B, 180, 60), coding(3, Coder.B, 300, 50));
        AgreementInput input = new AgreementInput("i", "j", List.of(new Document(1, "p. 254", 300)),
                List.of(new Code(2, "c"), new Code(3, "k")), codings, 80);
        AgreementReport report = Agreement.compute(input);
        assertThat(report.overall().alphaU().value()).isCloseTo(0.859, within(0.0005));
        assertThat(report.codes().get(0).alphaU().value()).isCloseTo(0.7286, within(0.0001));
        assertThat(report.codes().get(1).alphaU().value()).isCloseTo(1.0, within(1e-12));

        // the closed forms give the same disagreements (p. 254: D_O(c) = 0.0144, D_E(c) = 0.0532)
        long[] a = {75, 145, 220, 250};
        long[] b = {70, 150, 205, 225, 250, 270};
        UnitizingAlpha.Disagreement exact = UnitizingAlpha.exact(300, a, b);
        assertThat(exact.observed()).isCloseTo(0.0144, within(0.0001));
        assertThat(exact.expected()).isCloseTo(0.0532, within(0.0001));
        assertThat(exact.observed()).isCloseTo(UnitizingAlpha.dkpro(300, a, b).observed(), within(1e-15));
        assertThat(exact.expected()).isCloseTo(UnitizingAlpha.dkpro(300, a, b).expected(), within(1e-15));
    }

    private static Coding coding(long code, Coder coder, long begin, long length) {
        return new Coding(1, code, coder, begin - 150, begin - 150 + length);
    }
}
