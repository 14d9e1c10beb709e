package org.thematica.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF via PDFBox: the text layer of each page (see {@link PdfText}), pages separated by a
 * newline. A PDF whose pages carry no text at all is a scan: we say so instead of importing an
 * empty document. The page tree is checked first, because its /Count and its kids are claims a
 * hostile file can make at will: 612 bytes claiming 2,147,483,647 pages, or one page listed
 * 20,000 times.
 */
public final class PdfReader implements DocumentReader {
    @Override
    public ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        String text;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            checkPageTree(file, document);
            text = joinPages(PdfText.pages(document, options));
        } catch (InvalidPasswordException e) {
            throw new ImportException(file, "is password-protected; save an unprotected copy and import that", e);
        } catch (ExpansionBudget.Exceeded e) {
            throw new ImportException(file, e.getMessage());
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

    /**
     * The pages are those the tree's kids lead to, each once; /Count must agree. A page listed
     * twice or a count that is not the number of pages is damage no PDF writer produces.
     */
    private static void checkPageTree(Path file, PDDocument document) throws ImportException {
        Map<COSDictionary, Integer> seen = new IdentityHashMap<>();
        int held = 0;
        for (PDPage page : document.getPages()) {
            held++;
            Integer earlier = seen.putIfAbsent(page.getCOSObject(), held);
            if (earlier != null) {
                throw new ImportException(file, "is a damaged PDF: its page tree lists page " + earlier
                        + " again as page " + held);
            }
        }
        if (held == 0) {
            throw new ImportException(file, "has no pages");
        }
        int claimed = document.getNumberOfPages();
        if (claimed != held) {
            throw new ImportException(file, "is a damaged PDF: its page tree claims " + claimed
                    + " pages but holds " + held);
        }
    }

    private static String joinPages(List<String> pages) {
        int last = pages.size();
        while (last > 0 && pages.get(last - 1).isBlank()) {
            last--;
        }
        return String.join("\n", pages.subList(0, last));
    }
}
