package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.agreement.AgreementInput;
import org.thematica.analysis.agreement.AgreementReport;
import org.thematica.analysis.agreement.BinaryTable;
import org.thematica.model.UserError;
import org.thematica.testing.TestProjects;

/** The agreement service: scope, names, and code points rather than UTF-16 units. */
class AgreementServiceTest {
    /** Three emoji, each one code point and two UTF-16 units, at the start of the coded text. */
    static final String TEXT = "😀😀😀 Sectarian violence rose; then calm came back.\n";

    @TempDir
    Path dir;
    Project p;

    @BeforeEach
    void setUp() throws Exception {
        p = TestProjects.create(dir);
        TestProjects.importText(p, dir, "both.txt", TEXT);
        TestProjects.importText(p, dir, "amira only.txt", "Amira alone coded this one.\n");
        TestProjects.importText(p, dir, "nobody.txt", "Nobody coded this.\n");
        // code points: Amira [0, 14), Tom [2, 20): 12 shared; in UTF-16 units they would share 13
        p.coding().codeRange("both", "violence", 0, 14, "Amira");
        p.coding().codeRange("both", "violence", 2, 20, "Tom");
        p.coding().codeRange("amira only", "violence", 0, 5, "Amira");
        p.coding().codeRange("amira only", "calm", 6, 11, "Amira");
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private int codePoints(String document) {
        String text = p.repos().documents.text(p.repos().documents.byName(document).orElseThrow().id());
        return text.codePointCount(0, text.length());
    }

    @Test
    void theDefaultScopeIsTheDocumentsBothCodedCountedInCodePoints() throws Exception {
        AgreementReport r = p.agreement().compute(new AgreementService.Request("Amira", "Tom"));
        assertThat(r.documents()).extracting(AgreementInput.Document::name).containsExactly("both");
        int n = codePoints("both");
        assertThat(r.units()).isEqualTo(n);
        assertThat(r.codes()).extracting(AgreementReport.CodeAgreement::code).containsExactly("violence");
        assertThat(r.codes().get(0).table()).isEqualTo(new BinaryTable(12, 2, 6, n - 20));
    }

    @Test
    void namedDocumentsAndCodesSetTheScope() throws Exception {
        AgreementReport r = p.agreement().compute(new AgreementService.Request("Amira", "Tom",
                List.of("both", "amira only"), List.of("calm", "violence"), 80));
        assertThat(r.documents()).extracting(AgreementInput.Document::name).containsExactly("amira only", "both");
        assertThat(r.units()).isEqualTo(codePoints("both") + codePoints("amira only"));
        assertThat(r.codes()).extracting(AgreementReport.CodeAgreement::code).containsExactly("calm", "violence");
        assertThat(r.codes().get(0).alphaU().undefined()).isEqualTo("only Amira applied it here, and α_U compares"
                + " two coders' units");
        assertThat(r.codes().get(1).table().codedByA()).isEqualTo(14 + 5);
    }

    @Test
    void badNamesAreRefusedInOneLine() {
        assertThatThrownBy(() -> p.agreement().compute(new AgreementService.Request("Amira", "Bob")))
                .isInstanceOf(UserError.class).hasMessage("no coder named 'Bob' (there are: 'Amira', 'Tom', 'tester')");
        assertThatThrownBy(() -> p.agreement().compute(new AgreementService.Request("Amira", "Amira")))
                .isInstanceOf(UserError.class)
                .hasMessage("agreement compares two different coders; 'Amira' was given twice");
        assertThatThrownBy(() -> p.agreement().compute(new AgreementService.Request("Amira", "Tom",
                List.of("missing"), null, 80))).isInstanceOf(UserError.class).hasMessageStartingWith(
                "no document named 'missing'");
        assertThatThrownBy(() -> p.agreement().compute(new AgreementService.Request("Amira", "Tom", null,
                List.of("Violence "), 80))).isInstanceOf(UserError.class)
                .hasMessage("no code named 'Violence'; did you mean 'violence'?");
        assertThatThrownBy(() -> p.agreement().compute(new AgreementService.Request("Amira", "tester")))
                .isInstanceOf(UserError.class)
                .hasMessage("no document has codings by both Amira and tester; name the documents to compare");
    }
}
