package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.thematica.model.SpeakerTurn;

class DocxReaderTest {
    private static final Path FILE = Path.of("Interview 4.docx");

    static ImportedText read(byte[] bytes) throws ImportException {
        ImportedText result = new DocxReader().read(FILE, bytes, ReadOptions.defaults());
        assertThat(TextNormalizer.isNormalized(result.text())).isTrue();
        assertThat(result.format()).isEqualTo("docx");
        return result;
    }

    /** A small interview: two speakers (one Arabic), a line break, a tab, a table, a footnote. */
    static byte[] sampleDocx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Interviewer: How did it start?");
            XWPFRun run = document.createParagraph().createRun();
            run.setText("المحاور: بدأت ببطء.");
            run.addBreak();
            run.setText("سطر ثانٍ");
            run.addTab();
            run.setText("بعد علامة الجدولة");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Year");
            table.getRow(0).getCell(1).setText("Event");
            table.getRow(1).getCell(0).setText("2014");
            table.getRow(1).getCell(1).setText("ISIS rise");
            XWPFParagraph withNote = document.createParagraph();
            withNote.createRun().setText("Interviewer: Thank you.");
            XWPFFootnote footnote = document.createFootnote();
            footnote.createParagraph().createRun().setText("FOOTNOTE TEXT");
            withNote.addFootnoteReference(footnote);
            document.createParagraph().createRun().setText("المحاور: شكراً لك.");
            document.createParagraph(); // the empty paragraph Word leaves at the end
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsParagraphsTablesAndLineBreaksInOrder() throws Exception {
        ImportedText result = read(sampleDocx());
        assertThat(result.text()).isEqualTo("Interviewer: How did it start?\n"
                + "المحاور: بدأت ببطء.\nسطر ثانٍ\tبعد علامة الجدولة\n"
                + "Year\tEvent\n2014\tISIS rise\n"
                + "Interviewer: Thank you.\n"
                + "المحاور: شكراً لك.");
        assertThat(result.encoding()).isNull();
        assertThat(result.turns()).extracting(SpeakerTurn::speaker)
                .containsExactly("Interviewer", "المحاور", "Interviewer", "المحاور");
        assertThat(result.turns().get(1)).isEqualTo(SpeakerTurn.untimed(31, 103, "المحاور"));
    }

    @Test
    void leavesFootnotesOut() throws Exception {
        assertThat(read(sampleDocx()).text()).doesNotContain("FOOTNOTE", "footnoteRef");
    }

    @Test
    void readsQualCoderExampleDocx() throws Exception {
        ImportedText result = read(ImporterFixtures.bytes("qualcoder-examples/ID1.docx"));
        assertThat(result.text()).isEqualTo("I really like learning new things. I think this course is good for me "
                + "as I have wanted to learn about world history for a while. The structured content, lecture "
                + "slides and web links have been really good.\n"
                + "I guess some less computer-savvy people would have some trouble accessing the internet-based "
                + "material, but its like a duck to water for me - no problem at all.\n"
                + "I also like the other students in the course. I get the feeling most are doing well but also "
                + "one or two are having some problems with the lectures. I guess there's so much to learn and "
                + "remember and there is a lot of self-directed learning. I'm happy to pay €200.");
        assertThat(result.turns()).isEmpty();
    }

    @Test
    void refusesTruncatedDocx() throws Exception {
        byte[] whole = sampleDocx();
        for (int length : new int[] {10, whole.length / 2, whole.length - 10}) {
            byte[] truncated = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> read(truncated)).as("cut at %d", length)
                    .hasMessage("Interview 4.docx: is not a valid .docx (damaged zip)");
        }
    }

    @Test
    void refusesBytesThatAreNotAZip() {
        assertThatThrownBy(() -> read("just words".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Interview 4.docx: is not a valid .docx (it is not a zip archive)");
    }

    @Test
    void refusesZipWithoutWordContent() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> read(bytes.toByteArray())).hasMessageContaining("Interview 4.docx")
                .hasMessageContaining("is not a valid .docx (it is a zip archive without Word content)");
    }

    @Test
    void refusesPasswordProtectedDocx() throws Exception {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(sampleDocx());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }
        assertThatThrownBy(() -> read(encrypted)).hasMessageStartingWith("Interview 4.docx: is password-protected");
    }

    @Test
    void refusesOldWordDocument() throws Exception {
        byte[] doc;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
            doc = out.toByteArray();
        }
        assertThatThrownBy(() -> read(doc)).hasMessage("Interview 4.docx: is an old Word .doc (or other Office 97) "
                + "file; save it as .docx and import that");
    }

    @Test
    void refusesDocxWithDamagedXml() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> read(bytes.toByteArray())).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("Interview 4.docx: is not a valid .docx (")
                .hasMessageNotContaining("Exception");
    }
}
