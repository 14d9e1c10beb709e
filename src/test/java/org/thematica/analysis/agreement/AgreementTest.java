package org.thematica.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thematica.analysis.agreement.AgreementInput.Code;
import org.thematica.analysis.agreement.AgreementInput.Coder;
import org.thematica.analysis.agreement.AgreementInput.Coding;
import org.thematica.analysis.agreement.AgreementInput.Document;
import org.thematica.analysis.agreement.AgreementReport.CodeAgreement;

/** Character level and segments on codings whose 2×2 tables are worked out by hand. */
class AgreementTest {
    private static final List<Document> DOCS = List.of(new Document(1, "one", 100), new Document(2, "two", 50));

    /**
     * Code "c": in "one" (100 characters) A coded [10, 30) and [25, 40) (overlapping: one stretch
     * [10, 40)) and [60, 70); B coded [20, 50). In "two" (50) A coded [45, 50), B [0, 5). Per
     * character: both 20 ([20, 40)), A only 25, B only 15, neither 90, of 150.
     */
    private static List<Coding> codings() {
        return List.of(
                new Coding(1, 7, Coder.A, 10, 30), new Coding(1, 7, Coder.A, 25, 40), new Coding(1, 7, Coder.A, 60, 70),
                new Coding(1, 7, Coder.B, 20, 50),
                new Coding(2, 7, Coder.A, 45, 50), new Coding(2, 7, Coder.B, 0, 5));
    }

    @Test
    void characterLevelAgainstATableByHand() {
        AgreementReport r = Agreement.compute(new AgreementInput("A", "B", DOCS, List.of(new Code(7, "c")), codings(),
                80));
        CodeAgreement c = r.codes().get(0);
        assertThat(r.units()).isEqualTo(150);
        assertThat(c.table()).isEqualTo(new BinaryTable(20, 25, 15, 90));
        assertThat(c.percent().value()).isCloseTo(100.0 * 110 / 150, within(1e-9));
        // p_o = 110/150, p_e = (45·35 + 105·115)/150² = 13650/22500: κ = (16500 − 13650)/(22500 − 13650) = 19/59
        assertThat(c.kappa().value()).isCloseTo(19.0 / 59, within(1e-12));
        // 300 values: 80 "coded" (2·20 + 25 + 15), 220 not (2·90 + 40); α = 1 − 299·40/(80·220)
        assertThat(c.alpha().value()).isCloseTo(1 - 299.0 * 40 / (80 * 220), within(1e-12));
        assertThat(r.overall().table()).isEqualTo(c.table());
    }

    @Test
    void segmentsMatchWithinTheirDocumentAndCode() {
        // at 50%: A's [25, 40) and B's [20, 50) share 15 of 30; nothing else overlaps enough, and
        // A's [45, 50) in "two" does not meet B's [0, 5) there, though both lie near the join of the documents
        AgreementReport r = Agreement.compute(new AgreementInput("A", "B", DOCS, List.of(new Code(7, "c")), codings(),
                50));
        assertThat(r.codes().get(0).segments()).isEqualTo(new SegmentShare(1, 4, 1, 2));
        assertThat(r.overall().segments().percent().value()).isCloseTo(100.0 * 2 / 6, within(1e-9));
        AgreementReport strict = Agreement.compute(new AgreementInput("A", "B", DOCS, List.of(new Code(7, "c")),
                codings(), 51));
        assertThat(strict.codes().get(0).segments()).isEqualTo(new SegmentShare(0, 4, 0, 2));
    }

    @Test
    void codesArePooledAsPairsOfCharacterAndCode() {
        List<Coding> codings = new java.util.ArrayList<>(codings());
        codings.add(new Coding(1, 8, Coder.A, 0, 100));
        codings.add(new Coding(1, 8, Coder.B, 0, 100));
        AgreementReport r = Agreement.compute(new AgreementInput("A", "B", DOCS,
                List.of(new Code(8, "b second"), new Code(7, "a first")), codings, 80));
        assertThat(r.codes()).extracting(CodeAgreement::code).containsExactly("a first", "b second");
        assertThat(r.codes().get(1).table()).isEqualTo(new BinaryTable(100, 0, 0, 50));
        assertThat(r.overall().table()).isEqualTo(new BinaryTable(120, 25, 15, 140));
        assertThat(r.overall().code()).isNull();
    }

    @Test
    void aCodeNobodyAppliedIsListedWithReasons() {
        AgreementReport r = Agreement.compute(new AgreementInput("A", "B", DOCS,
                List.of(new Code(7, "c"), new Code(9, "unused")), codings(), 80));
        CodeAgreement unused = r.codes().get(1);
        assertThat(unused.percent().value()).isEqualTo(100.0);
        assertThat(unused.kappa().undefined()).isEqualTo("neither coder coded any of this text");
        assertThat(unused.alphaU().undefined()).isEqualTo("neither coder applied it here");
        assertThat(unused.segments().percent().undefined()).isEqualTo("neither coder has codings here");
    }

    @Test
    void codingsOutsideTheScopeAreRefused() {
        assertThatThrownBy(() -> new AgreementInput("A", "B", DOCS, List.of(new Code(7, "c")),
                List.of(new Coding(2, 7, Coder.A, 40, 51)), 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgreementInput("A", "B", DOCS, List.of(new Code(7, "c")), codings(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
