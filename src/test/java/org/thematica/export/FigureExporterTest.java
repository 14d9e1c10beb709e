package org.thematica.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.export.FigureExporter.Format;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureStyle;
import org.thematica.figure.PaletteMode;

class FigureExporterTest {
    /** Bars and labels in three scripts: what every real figure does in small. */
    static final Figure SAMPLE = new Figure() {
        @Override
        public String name() {
            return "sample";
        }

        @Override
        public void paint(Graphics2D g, Rectangle2D b, FigureStyle style) {
            String[] labels = {"political instability", "الفراغ الأمني", "Iğdır güvenlik"};
            for (int i = 0; i < labels.length; i++) {
                g.setColor(style.colour(new String[] {"#d55e00", "#0072b2", "#009e73"}[i], i, labels.length));
                double y = b.getY() + 10 + i * 30;
                g.fill(new Rectangle2D.Double(b.getX() + 120, y, 60 + 40 * i, 20));
                g.setColor(Color.BLACK);
                g.setFont(style.font(Font.PLAIN, 1));
                g.drawString(labels[i], (float) b.getX(), (float) y + 14);
            }
            g.draw(new Line2D.Double(b.getX() + 120, b.getY(), b.getX() + 120, b.getMaxY()));
        }
    };
    static final FigureStyle STYLE = FigureStyle.plain().withTitle("Themes across interviews",
            "Figure 1. Share of interviews in which each theme was coded (n = 4).");

    @TempDir
    Path dir;

    @Test
    void pngHasTheSizeForItsDpiAndRecordsTheDpiInAPhysChunk() throws Exception {
        byte[] png = FigureExporter.png(SAMPLE, STYLE, 360, 216, 300);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1500);
        assertThat(image.getHeight()).isEqualTo(900);
        int[] phys = physChunk(png);
        assertThat(phys[0]).as("pixels per metre, x").isEqualTo(11811);
        assertThat(phys[1]).as("pixels per metre, y").isEqualTo(11811);
        assertThat(phys[2]).as("unit: metre").isEqualTo(1);
        assertThat(Math.round(phys[0] * 0.0254)).as("DPI").isEqualTo(300);
    }

    /** Reads the pHYs chunk straight from the bytes (what every other program reads). */
    static int[] physChunk(byte[] png) {
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        while (b.remaining() > 12) {
            int length = b.getInt();
            String type = new String(png, b.position(), 4, StandardCharsets.US_ASCII);
            b.position(b.position() + 4);
            if (type.equals("pHYs")) {
                return new int[] {b.getInt(), b.getInt(), b.get()};
            }
            b.position(b.position() + length + 4);
        }
        throw new AssertionError("no pHYs chunk");
    }

    @Test
    void aPngWhoseSizeEndsMidPixelHasNoGreyEdge() throws Exception {
        // 453 pt at 300 DPI is 1887.5 pixels: the last column is only half covered by the page
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(FigureExporter.png(SAMPLE, STYLE, 453, 300, 300)));
        assertThat(image.getWidth()).isEqualTo(1888);
        for (int y = 0; y < image.getHeight(); y += 50) {
            assertThat(new Color(image.getRGB(image.getWidth() - 1, y))).isEqualTo(Color.WHITE);
        }
    }

    @Test
    void svgIsWellFormedXmlWithTheTitleAsText() throws Exception {
        String svg = FigureExporter.svg(SAMPLE, STYLE, 360, 216);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("360.0pt");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).as("drawn in points, at full size")
                .isEqualTo("0.0 0.0 360.0 216.0");
        assertThat(svg).contains("Themes across interviews").contains("الفراغ الأمني").contains("<rect");
    }

    @Test
    void pdfOpensWithOnePageOfTheRightSizeDrawnAsVectors() throws Exception {
        byte[] pdf = FigureExporter.pdf(SAMPLE, STYLE, 360, 216);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(360f);
            assertThat(page.getMediaBox().getHeight()).isEqualTo(216f);
            assertThat(page.getResources().getXObjectNames()).as("no embedded images: vector").isEmpty();
            String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(content).as("paths built and filled: vector drawing, text as outlines")
                    .contains(" m\n").contains(" l\n").contains(" c\n").contains("\nf\n");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Themes across interviews");
            assertThat(doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR))
                    .as("a fixed date, not the clock").isEqualTo(2000);
        }
    }

    @Test
    void twoExportsOfTheSameFigureAreIdentical() throws Exception {
        for (Format format : Format.values()) {
            Path a = dir.resolve("a." + format.extension());
            Path b = dir.resolve("b." + format.extension());
            FigureExporter.write(SAMPLE, STYLE, 360, 216, 150, format, a);
            FigureExporter.write(SAMPLE, STYLE, 360, 216, 150, format, b);
            assertThat(Files.mismatch(a, b)).as(format + " files identical").isEqualTo(-1L);
        }
    }

    @Test
    void grayscaleAndColourBlindPalettesChangeTheColours() throws Exception {
        BufferedImage colour = ImageIO.read(new ByteArrayInputStream(FigureExporter.png(SAMPLE, STYLE, 360, 216, 72)));
        BufferedImage grey = ImageIO.read(new ByteArrayInputStream(FigureExporter.png(SAMPLE,
                STYLE.withPalette(PaletteMode.GRAYSCALE), 360, 216, 72)));
        // a point inside the first bar: below the title, right of the label column
        int x = 11 + 120 + 20;
        int y = findBar(colour);
        Color c = new Color(colour.getRGB(x, y));
        Color g = new Color(grey.getRGB(x, y));
        assertThat(c).isEqualTo(new Color(0xd55e00));
        assertThat(g.getRed()).isEqualTo(g.getGreen()).isEqualTo(g.getBlue());
    }

    private static int findBar(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            if (new Color(image.getRGB(151, y)).equals(new Color(0xd55e00))) {
                return y + 3;
            }
        }
        throw new AssertionError("no bar in the picture");
    }

    @Test
    void refusesAnAbsurdDpi() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FigureExporter.png(SAMPLE, STYLE, 100, 100, 5000))
                .hasMessageContaining("between 30 and 1200");
    }

    @SuppressWarnings("unused")
    private static String text(PDDocument d) {
        return "";
    }
}
