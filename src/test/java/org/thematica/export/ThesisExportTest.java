package org.thematica.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.cli.DemoProject;
import org.thematica.export.FigureExporter.Format;
import org.thematica.service.FigureCatalog;
import org.thematica.service.Progress;
import org.thematica.service.Project;
import org.thematica.store.Database;
import org.thematica.testing.TestProjects;

/** File ▸ Export for Thesis and {@code thematica figures}: every figure and the tables into one folder. */
class ThesisExportTest {
    @TempDir
    static Path dir;
    static Project project;

    @BeforeAll
    static void open() throws Exception {
        Path demo = dir.resolve("demo.thematica");
        DemoProject.build(demo, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        project = Project.open(demo, Database.Mode.READ_ONLY, TestProjects.laterSession());
    }

    @AfterAll
    static void close() {
        project.close();
    }

    private static List<Path> export(Path folder, Set<Format> formats, Integer dpi, TableWriter.Format tables)
            throws Exception {
        return ThesisExport.write(project, project.analysis().corpus(),
                new ThesisExport.Request(folder, formats, dpi, tables, Set.of()), Progress.NONE);
    }

    @Test
    void writesEveryFigureInEveryFormatAndBothTables() throws Exception {
        Path folder = dir.resolve("thesis");
        List<Path> written = export(folder, Set.of(Format.PDF, Format.PNG), null, TableWriter.Format.DOCX);

        int figures = FigureCatalog.all().size();
        assertThat(figures).isGreaterThanOrEqualTo(3);
        assertThat(written).hasSize(figures * 2 + 2).allMatch(Files::isRegularFile);
        for (var source : FigureCatalog.all()) {
            Path pdf = folder.resolve(source.name() + ".pdf");
            Path png = folder.resolve(source.name() + ".png");
            assertThat(written).contains(pdf, png);
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(javax.imageio.ImageIO.read(png.toFile())).as(png.toString()).isNotNull();
        }
        assertThat(written.stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".docx")))
                .hasSize(2);
    }

    @Test
    void theSameProjectGivesTheSameFilesAndAGivenDpiChangesThePngSize() throws Exception {
        List<Path> first = export(dir.resolve("a"), Set.of(Format.SVG, Format.PNG), 150, TableWriter.Format.MD);
        List<Path> second = export(dir.resolve("b"), Set.of(Format.SVG, Format.PNG), 150, TableWriter.Format.MD);
        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(first.get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
        String name = FigureCatalog.all().get(0).name();
        var at150 = javax.imageio.ImageIO.read(dir.resolve("a").resolve(name + ".png").toFile());
        export(dir.resolve("c"), Set.of(Format.PNG), 300, null);
        var at300 = javax.imageio.ImageIO.read(dir.resolve("c").resolve(name + ".png").toFile());
        assertThat(at300.getWidth()).isCloseTo(at150.getWidth() * 2, org.assertj.core.data.Offset.offset(2));
        assertThat(Files.list(dir.resolve("c")).count()).as("no tables asked for").isEqualTo(FigureCatalog.all().size());
    }

    @Test
    void anUnknownFigureIsNamedWithTheKnownOnesAndCancellingStopsBetweenFiles() throws Exception {
        assertThatThrownBy(() -> ThesisExport.sources(Set.of("pie-chart")))
                .hasMessageContaining("pie-chart").hasMessageContaining(FigureCatalog.all().get(0).name());
        AtomicInteger updates = new AtomicInteger();
        Progress cancelAfterOne = new Progress() {
            @Override
            public void update(int done, int total, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() >= 1;
            }
        };
        List<Path> written = ThesisExport.write(project, project.analysis().corpus(),
                new ThesisExport.Request(dir.resolve("cancelled"), Set.of(Format.SVG), null, TableWriter.Format.CSV,
                        Set.of()), cancelAfterOne);
        assertThat(written).hasSize(1);
    }
}
