package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.SpeakerTurn;

class ImportersTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static ImportedText read(Path file) throws ImportException {
        return read(file, ReadOptions.defaults());
    }

    private static ImportedText read(Path file, ReadOptions options) throws ImportException {
        ImportedText result = Importers.read(file, options);
        assertThat(TextNormalizer.isNormalized(result.text())).as("normalised text").isTrue();
        return result;
    }

    private static Class<?> readerFor(String name, byte[] bytes) throws ImportException {
        return Importers.route(Path.of(name), bytes).reader().getClass();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheQualCoderFixturesByTheirContent() throws Exception {
        ImportedText transcript = read(ImporterFixtures.path("qualcoder-examples/transcript.txt"));
        assertThat(transcript.format()).isEqualTo("txt");
        assertThat(transcript.turns()).hasSize(7);
        ImportedText docx = read(ImporterFixtures.path("qualcoder-examples/ID1.docx"));
        assertThat(docx.format()).isEqualTo("docx");
        assertThat(docx.text()).startsWith("I really like learning new things.").endsWith("I'm happy to pay €200.");
        ImportedText odt = read(ImporterFixtures.path("qualcoder-examples/ID2.odt"));
        assertThat(odt.format()).isEqualTo("odt");
        assertThat(odt.text()).endsWith("The course cost €200.00 and I do not want to waste my money.");
        assertThat(List.of(transcript, docx, odt)).allSatisfy(r -> assertThat(r.warnings()).isEmpty());
    }

    @Test
    void roundTripsRightToLeftUdhrThroughTheDispatcher() throws Exception {
        for (String name : List.of("udhr_arb.txt", "udhr_heb.txt", "udhr_tha.txt")) {
            Path file = ImporterFixtures.path("udhr/" + name);
            String expected = TextNormalizer.normalize(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(read(file).text()).as(name).isEqualTo(expected);
        }
    }

    @Test
    void readsCrlfCrOnlyAndUtf16Files() throws Exception {
        assertThat(read(write("crlf.txt", utf8("a\r\nb\r\n"))).text()).isEqualTo("a\nb\n");
        assertThat(read(write("cr.txt", utf8("a\rb\r"))).text()).isEqualTo("a\nb\n");
        byte[] utf16 = "\uFEFFQ: مرحبا 😀\r\nA: Şeker\r\n".getBytes(StandardCharsets.UTF_16LE);
        ImportedText result = read(write("utf16.txt", utf16));
        assertThat(result.text()).isEqualTo("Q: مرحبا 😀\nA: Şeker\n");
        assertThat(result.turns()).containsExactly(SpeakerTurn.untimed(0, 11, "Q"), SpeakerTurn.untimed(12, 20, "A"));
    }

    @Test
    void refusesAMissingFile() {
        Path missing = dir.resolve("gone.txt");
        assertThatThrownBy(() -> read(missing)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("gone.txt: does not exist (looked for ").hasMessageContaining(dir.toString());
    }

    @Test
    void refusesAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("transcripts"));
        assertThatThrownBy(() -> read(folder)).hasMessage("transcripts: is a folder, not a file");
    }

    @Test
    void refusesAnUnreadableFile() throws Exception {
        Path file = write("locked.txt", utf8("secret"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");
        assertThatThrownBy(() -> read(file)).hasMessage("locked.txt: cannot be read (permission denied)");
    }

    @Test
    void refusesAFileAboveTheSizeLimit() throws Exception {
        Path file = write("big.txt", new byte[2000]);
        assertThatThrownBy(() -> read(file, new ReadOptions(null, 100)))
                .hasMessage("big.txt: is too large (2 KB; the limit is 100 bytes)");
        assertThat(Importers.formatSize(70L * 1024 * 1024)).isEqualTo("70 MB");
        assertThat(Importers.formatSize(ReadOptions.DEFAULT_MAX_BYTES + 300_000)).isEqualTo("64.3 MB");
    }

    @Test
    void refusesAnEmptyFileAndAWhitespaceOnlyFile() throws Exception {
        assertThatThrownBy(() -> read(write("empty.txt", new byte[0]))).hasMessage("empty.txt: is empty");
        assertThatThrownBy(() -> read(write("blank.txt", utf8(" \n\t\r\n")))).hasMessage("blank.txt: contains no text");
    }

    @Test
    void refusesRandomBinaryBytes() throws Exception {
        byte[] bytes = new byte[5000];
        new Random(3).nextBytes(bytes);
        bytes[0] = 'x'; // no known signature: judged as text, then refused
        assertThatThrownBy(() -> read(write("data.txt", bytes)))
                .hasMessage("data.txt: looks like a binary file, not text");
    }

    @Test
    void refusesImagesAndOtherKnownBinariesByName() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        assertThatThrownBy(() -> read(write("scan.txt", png))).hasMessage("scan.txt: is a PNG image, not a text document");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        assertThatThrownBy(() -> read(write("photo.jpg", jpeg))).hasMessage("photo.jpg: is a JPEG image, not a text document");
        byte[] mp4 = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        assertThatThrownBy(() -> read(write("interview.mp4", mp4))).hasMessageContaining("is an MP4 or QuickTime video");
        byte[] mp3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> read(write("audio.txt", mp3))).hasMessage("audio.txt: is an MP3 audio file, not a text document");
        assertThat(read(write("id3.txt", utf8("ID3 interview notes: short."))).text()).startsWith("ID3 interview");
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        assertThatThrownBy(() -> read(write("tool", elf))).hasMessageContaining("tool: is a program (ELF executable)");
    }

    @Test
    void refusesOldWordDocuments() throws Exception {
        byte[] doc;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
            doc = out.toByteArray();
        }
        assertThatThrownBy(() -> read(write("Interview 1.doc", doc))).hasMessage("Interview 1.doc: is an old Word "
                + ".doc (or other Office 97) file; save it as .docx and import that");
    }

    @Test
    void refusesRichTextFiles() throws Exception {
        Path file = write("notes.rtf", utf8("{\\rtf1\\ansi Hello}"));
        assertThatThrownBy(() -> read(file)).hasMessage("notes.rtf: is a Rich Text (.rtf) file; save it as .docx "
                + "in Word or LibreOffice and import that");
    }

    @Test
    void readsAPdfNamedTxtAsPdfAndSaysSo() throws Exception {
        ImportedText result = read(write("interview.txt", PdfReaderTest.twoPagePdf()));
        assertThat(result.format()).isEqualTo("pdf");
        assertThat(result.text()).startsWith("Interviewer: How did it start?\n");
        assertThat(result.warnings()).containsExactly("is named .txt but is a PDF; read as PDF.");
    }

    @Test
    void readsDocxAndOdtByContentWhateverTheirName() throws Exception {
        ImportedText docx = read(write("Interview 4", DocxReaderTest.sampleDocx()));
        assertThat(docx.format()).isEqualTo("docx");
        assertThat(docx.warnings()).isEmpty();
        ImportedText odtNamedDocx = read(write("Interview 5.docx", ImporterFixtures.bytes("qualcoder-examples/ID2.odt")));
        assertThat(odtNamedDocx.format()).isEqualTo("odt");
        assertThat(odtNamedDocx.warnings()).containsExactly(
                "is named .docx but is an OpenDocument .odt text; read as .odt.");
    }

    @Test
    void refusesATruncatedDocxWithItsReason() throws Exception {
        byte[] whole = DocxReaderTest.sampleDocx();
        Path file = write("Interview 4.docx", Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> read(file)).hasMessage("Interview 4.docx: is not a valid .docx (damaged zip)");
    }

    @Test
    void refusesZipArchivesThatAreNotDocuments() throws Exception {
        Map<String, String> xlsx = new LinkedHashMap<>();
        xlsx.put("[Content_Types].xml", "<Types/>");
        xlsx.put("xl/workbook.xml", "<workbook/>");
        assertThatThrownBy(() -> read(write("cases.xlsx", OdtReaderTest.zip(xlsx)))).hasMessage("cases.xlsx: is a "
                + "zip archive but not a .docx or .odt document (it looks like an Excel .xlsx workbook)");
        byte[] plain = OdtReaderTest.zip(Map.of("a.txt", "hello"));
        assertThatThrownBy(() -> read(write("bundle.zip", plain)))
                .hasMessage("bundle.zip: is a zip archive but not a .docx or .odt document");
        byte[] truncated = Arrays.copyOf(plain, plain.length - 5);
        assertThatThrownBy(() -> read(write("broken.zip", truncated)))
                .hasMessage("broken.zip: is a zip archive that cannot be opened (damaged zip)");
    }

    @Test
    void aRefiQdaProjectIsNamedWithoutPromisingACommandThatDoesNotExist() throws Exception {
        Map<String, String> qdpx = new LinkedHashMap<>();
        qdpx.put("project.qde", "<Project/>");
        qdpx.put("sources/a.txt", "hello");
        assertThatThrownBy(() -> read(write("study.qdpx", OdtReaderTest.zip(qdpx)))).hasMessage("study.qdpx: is a zip"
                + " archive but not a .docx or .odt document (it looks like a REFI-QDA project, which Thematica cannot"
                + " import yet)");
    }

    @Test
    void routesByExtensionWhenTheContentIsText() throws Exception {
        byte[] text = utf8("1\n00:00:01,000 --> 00:00:02,000\nHello\n");
        assertThat(readerFor("a.vtt", text)).isEqualTo(VttReader.class);
        assertThat(readerFor("a.SRT", text)).isEqualTo(SrtReader.class);
        assertThat(readerFor("a.sbv", text)).isEqualTo(SbvReader.class);
        assertThat(readerFor("a.md", text)).isEqualTo(MarkdownReader.class);
        assertThat(readerFor("a.markdown", text)).isEqualTo(MarkdownReader.class);
        assertThat(readerFor("a.txt", text)).isEqualTo(PlainTextReader.class);
        assertThat(readerFor("a.text", text)).isEqualTo(PlainTextReader.class);
        assertThat(readerFor("README", text)).isEqualTo(PlainTextReader.class);
        assertThat(readerFor("interview.log", text)).isEqualTo(PlainTextReader.class);
    }

    @Test
    void sendsAWebVttFileNamedTxtToTheVttReader() throws Exception {
        byte[] vtt = utf8("\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nHello\n");
        Importers.Route route = Importers.route(Path.of("captions.txt"), vtt);
        assertThat(route.reader()).isInstanceOf(VttReader.class);
        assertThat(route.warnings()).containsExactly("is named .txt but is a WebVTT subtitle file; read as WebVTT.");
        assertThat(readerFor("notes.txt", utf8("WEBVTTX is not a header"))).isEqualTo(PlainTextReader.class);
    }

    @Test
    void readsMarkdownFilesAsMarkdown() throws Exception {
        ImportedText result = read(write("memo.md", utf8("# Memo\r\n\r\n*First* point.\r\n")));
        assertThat(result.format()).isEqualTo("md");
        assertThat(result.text()).isEqualTo("Memo\nFirst point.");
    }

    @Test
    void saysWhenAFileNamedForAnotherFormatIsPlainText() throws Exception {
        ImportedText result = read(write("old.doc", utf8("Just words saved with the wrong name.")));
        assertThat(result.format()).isEqualTo("txt");
        assertThat(result.warnings()).containsExactly("is named .doc but contains plain text; read as text.");
    }

    @Test
    void wrapsUnexpectedReaderFailuresInAPlainMessage() {
        DocumentReader broken = (file, bytes, options) -> {
            throw new NullPointerException();
        };
        assertThatThrownBy(() -> Importers.readWith(new Importers.Route(broken), Path.of("x.txt"), new byte[1],
                ReadOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessage("x.txt: could not be read because of an unexpected problem (its internal structure is "
                        + "damaged); please report this file")
                .hasMessageNotContaining("NullPointerException");
    }

    @Test
    void aReaderOverflowingTheStackGivesAOneLineRefusal() {
        DocumentReader recursive = new DocumentReader() {
            @Override
            public ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException {
                return read(file, bytes, options); // as a library does on input nested deeper than foreseen
            }
        };
        assertThatThrownBy(() -> Importers.readWith(new Importers.Route(recursive), Path.of("deep.docx"), new byte[1],
                ReadOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessage("deep.docx: could not be read: its structure is nested too deeply");
    }

    @Test
    void refusesReaderOutputThatBreaksTheTextContract() {
        DocumentReader sloppy = (file, bytes, options) ->
                new ImportedText("a\r\nb", "txt", "UTF-8", List.of(), List.of(), List.of());
        assertThatThrownBy(() -> Importers.readWith(new Importers.Route(sloppy), Path.of("x.txt"), new byte[1],
                ReadOptions.defaults())).hasMessageContaining("x.txt: could not be imported because of an internal "
                + "error in its reader (its text was not normalised)");
        DocumentReader outside = (file, bytes, options) -> new ImportedText("ab", "txt", "UTF-8",
                List.of(SpeakerTurn.untimed(0, 5, "A")), List.of(), List.of());
        assertThatThrownBy(() -> Importers.readWith(new Importers.Route(outside), Path.of("x.txt"), new byte[1],
                ReadOptions.defaults())).hasMessageContaining("a speaker turn lies outside the text");
    }

    @Test
    void listsTheSupportedExtensions() {
        assertThat(Importers.supportedExtensions())
                .containsExactly("txt", "text", "md", "markdown", "docx", "odt", "pdf", "vtt", "srt", "sbv");
    }

    @Test
    void findsExtensionsCaseInsensitively() {
        assertThat(Importers.extension(Path.of("A.TXT"))).isEqualTo("txt");
        assertThat(Importers.extension(Path.of(".hidden"))).isEmpty();
        assertThat(Importers.extension(Path.of("noext"))).isEmpty();
        assertThat(Importers.extension(Path.of("trailing."))).isEmpty();
    }
}
