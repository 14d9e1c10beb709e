package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.thematica.model.SpeakerTurn;

class PlainTextReaderTest {
    private static final Path FILE = Path.of("notes.txt");
    private final PlainTextReader reader = new PlainTextReader();

    private ImportedText read(byte[] bytes) throws ImportException {
        ImportedText result = reader.read(FILE, bytes, ReadOptions.defaults());
        assertThat(TextNormalizer.isNormalized(result.text())).isTrue();
        assertThat(result.format()).isEqualTo("txt");
        return result;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"udhr_arb.txt", "udhr_heb.txt", "udhr_pes_1.txt", "udhr_urd.txt", "udhr_ydd.txt",
        "udhr_tha.txt", "udhr_hin.txt", "udhr_cmn_hans.txt", "udhr_jpn.txt", "udhr_kor.txt", "udhr_rus.txt",
        "udhr_eng.txt"})
    void roundTripsUdhrTextsExactly(String name) throws Exception {
        byte[] bytes = ImporterFixtures.bytes("udhr/" + name);
        ImportedText result = read(bytes);
        assertThat(result.text()).isEqualTo(TextNormalizer.normalize(new String(bytes, StandardCharsets.UTF_8)));
        assertThat(result.encoding()).isEqualTo("UTF-8");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void readsQualCoderTranscriptWithTurns() throws Exception {
        ImportedText result = read(ImporterFixtures.bytes("qualcoder-examples/transcript.txt"));
        assertThat(result.text()).startsWith("[id1] hello, I like the course.").hasSize(874);
        assertThat(result.turns()).hasSize(7);
        assertThat(result.syncPoints()).isEmpty();
    }

    @Test
    void turnsCrlfIntoLf() throws Exception {
        ImportedText result = read(utf8("Interviewer: one\r\nRespondent: two\r\n\r\nInterviewer: three\r\n"));
        assertThat(result.text()).isEqualTo("Interviewer: one\nRespondent: two\n\nInterviewer: three\n");
        assertThat(result.turns()).containsExactly(SpeakerTurn.untimed(0, 16, "Interviewer"),
                SpeakerTurn.untimed(17, 32, "Respondent"), SpeakerTurn.untimed(34, 52, "Interviewer"));
    }

    @Test
    void turnsLoneCrIntoLf() throws Exception {
        assertThat(read(utf8("old\rmac\rfile\r")).text()).isEqualTo("old\nmac\nfile\n");
    }

    @Test
    void removesUtf8ByteOrderMark() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', '\r', '\n'};
        ImportedText result = read(bytes);
        assertThat(result.text()).isEqualTo("hi\n");
        assertThat(result.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void readsUtf16WithByteOrderMarks() throws Exception {
        String text = "Interviewer: مرحبا 😀\r\nR: Şeker\r\n";
        String expected = "Interviewer: مرحبا 😀\nR: Şeker\n";
        byte[] le = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        assertThat(read(le).text()).isEqualTo(expected);
        assertThat(read(le).encoding()).isEqualTo("UTF-16LE");
        assertThat(read(be).text()).isEqualTo(expected);
        assertThat(read(be).encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void keepsSurrogatePairsAndCountsOffsetsInUtf16Units() throws Exception {
        String text = "A: 😀😀 smile\nB: 👍🏽 ok\nA: again\nB: bye";
        ImportedText result = read(utf8(text));
        assertThat(result.text()).isEqualTo(text);
        assertThat(result.turns().get(1)).isEqualTo(SpeakerTurn.untimed(14, 24, "B"));
        assertThat(result.text().substring(14, 24)).isEqualTo("B: 👍🏽 ok");
    }

    @Test
    void keepsCombiningMarksUnnormalised() throws Exception {
        String decomposed = "Cafe\u0301 and Turkish i\u0307 and Thai \u0E01\u0E34\u0E48";
        assertThat(read(utf8(decomposed)).text()).isEqualTo(decomposed); // no NFC: offsets must stay
    }

    @Test
    void readsWindows1254TurkishAndWarns() throws Exception {
        ImportedText result = read(TextDecoderTest.TURKISH_WITH_DASH.getBytes("windows-1254"));
        assertThat(result.text()).isEqualTo(TextDecoderTest.TURKISH_WITH_DASH);
        assertThat(result.encoding()).isEqualTo("windows-1254");
        assertThat(result.warnings()).singleElement().asString().startsWith("not UTF-8; read as windows-1254");
    }

    @Test
    void readsArabicTranscript() throws Exception {
        String text = "المحاور: كيف بدأت الأزمة؟\nأحمد: بدأت ببطء.\nالمحاور: ثم؟\nأحمد: تغيّر كل شيء.";
        ImportedText result = read(utf8(text));
        assertThat(result.text()).isEqualTo(text);
        assertThat(result.turns()).extracting(SpeakerTurn::speaker)
                .containsExactly("المحاور", "أحمد", "المحاور", "أحمد");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(ImportException.class)
                .hasMessage("notes.txt: is empty");
    }

    @Test
    void refusesWhitespaceOnly() {
        assertThatThrownBy(() -> read(utf8(" \r\n\t\n  "))).hasMessage("notes.txt: contains no text");
    }

    @Test
    void refusesAByteOrderMarkAlone() {
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
                .hasMessage("notes.txt: contains no text");
    }

    @Test
    void refusesBinaryBytes() {
        byte[] bytes = new byte[2048];
        new java.util.Random(7).nextBytes(bytes);
        assertThatThrownBy(() -> read(bytes)).hasMessageContaining("notes.txt")
                .hasMessageContaining("looks like a binary file, not text");
    }

    @Test
    void usesTheEncodingTheUserChose() throws Exception {
        byte[] bytes = "Größe".getBytes("ISO-8859-1");
        ImportedText result = reader.read(FILE, bytes, ReadOptions.defaults().withEncoding(
                java.nio.charset.Charset.forName("ISO-8859-1")));
        assertThat(result.text()).isEqualTo("Größe");
        assertThat(result.encoding()).isEqualTo("ISO-8859-1");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void readsFiveMegabytesOfCrlfTranscript() throws Exception {
        StringBuilder b = new StringBuilder();
        int turns = 0;
        while (b.length() < 5_000_000) {
            b.append(turns % 2 == 0 ? "SPEAKER: " : "المحاور: ").append("words about the years after the war, ".repeat(4))
                    .append("\r\n");
            turns++;
        }
        ImportedText result = read(utf8(b.toString()));
        assertThat(result.text()).hasSize(b.length() - turns);
        assertThat(result.turns()).hasSize(turns);
    }
}
