package org.thematica.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.thematica.analysis.TextDirection;
import org.thematica.export.ThesisTables.Table;

/**
 * Writes a {@link Table} as Markdown (a pipe table), CSV (RFC 4180, UTF-8, CRLF) or Word (a
 * real table with a repeated header row). Right-to-left paragraphs (Arabic quotes) stay right
 * to left: wrapped in Unicode isolates in Markdown, marked bidi in Word; CSV keeps the plain
 * text. The same table gives the same bytes every time, Word files included: the package's
 * dates and every zip entry's time are fixed. Files are written beside their destination and
 * moved into place when complete.
 */
public final class TableWriter {
    /** The formats a table can be written in. */
    public enum Format {
        MD, CSV, DOCX;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Format parse(String key) {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** The time written into Word files (the zip entries and the document's properties). */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    /** Arial in Word, its metric twin Liberation Sans elsewhere: the column widths assume its letters. */
    static final String FONT = "Arial";
    private static final char RLI = '\u2067';
    private static final char PDI = '\u2069';

    private TableWriter() {
    }

    public static Path write(Table table, Format format, Path dir) throws IOException {
        return writeTo(table, format, dir.resolve(table.name() + "." + format.extension()));
    }

    /** Writes the table to the file {@code out} (refused when it is a project's own file). */
    public static Path writeTo(Table table, Format format, Path out) throws IOException {
        byte[] bytes = switch (format) {
            case MD -> markdown(table).getBytes(StandardCharsets.UTF_8);
            case CSV -> csv(table).getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(table);
        };
        AtomicWrite.bytes(out, bytes);
        return out;
    }

    // ---- Markdown -----------------------------------------------------------------------------

    public static String markdown(Table table) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(table.title()).append("\n\n");
        if (!table.note().isBlank()) {
            out.append(table.note()).append("\n\n");
        }
        out.append('|');
        for (String h : table.header()) {
            out.append(' ').append(escape(h)).append(" |");
        }
        out.append("\n|");
        for (int i = 0; i < table.header().size(); i++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (List<List<String>> row : table.rows()) {
            out.append('|');
            for (List<String> cell : row) {
                List<String> paragraphs = new ArrayList<>();
                for (String p : cell) {
                    paragraphs.add(rightToLeft(p) ? RLI + escape(p) + PDI : escape(p));
                }
                out.append(' ').append(String.join("<br>", paragraphs)).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A pipe would end the cell and a line break the row; angle brackets would be read as HTML. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("\\s*\\n\\s*", " ");
    }

    private static boolean rightToLeft(String paragraph) {
        return TextDirection.isRightToLeft(paragraph, 0, paragraph.length());
    }

    // ---- CSV ----------------------------------------------------------------------------------

    public static String csv(Table table) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(table.header());
            for (List<List<String>> row : table.rows()) {
                csv.printRecord(row.stream().map(cell -> String.join("\n", cell)).toList());
            }
        }
        return out.toString();
    }

    // ---- Word ---------------------------------------------------------------------------------

    public static byte[] docx(Table table) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            boolean wide = table.header().size() >= 7; // seven columns need a landscape page
            page(doc, wide);
            XWPFParagraph title = doc.createParagraph();
            XWPFRun titleRun = title.createRun();
            titleRun.setText(table.title());
            titleRun.setFontFamily(FONT);
            titleRun.setBold(true);
            titleRun.setFontSize(14);
            if (!table.note().isBlank()) {
                XWPFRun note = doc.createParagraph().createRun();
                note.setText(table.note());
                note.setFontFamily(FONT);
                note.setFontSize(9);
                note.setItalic(true);
            }
            int columns = table.header().size();
            XWPFTable t = doc.createTable(table.rows().size() + 1, columns);
            CTTblWidth width = t.getCTTbl().getTblPr().isSetTblW() ? t.getCTTbl().getTblPr().getTblW()
                    : t.getCTTbl().getTblPr().addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf((wide ? 16838 : 11906) - 2 * 1134)); // the whole text width
            grid(t, table, wide);
            XWPFTableRow header = t.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = header.getCell(c);
                cell.setColor("E7E6E6");
                fill(cell, List.of(table.header().get(c)), true);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<List<String>> row = table.rows().get(r);
                for (int c = 0; c < columns; c++) {
                    fill(t.getRow(r + 1).getCell(c), row.get(c), false);
                }
            }
            var core = doc.getProperties().getCoreProperties();
            Date fixed = Date.from(FIXED_TIME.toInstant(java.time.ZoneOffset.UTC));
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator("Thematica");
            core.setTitle(table.title());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return fixZipTimes(bytes.toByteArray());
        }
    }

    /** A4; landscape for a wide table. Margins of 2 cm. */
    private static void page(XWPFDocument doc, boolean landscape) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        BigInteger a4Short = BigInteger.valueOf(11906);
        BigInteger a4Long = BigInteger.valueOf(16838);
        size.setW(landscape ? a4Long : a4Short);
        size.setH(landscape ? a4Short : a4Long);
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger twoCm = BigInteger.valueOf(1134);
        margins.setTop(twoCm);
        margins.setBottom(twoCm);
        margins.setLeft(twoCm);
        margins.setRight(twoCm);
    }

    /**
     * Column widths: each column at least as wide as its longest word (so "Interviews" or
     * "infrastructure" never breaks inside the word), the rest shared by what the columns hold:
     * quotes and descriptions wide, names middling. Fixed layout, so every program keeps them.
     */
    private static void grid(XWPFTable t, Table table, boolean wide) {
        int total = (wide ? 16838 : 11906) - 2 * 1134;
        int columns = table.header().size();
        double[] weights = new double[columns];
        int[] least = new int[columns];
        for (int c = 0; c < columns; c++) {
            String h = table.header().get(c).toLowerCase(Locale.ROOT);
            weights[c] = h.contains("quote") ? 6 : h.contains("description") ? 3.5 : h.contains("codes")
                    || h.contains("themes") ? 2 : h.equals("theme") || h.equals("code") || h.equals("parent") ? 1.6
                    : 0;
            // at 9 pt about 95 twips a letter (up to 125 in bold), plus the cell's margins
            int need = longestWord(table.header().get(c)) * 125;
            for (List<List<String>> row : table.rows()) {
                for (String p : row.get(c)) {
                    need = Math.max(need, longestWord(p) * 95);
                }
            }
            least[c] = Math.min(total / 5, need + 200);
        }
        int fixed = 0;
        double sum = 0;
        for (int c = 0; c < columns; c++) {
            fixed += least[c];
            sum += weights[c];
        }
        int spare = Math.max(0, total - fixed);
        t.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            int w = least[c] + (int) Math.round(sum == 0 ? (double) spare / columns : spare * weights[c] / sum);
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
            for (XWPFTableRow row : t.getRows()) {
                var tc = row.getCell(c).getCTTc();
                var pr = tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
                CTTblWidth cw = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(w));
            }
        }
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("[\\s/-]+")) {
            longest = Math.max(longest, word.codePointCount(0, word.length()));
        }
        return longest;
    }

    /** One paragraph per entry; right-to-left ones marked so, and set right to left. */
    private static void fill(XWPFTableCell cell, List<String> paragraphs, boolean bold) {
        for (int i = 0; i < paragraphs.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setSpacingAfter(i + 1 < paragraphs.size() && paragraphs.get(i + 1).startsWith("“") ? 120 : 0);
            String text = paragraphs.get(i);
            XWPFRun run = p.createRun();
            run.setText(text);
            run.setFontFamily(FONT);
            run.setFontSize(9);
            run.setBold(bold);
            if (rightToLeft(text)) {
                (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewBidi();
                (run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr()).addNewRtl();
                p.setAlignment(ParagraphAlignment.LEFT); // with bidi, "left" is the start: the right edge
            } else if (!bold && text.matches("\\d+%?|–")) {
                p.setAlignment(ParagraphAlignment.RIGHT); // numbers line up by their last digit
            } else if (text.startsWith("— ")) {
                run.setItalic(true);
                run.setColor("595959");
            }
        }
    }

    /**
     * POI stamps each zip entry with the time of writing; the entries are copied into a new zip
     * with one fixed time (as local date-time, so no time zone enters the file).
     */
    static byte[] fixZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
