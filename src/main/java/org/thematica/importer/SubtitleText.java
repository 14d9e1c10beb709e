package org.thematica.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * The decoded and normalised text of one subtitle file, and how it was decoded. Decoding is
 * {@link TextDecoder}'s, the same as for plain text: byte-order marks, UTF-8, UTF-16, and the
 * legacy code pages (windows-1252, -1254 Turkish, -1256 Arabic) that old SRT files use.
 *
 * @param text     normalised by {@link TextNormalizer}: no BOM, LF line ends
 * @param encoding the name of the charset used
 * @param warnings what the user should know about the decoding
 */
record SubtitleText(String text, String encoding, List<String> warnings) {
    SubtitleText {
        warnings = List.copyOf(warnings);
    }

    /** Decodes {@code bytes}; refuses files that are too large, binary, or hold nothing but white space. */
    static SubtitleText decode(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        ReadOptions chosen = options == null ? ReadOptions.defaults() : options;
        if (bytes.length > chosen.maxBytes()) {
            throw new ImportException(file, "is too large (" + megabytes(bytes.length)
                    + "; the limit is " + megabytes(chosen.maxBytes()) + ")");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(file, bytes, chosen.encoding());
        if (decoded.text().isBlank()) {
            throw new ImportException(file, "is empty");
        }
        return new SubtitleText(TextNormalizer.normalize(decoded.text()), decoded.encoding(), decoded.warnings());
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
