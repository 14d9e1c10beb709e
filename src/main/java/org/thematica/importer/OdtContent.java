package org.thematica.importer;

import java.io.ByteArrayInputStream;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Extracts the text of an OpenDocument content.xml with StAX (no DTDs, no external entities, so a
 * hostile file cannot make us read local files or the network).
 *
 * <p>What becomes text: paragraphs and headings (one per line, also inside lists and sections);
 * spans, links and fields are transparent; {@code text:s} gives {@code text:c} spaces,
 * {@code text:tab} a tab, {@code text:line-break} a newline; a table row is one line with cells
 * separated by tabs (paragraphs within a cell, and nested tables, joined by spaces). Runs of
 * white space in the XML collapse to one space and leading white space of a paragraph is dropped,
 * as the ODF specification says (§6.1.2).
 *
 * <p>What is left out: footnotes and endnotes ({@code text:note}, counted so the user can be
 * told), comments, deleted text of tracked changes, drawings and text boxes, ruby annotations,
 * list and heading numbers ({@code text:number}, as .docx numbering is left out too), and
 * everything outside the document body (styles, declarations).
 */
final class OdtContent {
    /** The text and how many notes were left out. */
    record Extracted(String text, int skippedNotes) {
    }

    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

    private static final Set<String> SKIPPED_TEXT = Set.of("note", "tracked-changes", "sequence-decls",
            "variable-decls", "user-field-decls", "dde-connection-decls", "alphabetical-index-auto-mark-file",
            "ruby-text", "number");
    private static final Set<String> SKIPPED_OFFICE = Set.of("annotation", "forms", "scripts");
    private static final int MAX_SPACES = 10_000;

    private final StringBuilder out = new StringBuilder();
    private final ExpansionBudget budget;
    private int skipDepth;
    private int paragraphDepth;
    private int tableDepth;
    private int cellsInRow;
    private int cellStart = -1;
    private boolean atParagraphStart;
    private boolean lastWasSpace;
    private int notes;

    private OdtContent(ExpansionBudget budget) {
        this.budget = budget;
    }

    /**
     * @throws ExpansionBudget.Exceeded when the text would pass the import limit: one
     *     {@code <text:s text:c="10000"/>} is 24 bytes of XML but 10,000 characters of text
     */
    static Extracted extract(byte[] contentXml, ReadOptions options) throws XMLStreamException,
            ExpansionBudget.Exceeded {
        XMLStreamReader reader = Xml.factory().createXMLStreamReader(new ByteArrayInputStream(contentXml));
        try {
            OdtContent content = new OdtContent(ExpansionBudget.text(options));
            content.walk(reader);
            return new Extracted(content.result(), content.notes);
        } catch (ExpansionBudget.Overrun e) {
            throw e.exceeded();
        } finally {
            reader.close();
        }
    }

    private void walk(XMLStreamReader reader) throws XMLStreamException {
        boolean inBody = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!inBody) {
                    inBody = OFFICE.equals(reader.getNamespaceURI()) && reader.getLocalName().equals("text");
                } else if (skipDepth > 0 || isSkipped(reader.getNamespaceURI(), reader.getLocalName())) {
                    skipDepth++;
                } else {
                    start(reader);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && inBody) {
                if (skipDepth > 0) {
                    skipDepth--;
                } else if (OFFICE.equals(reader.getNamespaceURI()) && reader.getLocalName().equals("text")) {
                    inBody = false;
                } else {
                    end(reader.getNamespaceURI(), reader.getLocalName());
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && inBody && skipDepth == 0 && paragraphDepth > 0) {
                characters(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
            }
        }
    }

    private boolean isSkipped(String ns, String name) {
        if (TEXT.equals(ns) && SKIPPED_TEXT.contains(name)) {
            if (name.equals("note")) {
                notes++;
            }
            return true;
        }
        return (OFFICE.equals(ns) && SKIPPED_OFFICE.contains(name)) || DRAW.equals(ns) || SVG.equals(ns);
    }

    private void start(XMLStreamReader reader) {
        String ns = reader.getNamespaceURI();
        String name = reader.getLocalName();
        if (TEXT.equals(ns)) {
            switch (name) {
                case "p", "h" -> startParagraph();
                case "s" -> append(" ".repeat(spaceCount(reader.getAttributeValue(TEXT, "c"))));
                case "tab" -> append("\t");
                case "line-break" -> append(tableDepth > 0 ? " " : "\n"); // a table row stays one line
                default -> {
                    // spans, links, lists, sections, fields: transparent
                }
            }
        } else if (TABLE.equals(ns) && tableDepth == 1) {
            switch (name) {
                case "table-row" -> cellsInRow = 0;
                case "table-cell", "covered-table-cell" -> {
                    if (cellsInRow++ > 0) {
                        out.append('\t');
                    }
                    cellStart = out.length();
                }
                default -> {
                    // header rows, row groups, columns: transparent
                }
            }
        }
        if (TABLE.equals(ns) && name.equals("table")) {
            tableDepth++;
        }
    }

    private void end(String ns, String name) {
        if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
            paragraphDepth--;
            if (tableDepth == 0 && paragraphDepth == 0) {
                out.append('\n');
            }
        } else if (TABLE.equals(ns)) {
            if (name.equals("table")) {
                tableDepth--;
            } else if (name.equals("table-row") && tableDepth == 1) {
                out.append('\n');
            } else if ((name.equals("table-cell") || name.equals("covered-table-cell")) && tableDepth == 1) {
                cellStart = -1;
            }
        }
    }

    private void startParagraph() {
        if (tableDepth > 0 && cellStart >= 0 && out.length() > cellStart) {
            out.append(' '); // the next paragraph of the same cell
        }
        paragraphDepth++;
        atParagraphStart = true;
        lastWasSpace = false;
    }

    private void characters(char[] chars, int from, int length) {
        budget.chargeUnchecked(length);
        for (int i = from; i < from + length; i++) {
            char c = chars[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (!lastWasSpace && !atParagraphStart) {
                    out.append(' ');
                    lastWasSpace = true;
                }
            } else {
                out.append(c);
                lastWasSpace = false;
                atParagraphStart = false;
            }
        }
    }

    private void append(String s) {
        if (paragraphDepth > 0) {
            budget.chargeUnchecked(s.length());
            out.append(s);
            atParagraphStart = false;
            lastWasSpace = false;
        }
    }

    private static int spaceCount(String attribute) {
        if (attribute == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(MAX_SPACES, Integer.parseInt(attribute.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private String result() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }
}
