package org.thematica.importer;

import java.util.List;
import org.thematica.model.SpeakerTurn;
import org.thematica.model.SyncPoint;

/**
 * What a reader made of one file: the normalised text (see {@link TextNormalizer}), how it was
 * read, the speaker turns and media sync points it found (offsets in UTF-16 units of
 * {@code text}), and warnings for the user (each a sentence; the file name is added by the caller).
 *
 * @param format   short format key: txt, md, docx, odt, pdf, vtt, srt, sbv
 * @param encoding the character encoding used for text formats, or null for container formats
 */
public record ImportedText(String text, String format, String encoding, List<SpeakerTurn> turns,
                           List<SyncPoint> syncPoints, List<String> warnings) {
    public ImportedText {
        turns = List.copyOf(turns);
        syncPoints = List.copyOf(syncPoints);
        warnings = List.copyOf(warnings);
    }
}
