package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SubtitleTextTest {
    private static final Path FILE = Path.of("dir", "talk.srt");

    private static SubtitleText decode(byte[] bytes) throws ImportException {
        return SubtitleText.decode(FILE, bytes, ReadOptions.defaults());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void utf8IsReadAndLineEndsNormalised() throws Exception {
        SubtitleText text = decode("a\r\nب\rc 😀\n".getBytes(StandardCharsets.UTF_8));

        assertThat(text.text()).isEqualTo("a\nب\nc 😀\n");
        assertThat(text.encoding()).isEqualTo("UTF-8");
        assertThat(text.warnings()).isEmpty();
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        SubtitleText text = decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "WEBVTT".getBytes(StandardCharsets.UTF_8)));

        assertThat(text.text()).isEqualTo("WEBVTT");
        assertThat(text.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void utf16WithByteOrderMarkIsRecognised() throws Exception {
        SubtitleText little = decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "مرحبا\r\n".getBytes(StandardCharsets.UTF_16LE)));
        SubtitleText big = decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "مرحبا\r\n".getBytes(StandardCharsets.UTF_16BE)));

        assertThat(little.text()).isEqualTo("مرحبا\n");
        assertThat(little.encoding()).isEqualTo("UTF-16LE");
        assertThat(big.text()).isEqualTo("مرحبا\n");
        assertThat(big.encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithWarning() throws Exception {
        SubtitleText text = decode(new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94});

        assertThat(text.text()).isEqualTo("café “q”");
        assertThat(text.encoding()).isEqualTo("windows-1252");
        assertThat(text.warnings()).containsExactly(
                "not UTF-8; read as windows-1252 (Western European). If the text looks wrong, re-import with --encoding.");
    }

    @Test
    void encodingChosenByTheUserWins() throws Exception {
        Charset arabic = Charset.forName("windows-1256");
        byte[] bytes = "نعم".getBytes(arabic);

        SubtitleText text = SubtitleText.decode(FILE, bytes, ReadOptions.defaults().withEncoding(arabic));

        assertThat(text.text()).isEqualTo("نعم");
        assertThat(text.encoding()).isEqualTo("windows-1256");
        assertThat(text.warnings()).isEmpty();
    }

    @Test
    void missingOptionsMeanDefaults() throws Exception {
        assertThat(SubtitleText.decode(FILE, "x".getBytes(StandardCharsets.UTF_8), null).text()).isEqualTo("x");
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertThatThrownBy(() -> decode(new byte[0])).isInstanceOf(ImportException.class).hasMessage("talk.srt: is empty");
        assertThatThrownBy(() -> decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n', ' '}))
                .isInstanceOf(ImportException.class).hasMessage("talk.srt: is empty");
    }

    @Test
    void filesOverTheLimitAreRefused() {
        ReadOptions small = new ReadOptions(null, 1024 * 1024);

        assertThatThrownBy(() -> SubtitleText.decode(FILE, new byte[3 * 1024 * 1024], small))
                .isInstanceOf(ImportException.class).hasMessage("talk.srt: is too large (3.0 MB; the limit is 1.0 MB)");
    }
}
