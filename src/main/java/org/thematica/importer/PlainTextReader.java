package org.thematica.importer;

import java.nio.file.Path;
import java.util.List;

/** Plain text (.txt): decoded by {@link TextDecoder}, normalised, speaker turns detected. */
public final class PlainTextReader implements DocumentReader {
    @Override
    public ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        TextDecoder.Decoded decoded = decode(file, bytes, options);
        String text = TextNormalizer.normalize(decoded.text());
        requireText(file, text);
        return new ImportedText(text, "txt", decoded.encoding(), SpeakerTurnDetector.detect(text), List.of(),
                decoded.warnings());
    }

    /** Shared by the text-based readers: refuses an empty file before decoding it. */
    static TextDecoder.Decoded decode(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(file, "is empty");
        }
        return TextDecoder.decode(file, bytes, options.encoding());
    }

    /** A file holding only a byte-order mark, spaces or blank lines has nothing to code. */
    static void requireText(Path file, String text) throws ImportException {
        if (text.isBlank()) {
            throw new ImportException(file, "contains no text");
        }
    }
}
