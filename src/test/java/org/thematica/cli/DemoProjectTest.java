package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeCaseMatrix;
import org.thematica.figure.FigureSettings;
import org.thematica.model.Document;
import org.thematica.service.MatrixSource;
import org.thematica.service.Project;
import org.thematica.service.StatsService;
import org.thematica.store.Database;
import org.thematica.testing.TestProjects;

/** The demo project the app opens on first run: built from projects/demo, the same every time. */
class DemoProjectTest {
    @TempDir
    Path dir;

    @Test
    void buildsTheDemoWithEveryKindOfContentAndItPassesCheck() throws Exception {
        Path file = dir.resolve("demo.thematica");
        DemoProject.build(file, new PrintStream(System.err));
        try (Project p = Project.open(file, Database.Mode.READ_ONLY, TestProjects.laterSession())) {
            StatsService.Summary s = p.stats().summary();
            assertThat(s.totals().interviews()).isEqualTo(4);
            assertThat(s.totals().sources()).isEqualTo(2);
            assertThat(s.totals().codes()).isEqualTo(24);
            assertThat(s.totals().themes()).isEqualTo(7);
            assertThat(s.totals().links()).isEqualTo(8);
            assertThat(s.totals().cases()).isEqualTo(4);
            assertThat(s.totals().codings()).isEqualTo(106);
            Map<String, Long> reach = s.themes().stream()
                    .collect(Collectors.toMap(StatsService.ThemeReach::theme, StatsService.ThemeReach::interviews));
            assertThat(reach).containsEntry("political instability", 4L).containsEntry("everyday resilience", 2L);
            Document daniel = p.repos().documents.byName("P03 Daniel").orElseThrow();
            assertThat(daniel.format()).isEqualTo("vtt");
            assertThat(p.repos().documents.syncPoints(daniel.id())).hasSizeGreaterThan(40);
            assertThat(p.repos().documents.speakers(daniel.id())).containsExactly("Interviewer", "Daniel");
            Document layla = p.repos().documents.byName("P02 Layla").orElseThrow();
            assertThat(p.repos().documents.caseTurns(layla.id())).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.caseName()).isEqualTo("Layla"));
            assertThat(p.repos().documents.text(layla.id())).contains("الناس لا يطلبون المعجزات");
            assertThat(p.repos().documents.byName("S01 Policy brief").orElseThrow().format()).isEqualTo("md");
            assertThat(p.repos().coders.all()).extracting(c -> c.name()).contains("Amira (analyst)", "Tom (second coder)");
            var threads = p.reviews().threads(false);
            assertThat(threads).as("the supervisor's verdicts on both coders' work").hasSize(5)
                    .extracting(t -> t.reviewer()).containsOnly("Dr Salma Haddad (supervisor)");
            assertThat(threads).extracting(t -> t.subject().coder()).contains("Amira (analyst)", "Tom (second coder)");
            assertThat(p.reviews().threads(true)).as("one open question, answered but not resolved").singleElement()
                    .satisfies(t -> assertThat(t.replies()).hasSize(1));
            assertThat(p.check().run().problems()).isEmpty();
            assertThat(s.themes().stream().filter(t -> t.theme().equals("political instability")).findFirst()
                    .orElseThrow().passages()).as("22 codings, 17 distinct passages").isEqualTo(17);
            assertThat(s.passages()).as("106 codings, 94 distinct passages").isEqualTo(94);
        }
    }

    @Test
    void theMatrixCountsTheDemosPassagesOnceThoughTwoCodersCodedThem() throws Exception {
        Path file = dir.resolve("demo.thematica");
        DemoProject.build(file, new PrintStream(System.err));
        try (Project p = Project.open(file, Database.Mode.READ_ONLY, TestProjects.laterSession())) {
            Corpus corpus = p.analysis().corpus();
            FigureSettings settings = new MatrixSource().defaults();
            // "political instability × political actor" (Karim): Amira's 10 codings on 10 spans; Tom's 5
            // codings on 5 of them (one with another code of the theme): 15 codings, 10 passages
            assertThat(cell(MatrixSource.figure(corpus, settings).matrix())).isEqualTo(10);
            assertThat(cell(MatrixSource.figure(corpus, settings.withOption(MatrixSource.CODED_BY,
                    "Amira (analyst)")).matrix())).isEqualTo(10);
            assertThat(cell(MatrixSource.figure(corpus, settings.withOption(MatrixSource.CODED_BY,
                    "Tom (second coder)")).matrix())).isEqualTo(5);
            assertThat(MatrixSource.figure(corpus, settings).legend())
                    .isEqualTo("Cells: coded passages in interviews (distinct; 2 coders)");
        }
    }

    private static int cell(ThemeCaseMatrix m) {
        int row = m.rows().stream().map(ThemeCaseMatrix.Row::name).toList().indexOf("political instability");
        int column = m.columns().stream().map(ThemeCaseMatrix.Column::label).toList().indexOf("political actor");
        return m.cell(row, column).segments();
    }

    @Test
    void twoBuildsAreByteForByteIdentical() throws Exception {
        Path a = dir.resolve("a.thematica");
        Path b = dir.resolve("b.thematica");
        DemoProject.build(a, new PrintStream(System.err));
        DemoProject.build(b, new PrintStream(System.err));
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("demo.thematica"), "mine");
        assertThatThrownBy(() -> DemoProject.build(file, new PrintStream(System.err)))
                .hasMessage("demo.thematica already exists; choose another name");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }
}
