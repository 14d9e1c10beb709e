package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final Path FILE = Path.of("interview.txt");
    static final String TURKISH = "Şeker ılık ığdır ÇÖÜ İstanbul. Görüşmeci: Savaştan sonra şehirde neler "
            + "değişti? Katılımcı: Çok şey değişti; insanlar artık birbirine güvenmiyor, ağır bir yük taşıyoruz.";
    static final String TURKISH_WITH_DASH = TURKISH + " Öğretmen – evet – ışık.";
    static final String ENGLISH_1252 = "café naïve – “quotes”";

    /** The first UDHR paragraphs in Arabic that windows-1256 can encode (about 600 characters). */
    static String arabicSample(Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder out = new StringBuilder();
        for (String line : ImporterFixtures.utf8("udhr/udhr_arb.txt").lines().collect(Collectors.toList())) {
            if (encoder.canEncode(line)) {
                out.append(line).append('\n');
            }
            if (out.length() > 600) {
                break;
            }
        }
        return out.toString();
    }

    private static TextDecoder.Decoded detect(byte[] bytes) throws ImportException {
        return TextDecoder.decode(FILE, bytes, null);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    @Test
    void decodesWindows1254Turkish() throws Exception {
        TextDecoder.Decoded decoded = detect(TURKISH_WITH_DASH.getBytes("windows-1254"));
        assertThat(decoded.text()).isEqualTo(TURKISH_WITH_DASH);
        assertThat(decoded.encoding()).isEqualTo("windows-1254");
        assertThat(decoded.warnings()).containsExactly(
                "not UTF-8; read as windows-1254 (Turkish). If the text looks wrong, re-import with --encoding.");
    }

    @Test
    void decodesShortTurkishAsTurkishNotIcelandic() throws Exception {
        String text = "Şeker ılık ığdır ÇÖÜ İstanbul";
        TextDecoder.Decoded decoded = detect(text.getBytes("windows-1254"));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("ISO-8859-9");
    }

    @Test
    void callsTurkishWithoutWindowsPunctuationIso88599() throws Exception {
        TextDecoder.Decoded decoded = detect(TURKISH.getBytes("ISO-8859-9"));
        assertThat(decoded.text()).isEqualTo(TURKISH);
        assertThat(decoded.encoding()).isEqualTo("ISO-8859-9");
    }

    @Test
    void decodesWindows1256Arabic() throws Exception {
        Charset cp1256 = Charset.forName("windows-1256");
        String arabic = arabicSample(cp1256);
        assertThat(arabic).hasSizeGreaterThan(600).contains("الإعلان العالمي لحقوق الإنسان");
        TextDecoder.Decoded decoded = detect(arabic.getBytes(cp1256));
        assertThat(decoded.text()).isEqualTo(arabic);
        assertThat(decoded.encoding()).isEqualTo("windows-1256");
        assertThat(decoded.warnings()).singleElement().asString().contains("windows-1256 (Arabic)");
    }

    @Test
    void decodesWindows1251Russian() throws Exception {
        String russian = ImporterFixtures.utf8("udhr/udhr_rus.txt").substring(0, 400);
        TextDecoder.Decoded decoded = detect(russian.getBytes("windows-1251"));
        assertThat(decoded.text()).isEqualTo(russian);
        assertThat(decoded.encoding()).isEqualTo("windows-1251");
    }

    @Test
    void decodesWindows1252English() throws Exception {
        TextDecoder.Decoded decoded = detect(ENGLISH_1252.getBytes("windows-1252"));
        assertThat(decoded.text()).isEqualTo(ENGLISH_1252);
        assertThat(decoded.encoding()).isEqualTo("windows-1252");
        assertThat(decoded.warnings()).singleElement().asString().contains("windows-1252 (Western European)");
    }

    @Test
    void callsGermanWesternEvenIfIcuSuggestsOtherwise() throws Exception {
        String german = "Größe, Übung und schöne Straßen – „Zitat“ im Interview.";
        TextDecoder.Decoded decoded = detect(german.getBytes("windows-1252"));
        assertThat(decoded.text()).isEqualTo(german);
        assertThat(decoded.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void callsShortFrenchWesternThoughIcuLeansCentralEuropean() throws Exception {
        for (String french : new String[] {"Café crème",
                "Le café est très bon, la crème brûlée aussi. Où est la gare? Noël à la française."}) {
            TextDecoder.Decoded decoded = detect(french.getBytes("windows-1252"));
            assertThat(decoded.text()).isEqualTo(french);
            // no byte in 0x80-0x9F, so ISO-8859-1 and windows-1252 read it alike; either name is right
            assertThat(decoded.encoding()).isIn("ISO-8859-1", "windows-1252");
        }
    }

    @Test
    void decodesUtf8WithoutWarning() throws Exception {
        String text = TURKISH + "\n" + arabicSample(StandardCharsets.UTF_8) + "😀 e\u0301";
        TextDecoder.Decoded decoded = detect(text.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void consumesUtf8ByteOrderMark() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TURKISH.getBytes(StandardCharsets.UTF_8));
        TextDecoder.Decoded decoded = detect(bytes);
        assertThat(decoded.text()).isEqualTo(TURKISH);
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void decodesUtf16LittleEndianWithBom() throws Exception {
        String text = TURKISH + "\n" + arabicSample(StandardCharsets.UTF_8);
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        TextDecoder.Decoded decoded = detect(bytes);
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("UTF-16LE");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void decodesUtf16BigEndianWithBom() throws Exception {
        String text = "Interviewer: 😀 " + arabicSample(StandardCharsets.UTF_8);
        TextDecoder.Decoded decoded = detect(text.getBytes(StandardCharsets.UTF_16)); // Java writes FE FF
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void decodesUtf32WithBom() throws Exception {
        String text = "Şeker 😀 شكرا";
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, text.getBytes("UTF-32LE"));
        TextDecoder.Decoded decoded = detect(bytes);
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("UTF-32LE");
    }

    @Test
    void recognisesUtf16WithoutBomByItsZeroBytes() throws Exception {
        String text = "Interviewer: How did it start?\nRespondent: " + arabicSample(StandardCharsets.UTF_8);
        TextDecoder.Decoded le = detect(text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(le.text()).isEqualTo(text);
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
        assertThat(le.warnings()).singleElement().asString().contains("no byte-order mark", "UTF-16LE");
        TextDecoder.Decoded be = detect(text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(be.text()).isEqualTo(text);
        assertThat(be.encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void keepsBomMarkedUtf8WithBrokenBytesAndSaysSo() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xFF, 'c'};
        TextDecoder.Decoded decoded = detect(bytes);
        assertThat(decoded.text()).isEqualTo("ab\uFFFDc");
        assertThat(decoded.warnings()).singleElement().asString()
                .contains("UTF-8 byte-order mark but has invalid bytes", "position 5");
    }

    @Test
    void refusesNulBytesInSingleByteText() {
        byte[] bytes = "plain words\0 and more words".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> detect(bytes)).isInstanceOf(ImportException.class)
                .hasMessage("interview.txt: looks like a binary file, not text");
    }

    @Test
    void refusesRandomBytes() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        assertThatThrownBy(() -> detect(bytes)).hasMessageContaining("interview.txt")
                .hasMessageContaining("looks like a binary file, not text");
    }

    @Test
    void refusesControlCharactersWithoutZeroBytes() {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a' + i % 26);
        }
        assertThatThrownBy(() -> detect(bytes)).hasMessageContaining("looks like a binary file, not text");
    }

    @Test
    void acceptsTextWithAFewFormFeedsAndTabs() throws Exception {
        String text = "Page one\tcolumn\f\nPage two\u000b\n";
        assertThat(detect(text.getBytes(StandardCharsets.US_ASCII)).text()).isEqualTo(text);
    }

    @Test
    void usesChosenEncodingWithoutGuessing() throws Exception {
        byte[] bytes = TURKISH.getBytes("windows-1254");
        TextDecoder.Decoded decoded = TextDecoder.decode(FILE, bytes, Charset.forName("windows-1254"));
        assertThat(decoded.text()).isEqualTo(TURKISH);
        assertThat(decoded.encoding()).isEqualTo("windows-1254");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void honoursChosenEncodingEvenWhenDetectionWouldDiffer() throws Exception {
        byte[] bytes = "Merhaba dünya".getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded decoded = TextDecoder.decode(FILE, bytes, Charset.forName("windows-1252"));
        assertThat(decoded.text()).isEqualTo("Merhaba dÃ¼nya");
        assertThat(decoded.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void refusesBytesThatAreInvalidInTheChosenEncoding() {
        byte[] bytes = {'o', 'k', (byte) 0xFF, 'x'};
        assertThatThrownBy(() -> TextDecoder.decode(FILE, bytes, StandardCharsets.UTF_8))
                .hasMessage("interview.txt: is not valid UTF-8 text (the byte 0xFF at position 2 has no meaning "
                        + "in that encoding); choose another encoding or let Thematica detect it");
    }

    @Test
    void dropsTheBomOfAChosenUnicodeEncoding() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "hi".getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(FILE, bytes, StandardCharsets.UTF_8).text()).isEqualTo("hi");
    }
}
