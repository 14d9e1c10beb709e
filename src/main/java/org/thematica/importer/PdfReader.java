package org.thematica.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF via PDFBox: the text layer of each page in reading order (sorted by position, so that
 * text drawn out of order still reads top to bottom), pages separated by a newline. A PDF whose
 * pages carry no text at all is a scan: we say so instead of importing an empty document.
 */
public final class PdfReader implements DocumentReader {
    @Override
    public ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        String text;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                throw new ImportException(file, "has no pages");
            }
            text = pagesText(document);
        } catch (InvalidPasswordException e) {
            throw new ImportException(file, "is password-protected; save an unprotected copy and import that", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox signals damage with IOExceptions and, in broken object streams, with
            // assorted runtime exceptions; both mean the same to the user.
            throw new ImportException(file, "is not a readable PDF: " + Reasons.brief(e), e);
        }
        text = TextNormalizer.normalize(text);
        if (text.isBlank()) {
            throw new ImportException(file, "has no text layer (a scanned image?); run OCR first");
        }
        return new ImportedText(text, "pdf", null, SpeakerTurnDetector.detect(text), List.of(), List.of());
    }

    private static String pagesText(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setParagraphEnd("");
        stripper.setPageStart("");
        stripper.setPageEnd("");
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripTrailingNewlines(stripper.getText(document)));
        }
        int last = pages.size();
        while (last > 0 && pages.get(last - 1).isBlank()) {
            last--;
        }
        return String.join("\n", pages.subList(0, last));
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }
}
