package org.thematica.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of a text file into a string, choosing the encoding the way a careful person
 * would: a byte-order mark wins; otherwise text that is valid UTF-8 is UTF-8 (a legacy file is
 * almost never valid UTF-8 by accident); a clear pattern of zero bytes means UTF-16 without a
 * mark; anything else is a legacy single-byte encoding guessed by {@link LegacyEncodingGuesser}
 * and the user is told which one was assumed. Files that look binary are refused rather than
 * imported as gibberish that would then be coded and exported.
 *
 * <p>The returned text is not yet normalised (see {@link TextNormalizer}); a BOM is dropped here
 * only when it was consumed as a byte-order mark.
 */
public final class TextDecoder {
    /** The decoded text, the Java name of the encoding used, and sentences for the user. */
    public record Decoded(String text, String encoding, List<String> warnings) {
        public Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    private static final String BINARY = "looks like a binary file, not text";
    private static final String RETRY = " If the text looks wrong, re-import with --encoding.";
    /** How much of the file the UTF-16 zero-byte pattern is judged on. */
    private static final int UTF16_SAMPLE = 64 * 1024;

    private TextDecoder() {
    }

    /**
     * @param chosen an encoding the user chose, or null to detect it
     * @throws ImportException if the bytes are not text, or not valid in the chosen encoding
     */
    public static Decoded decode(Path file, byte[] bytes, Charset chosen) throws ImportException {
        Decoded decoded = chosen != null ? decodeAs(file, bytes, chosen) : detect(file, bytes);
        if (looksBinary(decoded.text())) {
            throw new ImportException(file, BINARY);
        }
        return decoded;
    }

    private static Decoded decodeAs(Path file, byte[] bytes, Charset charset) throws ImportException {
        int bomLength = bomLength(bytes, charset);
        StrictResult result = strict(bytes, bomLength, charset);
        if (result.text() == null) {
            throw new ImportException(file, String.format(Locale.ROOT,
                    "is not valid %s text (the byte 0x%02X at position %d has no meaning in that encoding); "
                            + "choose another encoding or let Thematica detect it",
                    charset.name(), bytes[result.errorAt()] & 0xFF, result.errorAt()));
        }
        return new Decoded(result.text(), charset.name(), List.of());
    }

    private static Decoded detect(Path file, byte[] bytes) throws ImportException {
        Decoded withBom = decodeByBom(bytes);
        if (withBom != null) {
            return withBom;
        }
        if (indexOfZero(bytes) >= 0) {
            Charset utf16 = utf16ByZeroPattern(bytes);
            String text = utf16 == null ? null : strict(bytes, 0, utf16).text();
            if (text == null) {
                throw new ImportException(file, BINARY);
            }
            return new Decoded(text, utf16.name(), List.of(
                    "has no byte-order mark; read as " + utf16.name() + "." + RETRY));
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8).text();
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8.name(), List.of());
        }
        return decodeLegacy(bytes);
    }

    private static Decoded decodeLegacy(byte[] bytes) {
        for (LegacyEncodingGuesser.Guess guess : LegacyEncodingGuesser.guesses(bytes)) {
            String text = strict(bytes, 0, guess.charset()).text();
            if (text != null) {
                List<String> warnings = new ArrayList<>();
                warnings.add("not UTF-8; read as " + guess.charset().name() + " (" + guess.description() + ")."
                        + RETRY);
                return new Decoded(text, guess.charset().name(), warnings);
            }
        }
        // ISO-8859-1 maps every byte, so this cannot fail; odd bytes show up as control
        // characters, which the binary check then judges.
        return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1.name(),
                List.of("not UTF-8 and no legacy encoding fits; read as ISO-8859-1." + RETRY));
    }

    /** Decodes by byte-order mark, or returns null when there is none. */
    private static Decoded decodeByBom(byte[] b) {
        Charset charset = bomCharset(b);
        if (charset == null) {
            return null;
        }
        int skip = bomLength(b, charset);
        StrictResult result = strict(b, skip, charset);
        if (result.text() != null) {
            return new Decoded(result.text(), charset.name(), List.of());
        }
        // The mark is a strong promise; a few broken sequences (a truncated copy, a bad paste)
        // should not send the file to legacy guessing, but the user must know.
        String lenient = new String(b, skip, b.length - skip, charset);
        return new Decoded(lenient, charset.name(), List.of(String.format(Locale.ROOT,
                "starts with a %s byte-order mark but has invalid bytes (the first at position %d); "
                        + "they are shown as \uFFFD.", charset.name(), result.errorAt())));
    }

    private static Charset bomCharset(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Charset.forName("UTF-32BE");
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            // Also the start of a UTF-16LE file whose first character is NUL; binary either way.
            return Charset.forName("UTF-32LE");
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The length of the byte-order mark of {@code charset} at the start of {@code b}, or 0. */
    private static int bomLength(byte[] b, Charset charset) {
        String name = charset.name();
        if (name.equals("UTF-8") && startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((name.equals("UTF-16LE") && startsWith(b, 0xFF, 0xFE))
                || (name.equals("UTF-16BE") && startsWith(b, 0xFE, 0xFF))) {
            return 2;
        }
        if ((name.equals("UTF-32LE") && startsWith(b, 0xFF, 0xFE, 0x00, 0x00))
                || (name.equals("UTF-32BE") && startsWith(b, 0x00, 0x00, 0xFE, 0xFF))) {
            return 4;
        }
        return 0; // "UTF-16" and "UTF-32" consume their own mark
    }

    /**
     * UTF-16 without a byte-order mark: in text that is mostly ASCII (spaces, digits, Latin
     * letters; also the spaces and punctuation of Arabic or Cyrillic text) one byte of every pair
     * is zero. We require that at least a tenth of the odd (or even) bytes are zero and almost
     * none of the others; binary files have zeros everywhere.
     */
    private static Charset utf16ByZeroPattern(byte[] b) {
        if (b.length % 2 != 0) {
            return null;
        }
        int n = Math.min(b.length, UTF16_SAMPLE);
        int pairs = n / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        if (oddZeros * 10 >= pairs && evenZeros * 100 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs && oddZeros * 100 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Binary data decoded as text is full of control characters; real text has hardly any
     * besides tab, line breaks and the occasional form feed. A NUL never occurs in text.
     */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1A)
                    || (c >= 0x7F && c <= 0x9F)) {
                controls++;
            }
        }
        return controls > 0 && controls * 50L > text.length(); // more than 2 %
    }

    /** The decoded text, or null and the position of the first bad byte. */
    private record StrictResult(String text, int errorAt) {
    }

    private static StrictResult strict(byte[] b, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((b.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError() || result.isOverflow()) {
            return new StrictResult(null, Math.min(in.position(), b.length - 1));
        }
        out.flip();
        return new StrictResult(out.toString(), -1);
    }

    private static int indexOfZero(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
