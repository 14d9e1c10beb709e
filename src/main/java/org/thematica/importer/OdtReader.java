package org.thematica.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * OpenDocument text (.odt, as written by LibreOffice and Google Docs): content.xml read by
 * {@link OdtContent}. Footnotes and endnotes are left out, like in {@link DocxReader}, and the
 * user is told how many.
 */
public final class OdtReader implements DocumentReader {
    private static final String CONTENT = "content.xml";
    private static final String MANIFEST = "META-INF/manifest.xml";

    @Override
    public ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        if (!ZipContents.isZip(bytes)) {
            throw new ImportException(file, "is not a valid .odt (it is not a zip archive)");
        }
        ZipContents zip;
        try {
            zip = ZipContents.read(bytes, Set.of(CONTENT, MANIFEST), options);
        } catch (ZipContents.DamagedZipException e) {
            throw new ImportException(file, "is not a valid .odt (" + e.getMessage() + ")");
        } catch (ExpansionBudget.Exceeded e) {
            throw new ImportException(file, e.getMessage());
        }
        if (!zip.has(CONTENT)) {
            throw new ImportException(file, "is not a valid .odt (it has no content.xml)");
        }
        byte[] manifest = zip.get(MANIFEST);
        if (manifest != null && new String(manifest, StandardCharsets.UTF_8).contains("encryption-data")) {
            throw new ImportException(file, "is password-protected; save an unprotected copy in LibreOffice "
                    + "and import that");
        }
        OdtContent.Extracted extracted;
        try {
            extracted = OdtContent.extract(zip.get(CONTENT), options);
        } catch (ExpansionBudget.Exceeded e) {
            throw new ImportException(file, e.getMessage());
        } catch (XMLStreamException | RuntimeException e) {
            throw new ImportException(file, "is not a valid .odt (its content.xml is damaged: "
                    + Reasons.brief(e) + ")", e);
        }
        String text = TextNormalizer.normalize(extracted.text());
        if (text.isBlank()) {
            throw new ImportException(file, "contains no text");
        }
        List<String> warnings = new ArrayList<>();
        if (extracted.skippedNotes() > 0) {
            warnings.add("has " + extracted.skippedNotes() + (extracted.skippedNotes() == 1 ? " footnote" : " footnotes")
                    + " (or endnotes); their text was left out.");
        }
        return new ImportedText(text, "odt", null, SpeakerTurnDetector.detect(text), List.of(), warnings);
    }
}
