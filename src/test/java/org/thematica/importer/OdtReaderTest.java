package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.SpeakerTurn;

class OdtReaderTest {
    private static final Path FILE = Path.of("Interview 5.odt");
    static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

    static ImportedText read(byte[] bytes) throws ImportException {
        ImportedText result = new OdtReader().read(FILE, bytes, ReadOptions.defaults());
        assertThat(TextNormalizer.isNormalized(result.text())).isTrue();
        assertThat(result.format()).isEqualTo("odt");
        return result;
    }

    /** A zip laid out like an .odt: an uncompressed mimetype entry first, then the others. */
    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] odt(String body) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", MIMETYPE);
        entries.put("content.xml", content(body));
        return zip(entries);
    }

    static String content(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">"
                + "<office:automatic-styles><text:p>NOT BODY</text:p></office:automatic-styles>"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    }

    @Test
    void readsQualCoderExampleOdt() throws Exception {
        ImportedText result = read(ImporterFixtures.bytes("qualcoder-examples/ID2.odt"));
        assertThat(result.text()).isEqualTo("I have not studied much before, but my father Joe Bloggs really "
                + "encouraged me to study again. I know that I must get help as I have struggled understanding the "
                + "lecture slides so far and searching the web did not help. \n"
                + "I really want someone to sit down with me and explain the course material.\n"
                + "The course cost €200.00 and I do not want to waste my money.");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.encoding()).isNull();
    }

    @Test
    void readsHeadingsSpansSpacesTabsAndLineBreaks() throws Exception {
        ImportedText result = read(odt("<text:h text:outline-level=\"1\"><text:number>1.</text:number>Interview <text:span>five</text:span></text:h>"
                + "<text:p>  Leading   spaces\n collapse,<text:s text:c=\"3\"/>kept<text:s/>here"
                + "<text:tab/>tab<text:line-break/>next line</text:p>"
                + "<text:p/>"
                + "<text:p>after<text:soft-page-break/> the page break</text:p>"));
        assertThat(result.text()).isEqualTo("Interview five\n"
                + "Leading spaces collapse,   kept here\ttab\nnext line\n"
                + "\n"
                + "after the page break");
    }

    @Test
    void readsListsAndTablesInOrder() throws Exception {
        ImportedText result = read(odt("<text:list><text:list-item><text:p>first item</text:p></text:list-item>"
                + "<text:list-item><text:p>second item</text:p><text:list><text:list-item><text:p>nested</text:p>"
                + "</text:list-item></text:list></text:list-item></text:list>"
                + "<table:table><table:table-column table:number-columns-repeated=\"2\"/>"
                + "<table:table-header-rows><table:table-row><table:table-cell><text:p>Year</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Event</text:p></table:table-cell></table:table-row></table:table-header-rows>"
                + "<table:table-row><table:table-cell><text:p>2014</text:p></table:table-cell>"
                + "<table:table-cell><text:p>ISIS</text:p><text:p>rise</text:p></table:table-cell></table:table-row>"
                + "<table:table-row><table:table-cell table:number-columns-spanned=\"2\"><text:p>merged</text:p>"
                + "</table:table-cell><table:covered-table-cell/></table:table-row>"
                + "</table:table>"
                + "<text:p>after the table</text:p>"));
        assertThat(result.text()).isEqualTo("first item\nsecond item\nnested\n"
                + "Year\tEvent\n2014\tISIS rise\nmerged\t\n"
                + "after the table");
    }

    @Test
    void leavesOutNotesCommentsDeletionsAndDrawingsAndSaysSoForNotes() throws Exception {
        ImportedText result = read(odt("<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
                + "<text:p>DELETED</text:p></text:deletion></text:changed-region></text:tracked-changes>"
                + "<text:p>Interviewer: Welcome<text:note text:note-class=\"footnote\"><text:note-citation>1"
                + "</text:note-citation><text:note-body><text:p>NOTE</text:p></text:note-body></text:note>.</text:p>"
                + "<text:p>Respondent: Thanks<office:annotation><dc:creator>x</dc:creator><text:p>COMMENT</text:p>"
                + "</office:annotation><text:change text:change-id=\"c1\"/>!"
                + "<draw:frame><draw:text-box><text:p>BOX</text:p></draw:text-box></draw:frame></text:p>"));
        assertThat(result.text()).isEqualTo("Interviewer: Welcome.\nRespondent: Thanks!");
        assertThat(result.warnings()).containsExactly("has 1 footnote (or endnotes); their text was left out.");
        assertThat(result.turns()).containsExactly(SpeakerTurn.untimed(0, 21, "Interviewer"),
                SpeakerTurn.untimed(22, 41, "Respondent"));
    }

    @Test
    void readsArabicParagraphs() throws Exception {
        assertThat(read(odt("<text:p>المحاور: كيف بدأت؟</text:p><text:p>أحمد: ببطء.</text:p>")).text())
                .isEqualTo("المحاور: كيف بدأت؟\nأحمد: ببطء.");
    }

    @Test
    void refusesZipWithoutContentXml() throws Exception {
        byte[] bytes = zip(Map.of("mimetype", MIMETYPE));
        assertThatThrownBy(() -> read(bytes)).hasMessage("Interview 5.odt: is not a valid .odt (it has no content.xml)");
    }

    @Test
    void refusesPasswordProtectedOdt() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", MIMETYPE);
        entries.put("content.xml", "\u0001\u0002 encrypted bytes");
        entries.put("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:"
                + "xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\">"
                + "<manifest:encryption-data manifest:checksum=\"x\"/></manifest:file-entry></manifest:manifest>");
        byte[] bytes = zip(entries);
        assertThatThrownBy(() -> read(bytes)).hasMessageStartingWith("Interview 5.odt: is password-protected");
    }

    @Test
    void refusesTruncatedOdt() throws Exception {
        byte[] whole = ImporterFixtures.bytes("qualcoder-examples/ID2.odt");
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> read(truncated)).hasMessage("Interview 5.odt: is not a valid .odt (damaged zip)");
    }

    @Test
    void refusesMalformedContentXml() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", MIMETYPE);
        entries.put("content.xml", "<office:document-content><office:body>");
        byte[] bytes = zip(entries);
        assertThatThrownBy(() -> read(bytes)).hasMessageStartingWith(
                "Interview 5.odt: is not a valid .odt (its content.xml is damaged: ");
    }

    @Test
    void neverResolvesExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        String body = content("<text:p>before &xxe; after</text:p>")
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY xxe "
                        + "SYSTEM \"" + secret.toUri() + "\">]>\n");
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", MIMETYPE);
        entries.put("content.xml", body);
        byte[] bytes = zip(entries);
        String outcome;
        try {
            outcome = read(bytes).text();
        } catch (ImportException e) {
            outcome = e.getMessage();
        }
        assertThat(outcome).doesNotContain("TOP SECRET");
    }
}
