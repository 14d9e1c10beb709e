package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.CodedPassages;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeFrequencies.Measure;
import org.thematica.analysis.ThemeFrequencies.Query;
import org.thematica.analysis.ThemeFrequencies.Scope;
import org.thematica.analysis.ThemeFrequencies.Sort;
import org.thematica.analysis.ThemeFrequencies.Subject;
import org.thematica.cli.Cli;
import org.thematica.cli.DemoProject;
import org.thematica.export.FigureExporter;
import org.thematica.export.FigureExporter.Format;
import org.thematica.figure.BarChartFigure;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.PaletteMode;
import org.thematica.store.Database;
import org.thematica.testing.TestProjects;

/**
 * The theme frequency chart as a figure of the project: its settings, the demo's chart, and
 * the exports a thesis would use (written to target/figures for a human to look at).
 */
class ThemeFrequencySourceTest {
    @TempDir
    static Path dir;
    static Path demo;
    static Project project;
    static final ThemeFrequencySource SOURCE = new ThemeFrequencySource();

    @BeforeAll
    static void buildDemo() throws Exception {
        demo = dir.resolve("demo.thematica");
        DemoProject.build(demo, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        project = Project.open(demo, Database.Mode.READ_ONLY, TestProjects.laterSession());
    }

    @AfterAll
    static void close() {
        project.close();
    }

    @Test
    void isInTheCatalogueWithDefaultsThatSayWhatTheyChoose() {
        assertThat(FigureCatalog.named("theme-frequencies")).get().isInstanceOf(ThemeFrequencySource.class);
        assertThat(SOURCE.title()).isEqualTo("Theme frequencies");
        FigureSettings d = SOURCE.defaults();
        assertThat(d.figure()).isEqualTo("theme-frequencies");
        assertThat(d.options()).containsEntry("measure", "documents").containsEntry("subject", "themes")
                .containsEntry("kind", "interviews").containsEntry("sort", "value").doesNotContainKey("split");
        assertThat(ThemeFrequencySource.query(d)).isEqualTo(Query.defaults());
    }

    @Test
    void theChoicesGoIntoTheOptionsAndBack() {
        Query q = new Query(Measure.WORDS, Subject.CODES, Scope.ALL, "role", "security expert", "gender", Sort.NAME);
        FigureSettings s = ThemeFrequencySource.withQuery(SOURCE.defaults(), q);
        assertThat(s.options()).containsEntry("filter-attribute", "role").containsEntry("filter-value",
                "security expert").containsEntry("split", "gender");
        assertThat(ThemeFrequencySource.query(s)).isEqualTo(q);
        FigureSettings cleared = ThemeFrequencySource.withQuery(s, Query.defaults());
        assertThat(cleared.options()).doesNotContainKeys("filter-attribute", "filter-value", "split");
        FigureSettings odd = SOURCE.defaults().withOption("measure", "from-the-future").withOption("kind", "?");
        assertThat(ThemeFrequencySource.query(odd)).as("unknown choices fall back").isEqualTo(Query.defaults());
    }

    @Test
    void theCoderChoiceIsSavedAndTheAxisSaysWhatIsCounted() {
        Query tom = new Query(Measure.SEGMENTS, Subject.THEMES, Scope.INTERVIEWS, null, null, null, Sort.VALUE,
                CodedPassages.of("Tom (second coder)"));
        FigureSettings s = ThemeFrequencySource.withQuery(SOURCE.defaults(), tom);
        assertThat(s.options()).containsEntry("coded-by", "Tom (second coder)");
        assertThat(ThemeFrequencySource.query(s)).isEqualTo(tom);
        assertThat(ThemeFrequencySource.withQuery(s, Query.defaults()).options()).doesNotContainKey("coded-by");

        Corpus corpus = project.analysis().corpus();
        FigureSettings segments = ThemeFrequencySource.withQuery(SOURCE.defaults(), new Query(Measure.SEGMENTS,
                Subject.THEMES, Scope.INTERVIEWS, null, null, null, Sort.VALUE));
        BarChartFigure.Data all = SOURCE.build(project, corpus, segments).data();
        assertThat(all.valueAxis()).isEqualTo("Coded passages in interviews (distinct; 2 coders)");
        // the demo's "political instability": 22 codings, 17 passages in all documents, 15 in interviews
        assertThat(all.value(0, all.categories().indexOf("political instability"))).isEqualTo(15);
        BarChartFigure.Data byTom = SOURCE.build(project, corpus, s).data();
        assertThat(byTom.valueAxis()).isEqualTo("Passages coded by Tom (second coder) in interviews");
        assertThat(byTom.value(0, byTom.categories().indexOf("political instability"))).isEqualTo(5);
        FigureSettings share = s.withOption("measure", "documents");
        assertThat(SOURCE.build(project, corpus, share).data().valueAxis())
                .isEqualTo("Share of interviews (codings by Tom (second coder), n = 4)");
        assertThat(SOURCE.build(project, corpus, SOURCE.defaults()).data().valueAxis())
                .as("every coder's documents: nothing to add").isEqualTo("Share of interviews (n = 4)");
    }

    @Test
    void theDemoChartShowsEveryThemeAsAShareOfTheFourInterviews() {
        BarChartFigure f = SOURCE.build(project, project.analysis().corpus(), SOURCE.defaults());
        BarChartFigure.Data data = f.data();
        assertThat(data.categories()).hasSize(7).contains("political instability");
        assertThat(data.label(0, data.categories().indexOf("political instability"))).isEqualTo("100%");
        assertThat(data.valueAxis()).isEqualTo("Share of interviews (n = 4)");
        assertThat(data.percent()).isTrue();
        StatsService.Summary stats = project.stats().summary();
        for (StatsService.ThemeReach reach : stats.themes()) {
            int i = data.categories().indexOf(reach.theme());
            assertThat(data.value(0, i)).as(reach.theme()).isEqualTo(reach.share());
        }

        FigureSettings split = ThemeFrequencySource.withQuery(SOURCE.defaults(), new Query(Measure.DOCUMENTS,
                Subject.THEMES, Scope.INTERVIEWS, null, null, "role", Sort.VALUE));
        BarChartFigure.Data groups = SOURCE.build(project, project.analysis().corpus(), split).data();
        assertThat(groups.series()).containsExactly("academic (n = 1)", "local expert (n = 1)",
                "political actor (n = 1)", "security expert (n = 1)");
    }

    @Test
    void exportsTheDemoChartForAThesisTheSameEveryTime() throws Exception {
        Path out = Path.of("target", "figures");
        Files.createDirectories(out);
        List<FigureSettings> variants = List.of(
                SOURCE.defaults().withLook(PaletteMode.COLOUR, "Themes across the interviews",
                        "Figure 4.1. Share of the four key-informant interviews in which each theme was coded.",
                        453, 300, 300),
                ThemeFrequencySource.withQuery(SOURCE.defaults(), new Query(Measure.DOCUMENTS, Subject.THEMES,
                        Scope.INTERVIEWS, null, null, "role", Sort.VALUE)).withLook(PaletteMode.GRAYSCALE,
                        "Themes by informant role", "", 453, 400, 300),
                ThemeFrequencySource.withQuery(SOURCE.defaults(), new Query(Measure.SEGMENTS, Subject.CODES,
                        Scope.ALL, null, null, null, Sort.VALUE)).withLook(PaletteMode.COLOUR_BLIND, "", "", 453,
                        420, 300));
        String[] names = {"chart-demo", "chart-demo-split-grey", "chart-demo-codes"};
        for (int i = 0; i < variants.size(); i++) {
            FigureSettings s = variants.get(i);
            for (Format format : Format.values()) {
                Path a = out.resolve(names[i] + "." + format.extension());
                Path b = dir.resolve(names[i] + "-again." + format.extension());
                FigureExporter.write(SOURCE.build(project, project.analysis().corpus(), s), s.style(), s.widthPt(),
                        s.heightPt(), s.dpi(), format, a);
                FigureExporter.write(SOURCE.build(project, project.analysis().corpus(), s), s.style(), s.widthPt(),
                        s.heightPt(), s.dpi(), format, b);
                assertThat(Files.mismatch(a, b)).as(names[i] + "." + format.extension()).isEqualTo(-1L);
            }
        }
    }

    @Test
    void theFiguresCommandWritesTheChartFromTheSavedSettings() throws Exception {
        Path copy = dir.resolve("cli.thematica");
        Files.copy(demo, copy);
        try (Project p = Project.open(copy, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            p.figureSettings().save(ThemeFrequencySource.withQuery(SOURCE.defaults(), new Query(Measure.CASES,
                    Subject.THEMES, Scope.INTERVIEWS, null, null, null, Sort.NAME)));
        }
        Path out = dir.resolve("figures");
        for (String run : List.of("one", "two")) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(o, true,
                    StandardCharsets.UTF_8)).run("figures", copy.toString(), "--out", out.resolve(run).toString(),
                    "--format", "svg", "--only", "theme-frequencies");
            assertThat(code).as(o.toString(StandardCharsets.UTF_8)).isZero();
        }
        String svg = Files.readString(out.resolve("one/theme-frequencies.svg"));
        assertThat(svg).contains("Share of cases (n = 4)");
        assertThat(Files.mismatch(out.resolve("one/theme-frequencies.svg"), out.resolve("two/theme-frequencies.svg")))
                .isEqualTo(-1L);
    }
}
