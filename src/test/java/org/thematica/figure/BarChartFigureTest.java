package org.thematica.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.pdf.PDFDocument;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.thematica.export.FigureExporter;
import org.thematica.figure.BarChartFigure.Bar;
import org.thematica.figure.BarChartFigure.BarShape;
import org.thematica.figure.BarChartFigure.Data;

/** The bar chart on its own: the same bytes every time, bars where the model says, labels that fit. */
class BarChartFigureTest {
    static final Data ONE_SERIES = new Data(
            List.of("political instability", "foreign influence", "security vacuum", "الفراغ الأمني",
                    "everyday resilience with a name long enough to wrap"),
            java.util.Arrays.asList("#D55E00", "#009E73", "#0072B2", null, "#999933"),
            List.of("all"),
            new double[][] {{1.0, 0.75, 0.5, 0.25, 0.0}},
            new String[][] {{"100%", "75%", "50%", "25%", "0%"}},
            true, "Share of interviews (n = 4)", "Theme", "No themes yet.");
    static final Data GROUPS = new Data(
            List.of("political instability", "foreign influence", "security vacuum"),
            java.util.Arrays.asList("#D55E00", "#009E73", "#0072B2"),
            List.of("political actor (n = 1)", "security expert (n = 2)", "no role (n = 1)"),
            new double[][] {{1.0, 1.0, 0.0}, {0.5, 1.0, 1.0}, {1.0, 0.0, 0.0}},
            new String[][] {{"100%", "100%", "0%"}, {"50%", "100%", "100%"}, {"100%", "0%", "0%"}},
            true, "Share of interviews", "Theme", "No themes yet.");
    static final Data COUNTS = new Data(List.of("a", "b"), java.util.Arrays.asList(null, null), List.of("all"),
            new double[][] {{1204, 7}}, new String[][] {{"1,204", "7"}}, false, "Coded words in interviews", "Code",
            "");
    static final FigureStyle STYLE = FigureStyle.plain().withTitle("Themes across interviews",
            "Figure 1. Share of the four interviews in which each theme was coded.");
    static final Rectangle2D BOUNDS = new Rectangle2D.Double(11, 30, 431, 240);

    @Test
    void everyFormatIsTheSameTwice() throws Exception {
        for (Data data : List.of(ONE_SERIES, GROUPS, COUNTS)) {
            for (PaletteMode palette : PaletteMode.values()) {
                FigureStyle style = STYLE.withPalette(palette);
                assertThat(FigureExporter.png(figure(data), style, 453, 300, 150))
                        .isEqualTo(FigureExporter.png(figure(data), style, 453, 300, 150));
                assertThat(FigureExporter.svg(figure(data), style, 453, 300))
                        .isEqualTo(FigureExporter.svg(figure(data), style, 453, 300));
                assertThat(FigureExporter.pdf(figure(data), style, 453, 300))
                        .isEqualTo(FigureExporter.pdf(figure(data), style, 453, 300));
            }
        }
    }

    @Test
    void theSvgIsWellFormedWithTheLabelsAsTextAndNoGeneratedIds() throws Exception {
        String svg = FigureExporter.svg(figure(GROUPS), STYLE, 453, 300);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(svg).contains("political instability").contains("security expert (n = 2)").contains("100%")
                .contains("Share of interviews");
        assertThat(svg).doesNotContainPattern("id=\"(?!thematica-)");
    }

    @Test
    void thePdfOpensWithOnePageOfTheRightSize() throws Exception {
        byte[] pdf = FigureExporter.pdf(figure(ONE_SERIES), STYLE, 453, 300);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(453f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(300f);
            assertThat(new PDFTextStripper().getText(doc)).as("text is drawn as outlines").isBlank();
        }
    }

    @Test
    void thePngIsAPictureOfTheRightSize() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(FigureExporter.png(figure(GROUPS), STYLE, 453,
                300, 144)));
        assertThat(image.getWidth()).isEqualTo(906);
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void theModelGivesEveryBarTopToBottomAndAClickFindsIt() {
        BarChartFigure f = figure(GROUPS);
        List<BarShape> bars = f.bars(BOUNDS, STYLE);
        assertThat(bars).hasSize(9);
        assertThat(bars).extracting(BarShape::bar).startsWith(new Bar(0, 0), new Bar(0, 1), new Bar(0, 2),
                new Bar(1, 0));
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i).rect().getY()).as("below the one before").isGreaterThan(bars.get(i - 1).rect()
                    .getY());
        }
        for (BarShape b : bars) {
            assertThat(BOUNDS.contains(b.rect().getX(), b.rect().getCenterY())).isTrue();
            assertThat(f.barAt(BOUNDS, STYLE, b.strip().getMaxX() - 1, b.rect().getCenterY())).as("anywhere on its strip")
                    .contains(b.bar());
        }
        BarShape zero = bars.stream().filter(b -> b.bar().equals(new Bar(2, 0))).findFirst().orElseThrow();
        assertThat(zero.rect().getWidth()).as("a zero bar").isLessThan(1);
        assertThat(f.barAt(BOUNDS, STYLE, zero.rect().getX() + 20, zero.rect().getCenterY())).contains(zero.bar());
        assertThat(f.barAt(BOUNDS, STYLE, BOUNDS.getX() + 1, BOUNDS.getY() + 1)).isEmpty();
    }

    @Test
    void theLongestBarsLabelFitsInsideTheFigure() {
        for (Data data : List.of(ONE_SERIES, GROUPS, COUNTS)) {
            Font font = STYLE.font(Font.PLAIN, 0.85);
            for (BarShape b : figure(data).bars(BOUNDS, STYLE)) {
                String label = data.label(b.bar().series(), b.bar().category());
                assertThat(b.rect().getMaxX() + 3 + TextMeasure.width(font, label))
                        .as(label + " of " + data.categories().get(b.bar().category())).isLessThanOrEqualTo(
                                BOUNDS.getMaxX());
            }
        }
    }

    @Test
    void noCategoriesSaysSo() throws Exception {
        Data empty = new Data(List.of(), List.of(), List.of("all"), new double[][] {{}}, new String[][] {{}}, true,
                "Share of interviews", "Theme", "No themes yet.");
        assertThat(figure(empty).bars(BOUNDS, STYLE)).isEmpty();
        assertThat(FigureExporter.svg(figure(empty), STYLE, 453, 300)).contains("No themes yet.");
    }

    @Test
    void everyGraphicsMeasuresTextTheSameWhenWrapped() {
        Font font = STYLE.font(Font.PLAIN, 1);
        String text = "political instability الفراغ الأمني";
        Graphics2D image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        Graphics2D svg = new SVGGraphics2D(100, 100);
        Graphics2D pdf = new PDFDocument().createPage(new Rectangle2D.Double(0, 0, 100, 100)).getGraphics2D();
        double expected = TextMeasure.width(font, text);
        for (Graphics2D g : List.of(image, svg, pdf)) {
            Graphics2D m = MeasuredGraphics2D.wrap(g);
            m.setFont(font);
            assertThat(m.getFontMetrics().getStringBounds(text, m).getWidth()).isEqualTo(expected);
            assertThat(m.getFontMetrics(font).stringWidth(text)).isEqualTo((int) Math.round(expected));
            assertThat(((Graphics2D) m.create()).getFontRenderContext()).isEqualTo(m.getFontRenderContext());
        }
    }

    private static BarChartFigure figure(Data data) {
        return new BarChartFigure("theme-frequencies", data);
    }
}
