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
}
