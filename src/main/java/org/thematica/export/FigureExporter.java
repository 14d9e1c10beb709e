package org.thematica.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureStyle;
import org.thematica.figure.Framed;

/**
 * Writes a figure as PNG (at a chosen DPI, recorded in the file), SVG or PDF (vector). Sizes are
 * in points. The same figure, style and size give the same bytes every time: no timestamps,
 * fixed SVG ids, text drawn as outlines in PDF so every script prints without embedding fonts.
 * Files are written beside their destination and moved into place when complete.
 */
public final class FigureExporter {
    /** The formats a figure can be written in. */
    public enum Format {
        PNG, SVG, PDF;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Format parse(String key) {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        }
    }

    private FigureExporter() {
    }

    public static void write(Figure figure, FigureStyle style, double widthPt, double heightPt, int dpi, Format format,
                             Path out) throws IOException {
        byte[] bytes = switch (format) {
            case PNG -> png(figure, style, widthPt, heightPt, dpi);
            case SVG -> svg(figure, style, widthPt, heightPt).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(figure, style, widthPt, heightPt);
        };
        AtomicWrite.bytes(out, bytes);
    }

    /** A PNG of {@code widthPt} × {@code heightPt} points at {@code dpi}, with the DPI in a pHYs chunk. */
    public static byte[] png(Figure figure, FigureStyle style, double widthPt, double heightPt, int dpi)
            throws IOException {
        if (dpi < 30 || dpi > 1200) {
            throw new IllegalArgumentException("the DPI must be between 30 and 1200, not " + dpi);
        }
        double scale = dpi / 72.0;
        int w = (int) Math.round(widthPt * scale);
        int h = (int) Math.round(heightPt * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            // the whole image white: a size in points rarely ends on a whole pixel, and the page's
            // half-covered last column and row would otherwise show as a grey edge
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            Framed.paint(figure, g, widthPt, heightPt, style);
        } finally {
            g.dispose();
        }
        return encodePng(image, dpi);
    }

    /**
     * Encodes with the DPI written as a pHYs chunk through the PNG writer's native metadata
     * format; the generic ("standard") metadata route stores a wrong value.
     */
    static byte[] encodePng(BufferedImage image, int dpi) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = String.valueOf(Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            metadata.setFromTree(format, root);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    public static String svg(Figure figure, FigureStyle style, double widthPt, double heightPt) {
        SVGGraphics2D g = new SVGGraphics2D(widthPt, heightPt, SVGUnits.PT);
        g.setDefsKeyPrefix("thematica-" + figure.name() + "-"); // fixed ids: the same file every time
        Framed.paint(figure, g, widthPt, heightPt, style);
        // no DOCTYPE: viewers do not need it, and it sends XML tools to the network for a DTD
        // a viewBox in points: without it the drawing's units are taken as pixels, and viewers
        // draw it at three quarters of its width and height in a corner of the page
        String element = g.getSVGElement(null, true, new org.jfree.svg.ViewBox(0, 0, widthPt, heightPt), null, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
    }

    public static byte[] pdf(Figure figure, FigureStyle style, double widthPt, double heightPt) {
        PDFDocument document = new PDFDocument();
        document.setTitle(style.title().isBlank() ? figure.name() : style.title());
        document.setAuthor("Thematica");
        Page page = document.createPage(new Rectangle2D.Double(0, 0, widthPt, heightPt));
        PDFGraphics2D g = page.getGraphics2D();
        // text as outlines: Arabic, Turkish and every other script print as drawn, no font embedding needed
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        Framed.paint(figure, g, widthPt, heightPt, style);
        return fixDates(document.getPDFBytes());
    }

    private static final java.util.regex.Pattern PDF_DATE =
            java.util.regex.Pattern.compile("/(CreationDate|ModDate) \\(D:\\d{14}[+-Z]\\d{2}'\\d'\\)");
    static final String FIXED_DATE = "20000101000000+00'0'";

    /**
     * OrsonPDF stamps the creation and modification time, which would make every export differ.
     * Each stamp is replaced by a fixed one of the same length, so no byte offset (the PDF's
     * cross-reference table) moves.
     */
    static byte[] fixDates(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = PDF_DATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, "/" + m.group(1) + " (D:" + FIXED_DATE + ")");
        }
        m.appendTail(out);
        byte[] fixed = out.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (fixed.length != pdf.length) {
            throw new IllegalStateException("fixing the PDF dates changed its length");
        }
        return fixed;
    }

    /** Writes to a stream (for callers that already hold one). */
    public static void write(Figure figure, FigureStyle style, double widthPt, double heightPt, int dpi, Format format,
                             OutputStream out) throws IOException {
        switch (format) {
            case PNG -> out.write(png(figure, style, widthPt, heightPt, dpi));
            case SVG -> out.write(svg(figure, style, widthPt, heightPt).getBytes(StandardCharsets.UTF_8));
            case PDF -> out.write(pdf(figure, style, widthPt, heightPt));
        }
    }
}
