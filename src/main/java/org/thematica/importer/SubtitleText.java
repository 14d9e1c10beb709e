package org.thematica.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The decoded and normalised text of one subtitle file, and how it was decoded.
 *
 * <p>Subtitle files are nearly always UTF-8, sometimes with a BOM; UTF-16 appears from some
 * Windows tools (always with a BOM); old SRT files from the DVD-ripping era are windows-1252.
 * A small decoder is enough for that, so the subtitle readers do not wait for the general text
 * decoder.
 *
 * @param text     normalised by {@link TextNormalizer}: no BOM, LF line ends
 * @param encoding the name of the charset used
 * @param warnings what the user should know about the decoding (at most one sentence today)
 */
record SubtitleText(String text, String encoding, List<String> warnings) {
    static final String NOT_UTF8 = "not UTF-8; read as windows-1252";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    SubtitleText {
        warnings = List.copyOf(warnings);
    }

    /** Decodes {@code bytes}; refuses files that are too large or hold nothing but white space. */
    static SubtitleText decode(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        ReadOptions chosen = options == null ? ReadOptions.defaults() : options;
        if (bytes.length > chosen.maxBytes()) {
            throw new ImportException(file, "is too large (" + megabytes(bytes.length)
                    + "; the limit is " + megabytes(chosen.maxBytes()) + ")");
        }
        SubtitleText decoded = chosen.encoding() != null
                ? plain(new String(bytes, chosen.encoding()), chosen.encoding())
                : detect(bytes);
        if (decoded.text().isBlank()) {
            throw new ImportException(file, "is empty");
        }
        return decoded;
    }

    private static SubtitleText detect(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return plain(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return plain(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                    .toString();
            return plain(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            // windows-1252 maps almost every byte to a character, so the text stays readable and
            // the user is told to re-import with the right encoding if accents look wrong.
            String text = new String(bytes, from, bytes.length - from, WINDOWS_1252);
            return new SubtitleText(TextNormalizer.normalize(text), WINDOWS_1252.name(), List.of(NOT_UTF8));
        }
    }

    private static SubtitleText plain(String raw, Charset charset) {
        return new SubtitleText(TextNormalizer.normalize(raw), charset.name(), List.of());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
