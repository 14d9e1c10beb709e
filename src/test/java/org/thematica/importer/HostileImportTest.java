package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The hostile files of issue 10 ("Crashes and hangs"): each is refused in one line that names
 * the file and the problem, well within 5 seconds. The time limit is enforced, so that a
 * regression fails here instead of hanging the build.
 */
class HostileImportTest {
    static final Duration LIMIT = Duration.ofSeconds(5);

    /** The refusal's message, after checking that it is one line naming the file. */
    static String refusal(String name, byte[] bytes) {
        Path file = Path.of(name);
        return assertTimeoutPreemptively(LIMIT, () -> {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> Importers.read(file, bytes, ReadOptions.defaults()));
            assertThat(thrown).isInstanceOf(ImportException.class);
            assertThat(thrown.getMessage()).startsWith(name + ": ").doesNotContain("\n");
            return thrown.getMessage();
        });
    }

    @Test
    void aPdfClaimingTwoBillionPagesIsRefused() {
        byte[] pdf = HostileDocuments.pdfClaimingPages(Integer.MAX_VALUE);
        assertThat(pdf.length).isLessThan(700);
        assertThat(refusal("count.pdf", pdf)).isEqualTo("count.pdf: is a damaged PDF: its page tree claims "
                + "2147483647 pages but holds 1");
    }

    @Test
    void aPdfListingOnePage20000TimesIsRefused() {
        assertThat(refusal("repeated.pdf", HostileDocuments.pdfListingOnePage(20_000)))
                .isEqualTo("repeated.pdf: is a damaged PDF: its page tree lists page 1 again as page 2");
    }

    @Test
    void aPdfWhoseContentInflatesTo600MegabytesIsRefused() throws Exception {
        byte[] pdf = HostileDocuments.pdfInflatingTo(600L * 1024 * 1024);
        assertThat(refusal("inflating.pdf", pdf)).isEqualTo("inflating.pdf: is too large: it has page content "
                + "of more than 64 MB (the import limit)");
    }

    @Test
    void aDocxNested6000LevelsDeepIsRefusedWithoutAStackOverflow() throws Exception {
        assertThat(refusal("nested.docx", HostileDocuments.docxNestedTables(6_000))).isEqualTo("nested.docx: is "
                + "not a valid .docx (its word/document.xml nests elements more than 256 levels deep)");
    }

    @Test
    void anOdtOfHugeSpaceRunsIsRefusedAtTheImportLimit() throws Exception {
        byte[] odt = HostileDocuments.odtOfSpaces(530_000);
        assertThat(odt.length).isLessThan(64 * 1024);
        assertThat(refusal("spaces.odt", odt))
                .isEqualTo("spaces.odt: is too large: it holds text of more than 64 MB (the import limit)");
    }

    @Test
    void zipEntriesMayInflateToNoMoreThanTheImportLimit() throws Exception {
        // scaled down: a 1 MB limit and 2 MB of XML, which used to pass as "less than 100 times its size"
        ReadOptions small = new ReadOptions(null, 1024 * 1024);
        byte[] docx = HostileDocuments.docxOfParagraphs(2L * 1024 * 1024);
        assertThat(docx.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> Importers.read(Path.of("big.docx"), docx, small))
                .isInstanceOf(ImportException.class)
                .hasMessage("big.docx: is too large: it unpacks to more than 1 MB (the import limit); possibly a zip bomb");
    }

    @Test
    void nestingJustWithinTheLimitIsStillRead() throws Exception {
        ImportedText text = assertTimeoutPreemptively(LIMIT, () -> Importers.read(Path.of("tables.docx"),
                HostileDocuments.docxNestedTables(50), ReadOptions.defaults()));
        assertThat(text.text()).startsWith("Hello");
    }

    @Test
    void aSmallerLimitBoundsTheTextOfAnOdtToo() throws Exception {
        ReadOptions small = new ReadOptions(null, 1024 * 1024);
        assertThatThrownBy(() -> Importers.read(Path.of("spaces.odt"), HostileDocuments.odtOfSpaces(200), small))
                .isInstanceOf(ImportException.class)
                .hasMessage("spaces.odt: is too large: it holds text of more than 1 MB (the import limit)");
    }
}
