package org.thematica.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Word .docx via POI XWPF: the body's paragraphs and tables in document order, one paragraph per
 * line; a table row is one line with its cells separated by tabs (paragraphs inside a cell are
 * joined by a space, so the row stays one line). Line breaks inside a paragraph become newlines.
 * Headers, footers, footnotes, comments, text boxes and deleted tracked changes are left out:
 * they are not part of what an interviewee said.
 */
public final class DocxReader implements DocumentReader {
    @Override
    public ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        if (OfficeBinaryFiles.isOle2(bytes)) {
            throw OfficeBinaryFiles.refusal(file, bytes);
        }
        if (!ZipContents.isZip(bytes)) {
            throw new ImportException(file, "is not a valid .docx (it is not a zip archive)");
        }
        try {
            // Inflates every part once, within the import limit and with XML depth measured,
            // before POI inflates them all into memory and builds its objects by recursion.
            ZipContents zip = ZipContents.read(bytes, Set.of(), options);
            if (!zip.has("[Content_Types].xml")) {
                throw new ImportException(file, "is not a valid .docx (it is a zip archive without Word content)");
            }
        } catch (ZipContents.DamagedZipException e) {
            throw new ImportException(file, "is not a valid .docx (" + e.getMessage() + ")");
        } catch (ExpansionBudget.Exceeded e) {
            throw new ImportException(file, e.getMessage());
        }
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            text = bodyText(document);
        } catch (IOException | RuntimeException e) {
            // POI reports problems as assorted runtime exceptions (POIXMLException,
            // NotOfficeXmlFileException, XmlException wrappers); the user needs one sentence.
            throw new ImportException(file, "is not a valid .docx (" + Reasons.brief(e) + ")", e);
        }
        text = TextNormalizer.normalize(text);
        if (text.isBlank()) {
            throw new ImportException(file, "contains no text");
        }
        return new ImportedText(text, "docx", null, SpeakerTurnDetector.detect(text), List.of(), List.of());
    }

    private static String bodyText(XWPFDocument document) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.add(paragraphText(paragraph));
            } else if (element instanceof XWPFTable table) {
                addRows(table, lines);
            } else if (element instanceof XWPFSDT sdt) {
                lines.add(sdt.getContent().getText());
            }
        }
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--; // Word documents usually end with an empty paragraph
        }
        return String.join("\n", lines.subList(0, end));
    }

    private static void addRows(XWPFTable table, List<String> lines) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cellText(cell));
            }
            lines.add(String.join("\t", cells));
        }
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(paragraphText(paragraph));
            } else if (element instanceof XWPFTable nested) {
                List<String> rows = new ArrayList<>();
                addRows(nested, rows);
                parts.add(String.join(" ", rows).replace('\t', ' '));
            }
        }
        return String.join(" ", parts).strip();
    }

    /**
     * The runs' own text. Not {@link XWPFParagraph#getText()} or {@link XWPFRun#text()}: they
     * add "[footnoteRef:1]" markers, which are not words anyone wrote.
     */
    private static String paragraphText(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (IRunElement run : paragraph.getIRuns()) {
            if (run instanceof XWPFRun r) {
                appendRunText(r.getCTR(), out);
            } else if (run instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            }
        }
        return out.toString();
    }

    /**
     * Text, tabs and breaks of one run (w:r) in order. Everything else in a run is skipped on
     * purpose: deleted text of tracked changes (w:delText), field codes (w:instrText), note
     * references, drawings, and soft hyphens (invisible unless a line breaks there).
     */
    private static void appendRunText(XmlObject run, StringBuilder out) {
        try (XmlCursor cursor = run.newCursor()) {
            if (!cursor.toFirstChild()) {
                return;
            }
            do {
                switch (cursor.getName().getLocalPart()) {
                    case "t" -> out.append(cursor.getTextValue());
                    case "tab", "ptab" -> out.append('\t');
                    case "br", "cr" -> out.append('\n');
                    case "noBreakHyphen" -> out.append('\u2011');
                    default -> {
                        // see above
                    }
                }
            } while (cursor.toNextSibling());
        }
    }
}
