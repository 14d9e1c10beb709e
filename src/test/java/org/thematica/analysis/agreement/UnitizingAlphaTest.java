package org.thematica.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;
import org.thematica.analysis.agreement.AgreementInput.Code;
import org.thematica.analysis.agreement.AgreementInput.Coder;
import org.thematica.analysis.agreement.AgreementInput.Coding;
import org.thematica.analysis.agreement.AgreementInput.Document;

/** α_U's closed forms give DKPro's disagreements; its misleading values become reasons. */
class UnitizingAlphaTest {

    /** Disjoint random units on [0, length), as flat start/end pairs. */
    private static long[] units(Random random, long length, int max) {
        List<Long> flat = new ArrayList<>();
        long pos = random.nextInt(5) == 0 ? 0 : random.nextInt(40);
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n && pos < length; i++) {
            long end = Math.min(length, pos + 1 + random.nextInt(60));
            flat.add(pos);
            flat.add(end);
            pos = end + 1 + random.nextInt(80);
        }
        return flat.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void exactDisagreementsEqualDkprosOnRandomStudies() {
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            long length = 50 + random.nextInt(2000);
            long[] a = units(random, length, 12);
            long[] b = units(random, length, 12);
            if (a.length == 0 && b.length == 0) {
                continue;
            }
            UnitizingAlpha.Disagreement dkpro = UnitizingAlpha.dkpro(length, a, b);
            UnitizingAlpha.Disagreement exact = UnitizingAlpha.exact(length, a, b);
            assertThat(exact.observed()).as("D_O, study %d", i).isCloseTo(dkpro.observed(),
                    within(1e-12 * Math.max(1, dkpro.observed())));
            assertThat(exact.expected()).as("D_E, study %d", i).isCloseTo(dkpro.expected(),
                    within(1e-12 * Math.max(1, dkpro.expected())));
        }
    }

    /** Pooling the codes' disagreements is what DKPro does with one study of several categories. */
    @Test
    void pooledAlphaUIsDkprosOverAllCategories() {
        Random random = new Random(5);
        long length = 3000;
        UnitizingAnnotationStudy all = new UnitizingAnnotationStudy(2, 0, length);
        List<Coding> codings = new ArrayList<>();
        for (long code = 1; code <= 4; code++) {
            for (Coder coder : Coder.values()) {
                long[] u = units(random, length, 15);
                for (int i = 0; i < u.length; i += 2) {
                    all.addUnit(u[i], u[i + 1] - u[i], coder.ordinal(), "code " + code);
                    codings.add(new Coding(1, code, coder, u[i], u[i + 1]));
                }
            }
        }
        AgreementReport report = Agreement.compute(new AgreementInput("A", "B", List.of(new Document(1, "d", length)),
                List.of(new Code(1, "code 1"), new Code(2, "code 2"), new Code(3, "code 3"), new Code(4, "code 4")),
                codings, 80));
        KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(all);
        assertThat(report.overall().alphaU().value()).isCloseTo(dkpro.calculateAgreement(), within(1e-12));
        for (int code = 1; code <= 4; code++) {
            assertThat(report.codes().get(code - 1).alphaU().value())
                    .isCloseTo(dkpro.calculateCategoryAgreement("code " + code), within(1e-12));
        }
    }

    /**
     * DKPro gives a number where α_U has none: 0.0 for a code nobody applied (its D_O = D_E rule),
     * and for a code only one coder applied values that swing with the data (−0.49 for one unit
     * in 100 characters, −148.5 when that unit is the whole text). Both are reported as not defined.
     */
    @Test
    void oneCoderOrNoCoderIsNotDefined() {
        UnitizingAnnotationStudy onlyA = new UnitizingAnnotationStudy(2, 0, 100);
        onlyA.addUnit(0, 100, 0, "x");
        assertThat(new KrippendorffAlphaUnitizingAgreement(onlyA).calculateAgreement()).isCloseTo(-148.5, within(1e-9));
        assertThat(new KrippendorffAlphaUnitizingAgreement(onlyA).calculateCategoryAgreement("y")).isEqualTo(0.0);

        AgreementReport report = Agreement.compute(new AgreementInput("Amira", "Tom",
                List.of(new Document(1, "d", 100)), List.of(new Code(1, "x"), new Code(2, "y")),
                List.of(new Coding(1, 1, Coder.A, 0, 100)), 80));
        assertThat(report.codes().get(0).alphaU().undefined())
                .isEqualTo("only Amira applied it here, and α_U compares two coders' units");
        assertThat(report.codes().get(1).alphaU().undefined()).isEqualTo("neither coder applied it here");
        assertThat(report.overall().alphaU().undefined()).isEqualTo("only Amira coded here");
    }

    @Test
    void largeStudiesAreComputedByTheClosedForms() {
        Random random = new Random(9);
        long length = 10_000_000;
        List<Coding> codings = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            long start = random.nextInt((int) length - 500);
            codings.add(new Coding(1, 1, i % 2 == 0 ? Coder.A : Coder.B, start, start + 1 + random.nextInt(400)));
        }
        AgreementInput input = new AgreementInput("A", "B", List.of(new Document(1, "d", length)),
                List.of(new Code(1, "c")), codings, 80);
        long[][] u = new long[2][];
        for (Coder coder : Coder.values()) {
            u[coder.ordinal()] = Intervals.union(Intervals.sorted(codings.stream().filter(c -> c.coder() == coder)
                    .flatMapToLong(c -> java.util.stream.LongStream.of(c.start(), c.end())).toArray()));
        }
        assertThat(UnitizingAlpha.dkproSteps(length, u[0], u[1])).isGreaterThan(UnitizingAlpha.DKPRO_STEPS);
        UnitizingAlpha.Disagreement exact = UnitizingAlpha.exact(length, u[0], u[1]);
        assertThat(Agreement.compute(input).overall().alphaU().value())
                .isCloseTo(1 - exact.observed() / exact.expected(), within(1e-15));
    }
}
