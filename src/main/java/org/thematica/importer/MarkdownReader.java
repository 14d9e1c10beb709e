package org.thematica.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * Markdown (.md): decoded like plain text, then rendered to the text a reader sees (see
 * {@link MarkdownText}), so that coded passages do not contain markup; then normalised and
 * searched for speaker turns ("**Interviewer:** ..." becomes "Interviewer: ...").
 */
public final class MarkdownReader implements DocumentReader {
    @Override
    public ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        TextDecoder.Decoded decoded = PlainTextReader.decode(file, bytes, options);
        String source = TextNormalizer.normalize(decoded.text());
        PlainTextReader.requireText(file, source);
        String text = TextNormalizer.normalize(MarkdownText.render(source));
        if (text.isBlank()) {
            throw new ImportException(file, "contains only Markdown markup and no text");
        }
        return new ImportedText(text, "md", decoded.encoding(), SpeakerTurnDetector.detect(text), List.of(),
                decoded.warnings());
    }
}
