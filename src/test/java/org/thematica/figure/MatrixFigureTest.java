package org.thematica.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeCaseMatrix;
import org.thematica.cli.DemoProject;
import org.thematica.export.FigureExporter;
import org.thematica.export.FigureExporter.Format;
import org.thematica.service.MatrixSource;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.store.Database;
import org.thematica.testing.MatrixFixture;

/**
 * The matrix figure: deterministic files in every format, a layout whose cells the window can
 * hit, shading with legible text in each palette, and the demo project's matrix written to
 * target/screenshots for a person to look at.
 */
class MatrixFigureTest {
    static final Path SHOTS = Path.of("target/screenshots");
    @TempDir
    static Path dir;
    static Project fixture;
    static Corpus corpus;

    @BeforeAll
    static void build() throws Exception {
        fixture = MatrixFixture.create(dir);
        corpus = fixture.analysis().corpus();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    static FigureSettings settings(String... options) {
        FigureSettings s = new MatrixSource().defaults();
        for (int i = 0; i < options.length; i += 2) {
            s = s.withOption(options[i], options[i + 1]);
        }
        return s;
    }

    static MatrixFigure figure(FigureSettings s) {
        return MatrixSource.figure(corpus, s);
    }

    @Test
    void everyFormatGivesTheSameBytesTwiceAndTheFilesOpen() throws Exception {
        FigureSettings s = settings().withLook(PaletteMode.COLOUR, "Themes by role", "Figure 2. Coded segments.",
                453, 300, 150);
        for (Format format : Format.values()) {
            Path a = dir.resolve("a." + format.extension());
            Path b = dir.resolve("b." + format.extension());
            FigureExporter.write(figure(s), s.style(), s.widthPt(), s.heightPt(), s.dpi(), format, a);
            FigureExporter.write(figure(s), s.style(), s.widthPt(), s.heightPt(), s.dpi(), format, b);
            assertThat(Files.mismatch(a, b)).as(format + " identical").isEqualTo(-1L);
            Files.copy(a, SHOTS.resolve("matrix-fixture." + format.extension()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String svg = Files.readString(dir.resolve("a.svg"));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(svg).contains("security vacuum").contains(">political<").contains("(no case)").contains(">All<");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("a.pdf")))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(453f);
        }
        BufferedImage png = ImageIO.read(dir.resolve("a.png").toFile());
        assertThat(png.getWidth()).isEqualTo(Math.round(453 * 150 / 72.0));
    }

    @Test
    void eachCellIsFoundAtItsOwnPlaceAndNothingOutsideTheGrid() {
        MatrixFigure f = figure(settings());
        Rectangle2D bounds = new Rectangle2D.Double(11, 40, 431, 230);
        MatrixFigure.Layout l = f.layout(bounds, FigureStyle.plain());
        int columns = f.matrix().columns().size();
        assertThat(l.rows()).isEqualTo(2);
        assertThat(l.columns()).isEqualTo(columns);
        for (int r = 0; r < l.rows(); r++) {
            for (int c = 0; c <= columns; c++) {
                Rectangle2D cell = l.cell(r, c);
                assertThat(cell.getX()).as("cell inside the bounds").isGreaterThanOrEqualTo(bounds.getX());
                assertThat(cell.getMaxX()).as("cell inside the bounds").isLessThanOrEqualTo(bounds.getMaxX() + 1e-9);
                assertThat(cell.getMaxY()).as("cell inside the bounds").isLessThanOrEqualTo(bounds.getMaxY());
                assertThat(l.cellAt(cell.getCenterX(), cell.getCenterY(), true)).containsExactly(r, c);
            }
        }
        assertThat(l.cellAt(bounds.getX() + 1, l.gridY() + 1, true)).as("on a row label").isNull();
        assertThat(l.cellAt(l.gridX() + 1, l.gridY() - 2, true)).as("on a column label").isNull();
        Rectangle2D gap = l.cell(0, columns);
        assertThat(l.cellAt(gap.getX() - l.allGap() / 2, gap.getCenterY(), true)).as("between the grid and All").isNull();
        assertThat(l.cellAt(gap.getCenterX(), gap.getCenterY(), false)).isNull();
    }

    @Test
    void cellsSayTheirValuesAsCountsTicksAndPercentages() {
        MatrixFigure segments = figure(settings());
        assertThat(segments.text(0, 2)).isEqualTo("5"); // foreign influence × security expert
        assertThat(segments.text(0, 3)).isEqualTo("0");
        assertThat(segments.text(1, 5)).as("All").isEqualTo("10");
        MatrixFigure ticks = figure(settings(MatrixSource.MEASURE, "presence"));
        assertThat(ticks.text(0, 2)).isEqualTo("✓");
        assertThat(ticks.text(0, 3)).isEmpty();
        MatrixFigure shares = figure(settings(MatrixSource.MEASURE, "case-share"));
        assertThat(shares.text(0, 2)).isEqualTo("100%");
        assertThat(shares.text(0, 4)).as("no cases in '(no case)'").isEqualTo("–");
        assertThat(shares.text(0, 5)).isEqualTo("80%");
    }

    @Test
    void shadingFollowsTheValueWithLegibleTextInEveryPalette() throws Exception {
        for (PaletteMode mode : PaletteMode.values()) {
            FigureSettings s = settings().withLook(mode, "", "", 453, 300, 72);
            MatrixFigure f = figure(s);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                    FigureExporter.png(f, s.style(), s.widthPt(), s.heightPt(), 72)));
            Rectangle2D area = new Rectangle2D.Double(11, 11, 453 - 22, 300 - 22);
            MatrixFigure.Layout l = f.layout(area, s.style());
            Color high = pixel(image, l.cell(0, 2)); // 5 of 5: the darkest
            Color low = pixel(image, l.cell(0, 0)); // 1
            Color zero = pixel(image, l.cell(0, 3)); // 0: white
            assertThat(zero).isEqualTo(Color.WHITE);
            assertThat(luminance(high)).as(mode + ": more is darker").isLessThan(luminance(low));
            assertThat(luminance(low)).isLessThan(luminance(zero));
            assertThat(Palettes.textOn(high)).as(mode + ": white on the darkest").isEqualTo(Color.WHITE);
            if (mode == PaletteMode.GRAYSCALE) {
                assertThat(high.getRed()).isEqualTo(high.getGreen()).isEqualTo(high.getBlue());
            }
            ImageIO.write(image, "png", SHOTS.resolve("matrix-fixture-" + mode.key() + ".png").toFile());
        }
    }

    /** A pixel near the cell's corner, away from the number written in its middle. */
    private static Color pixel(BufferedImage image, Rectangle2D cell) {
        return new Color(image.getRGB((int) cell.getX() + 3, (int) cell.getY() + 3));
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @Test
    void longLabelsAreWrappedOrTurnedAndStayInside() throws Exception {
        MatrixFigure f = figure(settings(MatrixSource.COLUMNS, MatrixSource.BY_CASE, MatrixSource.ROWS, "codes"));
        MatrixFigure.Layout narrow = f.layout(new Rectangle2D.Double(0, 0, 200, 200), FigureStyle.plain());
        assertThat(narrow.rotated()).as("case names do not fit across narrow columns").isTrue();
        Rectangle2D last = narrow.cell(0, narrow.columns());
        assertThat(last.getMaxX()).isLessThanOrEqualTo(200);
        FigureExporter.write(f, FigureStyle.plain(), 230, 230, 200, Format.PNG, SHOTS.resolve("matrix-fixture-turned.png"));
        MatrixFigure.Layout wide = f.layout(new Rectangle2D.Double(0, 0, 900, 400), FigureStyle.plain());
        assertThat(wide.rotated()).isFalse();
        assertThat(MatrixFigure.fit(FigureStyle.plain().font(java.awt.Font.PLAIN, 1),
                "a very long theme name that cannot fit in two short lines at all", 80, 2))
                .hasSize(2).last().asString().endsWith("…");
    }

    @Test
    void anEmptyMatrixSaysSo() throws Exception {
        MatrixFigure f = MatrixFigure.of(ThemeCaseMatrix.compute(Corpus.empty(), MatrixSource.spec(Corpus.empty(),
                settings())), true);
        String svg = FigureExporter.svg(f, FigureStyle.plain(), 300, 200);
        assertThat(svg).contains("No themes yet.");
    }

    @Test
    void theDemoProjectsMatrixIsWrittenForAPersonToLookAt() throws Exception {
        Path demo = dir.resolve("demo.thematica");
        DemoProject.build(demo, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try (Project p = Project.open(demo, Database.Mode.READ_ONLY, Settings.forUser("tester"))) {
            Corpus c = p.analysis().corpus();
            String[][] looks = {
                {"matrix-demo", "measure", "segments", "colour"},
                {"matrix-demo-share-grayscale", "measure", "document-share", "grayscale"},
                {"matrix-demo-codes-by-case", "rows", "codes", "colour-blind"},
            };
            for (String[] look : looks) {
                FigureSettings s = settings(look[1], look[2]).withLook(PaletteMode.parse(look[3]),
                        "Themes across informants", "Figure 3. The demo project's themes by informant role.",
                        453, look[2].equals("codes") ? 560 : 300, 200);
                if (look[2].equals("codes")) {
                    s = s.withOption(MatrixSource.COLUMNS, MatrixSource.BY_CASE);
                }
                MatrixFigure f = MatrixSource.figure(c, s);
                assertThat(f.matrix().rows()).isNotEmpty();
                for (Format format : Format.values()) {
                    FigureExporter.write(f, s.style(), s.widthPt(), s.heightPt(), s.dpi(), format,
                            SHOTS.resolve(look[0] + "." + format.extension()));
                }
            }
        }
    }
}
