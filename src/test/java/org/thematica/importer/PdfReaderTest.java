package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.thematica.model.SpeakerTurn;

class PdfReaderTest {
    private static final Path FILE = Path.of("report.pdf");

    static ImportedText read(byte[] bytes) throws ImportException {
        ImportedText result = new PdfReader().read(FILE, bytes, ReadOptions.defaults());
        assertThat(TextNormalizer.isNormalized(result.text())).isTrue();
        assertThat(result.format()).isEqualTo("pdf");
        return result;
    }

    /** One page per array of lines, in Helvetica (a standard 14 font); {@code userPassword} may be null. */
    static byte[] pdf(String userPassword, String[]... pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String[] lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                if (lines.length == 0) {
                    continue;
                }
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.beginText();
                    stream.setFont(font, 12);
                    stream.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        stream.showText(line);
                        stream.newLineAtOffset(0, -16);
                    }
                    stream.endText();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] twoPagePdf() throws IOException {
        return pdf(null, new String[] {"Interviewer: How did it start?", "Respondent: Slowly, after 2003."},
                new String[] {"Interviewer: And then?", "Respondent: Everything changed."});
    }

    @Test
    void readsTwoPagesSeparatedByANewline() throws Exception {
        ImportedText result = read(twoPagePdf());
        assertThat(result.text()).isEqualTo("Interviewer: How did it start?\nRespondent: Slowly, after 2003.\n"
                + "Interviewer: And then?\nRespondent: Everything changed.");
        assertThat(result.encoding()).isNull();
        assertThat(result.turns()).containsExactly(SpeakerTurn.untimed(0, 30, "Interviewer"),
                SpeakerTurn.untimed(31, 62, "Respondent"), SpeakerTurn.untimed(63, 85, "Interviewer"),
                SpeakerTurn.untimed(86, 117, "Respondent"));
    }

    @Test
    void readsPdfProtectedOnlyByAnOwnerPassword() throws Exception {
        assertThat(read(pdf("", new String[] {"open for reading"})).text()).isEqualTo("open for reading");
    }

    @Test
    void refusesPdfThatNeedsAPassword() throws Exception {
        byte[] bytes = pdf("user-pw", new String[] {"secret"});
        assertThatThrownBy(() -> read(bytes)).hasMessageStartingWith("report.pdf: is password-protected");
    }

    @Test
    void refusesPdfWithoutTextLayer() throws Exception {
        byte[] bytes = pdf(null, new String[0], new String[0]);
        assertThatThrownBy(() -> read(bytes))
                .hasMessage("report.pdf: has no text layer (a scanned image?); run OCR first");
    }

    @Test
    void refusesPdfWithoutPages() throws Exception {
        byte[] bytes = pdf(null);
        assertThatThrownBy(() -> read(bytes)).hasMessage("report.pdf: has no pages");
    }

    @Test
    void refusesTruncatedPdf() throws Exception {
        byte[] truncated = Arrays.copyOf(twoPagePdf(), 200);
        assertThatThrownBy(() -> read(truncated)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("report.pdf: is not a readable PDF: ")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void refusesBytesThatOnlyClaimToBeAPdf() {
        byte[] bytes = "%PDF-1.7\nnot really a PDF at all".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> read(bytes)).hasMessageStartingWith("report.pdf: is not a readable PDF: ");
    }
}
