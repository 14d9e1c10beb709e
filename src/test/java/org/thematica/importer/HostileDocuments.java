package org.thematica.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small files built to hurt a reader (issue 10, "Crashes and hangs"), made here instead of
 * checked in: each is a few lines of PDF syntax or XML repeated, so the test shows what it is.
 * {@link #main} writes them to a folder, to measure a separate -Xmx512m JVM importing them.
 */
final class HostileDocuments {
    private HostileDocuments() {
    }

    /** One real page with a line of text, under a page tree that claims {@code count} pages. */
    static byte[] pdfClaimingPages(long count) {
        return pdf("<< /Type /Pages /Kids [3 0 R] /Count " + count + " >>", page(), helloContent());
    }

    /** One page object listed {@code times} times in the page tree's kids (and counted so). */
    static byte[] pdfListingOnePage(int times) {
        String kids = "3 0 R ".repeat(times);
        return pdf("<< /Type /Pages /Kids [" + kids + "] /Count " + times + " >>", page(), helloContent());
    }

    /** A page whose content stream is a few hundred KB of Flate that inflates to {@code size} bytes of spaces. */
    static byte[] pdfInflatingTo(long size) throws IOException {
        return pdfInflatingTo(size, false);
    }

    /**
     * Like {@link #pdfInflatingTo(long)}; with {@code asArray} the page lists its content stream in
     * an array, which PDFBox decodes into memory whole instead of streaming it.
     */
    static byte[] pdfInflatingTo(long size, boolean asArray) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            out.write("BT /F1 12 Tf 72 700 Td (Hello) Tj ET".getBytes(StandardCharsets.US_ASCII));
            for (long left = size; left > 0; left -= spaces.length) {
                out.write(spaces, 0, (int) Math.min(left, spaces.length));
            }
        }
        byte[] body = deflated.toByteArray();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(("<< /Length " + body.length + " /Filter /FlateDecode >>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        stream.writeBytes(body);
        stream.writeBytes("\nendstream".getBytes(StandardCharsets.US_ASCII));
        String page = asArray ? page().replace("/Contents 4 0 R", "/Contents [4 0 R]") : page();
        return pdf("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, stream.toByteArray());
    }

    /** A .docx whose body is {@code depth} tables, each inside the one cell of the one before. */
    static byte[] docxNestedTables(int depth) throws IOException {
        // Each level carries a different revision id, as Word writes them; without them the XML
        // compresses so well that POI's own zip-bomb ratio check refuses it before parsing.
        StringBuilder body = new StringBuilder("<w:p><w:r><w:t>Hello</w:t></w:r></w:p>");
        Random random = new Random(depth);
        for (int i = 0; i < depth; i++) {
            body.append(String.format("<w:tbl><w:tr w:rsidR=\"%08X\"><w:tc>", random.nextInt()));
        }
        body.append("<w:p/>").append("<w:p/></w:tc></w:tr></w:tbl>".repeat(depth));
        return docx(body.toString());
    }

    /** A .docx of short paragraphs whose document.xml is about {@code size} bytes (it compresses about 4:1). */
    static byte[] docxOfParagraphs(long size) throws IOException {
        StringBuilder body = new StringBuilder();
        Random random = new Random(size);
        while (body.length() < size) {
            body.append(String.format("<w:p w:rsidR=\"%08X\"><w:r><w:t>%d</w:t></w:r></w:p>", random.nextInt(),
                    random.nextInt()));
        }
        return docx(body.toString());
    }

    private static byte[] docx(String body) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
        entries.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        entries.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>");
        return zip(entries);
    }

    /** An .odt whose one paragraph is {@code elements} times {@code <text:s text:c="10000"/>}. */
    static byte[] odtOfSpaces(int elements) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", OdtReaderTest.MIMETYPE);
        entries.put("content.xml", OdtReaderTest.content("<text:p>Hello" + "<text:s text:c=\"10000\"/>".repeat(elements)
                + "</text:p>"));
        return zip(entries);
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String page() {
        return "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>";
    }

    private static byte[] helloContent() {
        String text = "BT /F1 12 Tf 72 700 Td (Hello) Tj ET";
        return ("<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Objects 1 (catalog), 2 (pages), 3 (page), 4 (contents), 5 (font), with a correct xref table. */
    private static byte[] pdf(String pages, String page, byte[] contents) {
        List<byte[]> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>".getBytes(StandardCharsets.US_ASCII));
        objects.add(pages.getBytes(StandardCharsets.US_ASCII));
        objects.add(page.getBytes(StandardCharsets.US_ASCII));
        objects.add(contents);
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(objects.get(i));
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        int xref = out.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            tail.append(String.format("%010d 00000 n \n", offset));
        }
        tail.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(tail.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** Writes each hostile file into the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        write(dir.resolve("count.pdf"), pdfClaimingPages(Integer.MAX_VALUE));
        write(dir.resolve("repeated-page.pdf"), pdfListingOnePage(20_000));
        write(dir.resolve("inflating.pdf"), pdfInflatingTo(600L * 1024 * 1024));
        write(dir.resolve("nested.docx"), docxNestedTables(6_000));
        write(dir.resolve("spaces.odt"), odtOfSpaces(530_000));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
        System.out.println(file + " " + bytes.length + " bytes");
    }
}
