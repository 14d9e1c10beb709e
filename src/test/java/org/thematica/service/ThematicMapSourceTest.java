package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thematica.cli.DemoProject;
import org.thematica.export.FigureExporter;
import org.thematica.export.FigureExporter.Format;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.ThematicMapFigure;
import org.thematica.store.Database;
import org.thematica.testing.TestProjects;

/** The demo's thematic map, as a thesis would export it. */
class ThematicMapSourceTest {
    static Path dir;
    static Project demo;

    @BeforeAll
    static void buildDemo() throws Exception {
        dir = Files.createTempDirectory("thematic-map");
        DemoProject.build(dir.resolve("demo.thematica"), new PrintStream(System.err));
        demo = Project.open(dir.resolve("demo.thematica"), Database.Mode.READ_ONLY, TestProjects.laterSession());
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    static ThematicMapSource source() {
        return (ThematicMapSource) FigureCatalog.named("thematic-map").orElseThrow();
    }

    static FigureSettings settings(boolean codes, boolean ties) {
        return source().defaults().withOption(ThematicMapSource.SHOW_CODES, String.valueOf(codes))
                .withOption(ThematicMapSource.SHOW_COOCCURRENCE, String.valueOf(ties));
    }

    @Test
    void exportsTheDemoMapInEveryFormat() throws Exception {
        Path out = Path.of("target/screenshots");
        Files.createDirectories(out);
        FigureSettings plain = settings(false, false);
        FigureSettings full = settings(true, true).withLook(plain.palette(), "Thematic map",
                "Figure 2. Themes and the links between them; circle area shows the share of interviews.",
                plain.widthPt(), 620, plain.dpi()); // 16 x 22 cm: the codes need a page
        for (Format f : Format.values()) {
            FigureExporter.write(source().build(demo, demo.analysis().corpus(), plain), plain.style(), plain.widthPt(),
                    plain.heightPt(), 150, f, out.resolve("map-demo." + f.extension()));
            FigureExporter.write(source().build(demo, demo.analysis().corpus(), full), full.style(), full.widthPt(),
                    full.heightPt(), 150, f, out.resolve("map-demo-full." + f.extension()));
        }
    }

    @Test
    void twoExportsAreByteForByteIdenticalAndReadable() throws Exception {
        FigureSettings s = settings(true, true);
        for (Format f : Format.values()) {
            Path a = dir.resolve("a." + f.extension());
            Path b = dir.resolve("b." + f.extension());
            // built twice from scratch: layout, co-occurrence and painting all repeat exactly
            FigureExporter.write(source().build(demo, demo.analysis().corpus(), s), s.style(), s.widthPt(),
                    s.heightPt(), 150, f, a);
            FigureExporter.write(source().build(demo, demo.analysis().corpus(), s), s.style(), s.widthPt(),
                    s.heightPt(), 150, f, b);
            assertThat(Files.mismatch(a, b)).as(f + " identical").isEqualTo(-1L);
        }
        String svg = Files.readString(dir.resolve("a.svg"));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(svg).contains(">instability<").contains("feeds back into").contains("100%");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("a.pdf")))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo((float) s.widthPt());
        }
    }

    @Test
    void theDemoMapHasPoliticalInstabilityInTheMiddleAndNothingHidden() {
        FigureSettings s = settings(false, false);
        ThematicMapFigure figure = (ThematicMapFigure) source().build(demo, demo.analysis().corpus(), s);
        var bounds = ThematicMapSource.figureArea(figure, s);
        var geometry = figure.geometry(bounds, s.style());
        var plot = geometry.plot();
        Map<String, ThematicMapFigure.PlacedNode> nodes = geometry.nodes().values().stream()
                .collect(Collectors.toMap(n -> n.node().name(), n -> n));
        String central = nodes.values().stream().min(java.util.Comparator.comparingDouble(
                n -> Math.hypot(n.cx() - plot.getCenterX(), n.cy() - plot.getCenterY()))).orElseThrow().node().name();
        assertThat(central).isEqualTo("political instability");
        for (var a : nodes.values()) {
            var room = new java.awt.geom.Rectangle2D.Double(plot.getX() - 0.01, plot.getY() - 0.01,
                    plot.getWidth() + 0.02, plot.getHeight() + 0.02);
            assertThat(room.contains(a.box())).as(a.node().name() + " inside the figure: " + a.box() + " in " + plot)
                    .isTrue();
            for (var b : nodes.values()) {
                if (a != b) {
                    assertThat(a.box().intersects(b.box())).as(a.node().name() + " / " + b.node().name()).isFalse();
                }
            }
        }
        assertThat(geometry.arrows()).hasSize(8);
        for (var arrow : geometry.arrows()) {
            var tip = arrow.line().get(arrow.line().size() - 1);
            for (var n : nodes.values()) {
                assertThat(Math.hypot(tip.getX() - n.cx(), tip.getY() - n.cy())).as("arrow not under " + n.node().name())
                        .isGreaterThan(n.r());
                assertThat(n.label().contains(tip)).isFalse();
                assertThat(arrow.labelBox().intersects(n.label())).as("'" + arrow.label() + "' clear of names").isFalse();
                assertThat(Math.hypot(arrow.labelBox().getCenterX() - n.cx(), arrow.labelBox().getCenterY() - n.cy()))
                        .as("'" + arrow.label() + "' clear of circles").isGreaterThan(n.r());
            }
        }
    }

    @Test
    void nodeSizesFollowTheShareOfInterviewsThatStatsReports() {
        Map<String, Double> shares = demo.stats().summary().themes().stream()
                .collect(Collectors.toMap(StatsService.ThemeReach::theme, StatsService.ThemeReach::share));
        ThematicMapFigure figure = (ThematicMapFigure) source().build(demo, demo.analysis().corpus(), settings(false, false));
        for (ThematicMapFigure.Node n : figure.model().nodes()) {
            assertThat(n.share()).as(n.name()).isEqualTo(shares.get(n.name()));
        }
        assertThat(figure.model().nodes()).hasSize(7);
    }

    @Test
    void savedPositionsAreUsedAsTheyAreAndTheRestAreFilledIn() {
        var corpus = demo.analysis().corpus();
        long pi = corpus.themes().stream().filter(t -> t.name().equals("political instability")).findFirst()
                .orElseThrow().id();
        var model = ThematicMapSource.model(corpus, Map.of(pi, new org.thematica.model.MapPosition(pi, 0.1, 0.2)),
                settings(false, false));
        var node = model.nodes().stream().filter(n -> n.id() == pi).findFirst().orElseThrow();
        assertThat(node.x()).isEqualTo(0.1);
        assertThat(node.y()).isEqualTo(0.2);
        assertThat(ThematicMapSource.arrangement(corpus, settings(false, false))).hasSize(7)
                .allSatisfy(p -> assertThat(p.x()).isBetween(0.0, 1.0));
    }
}
