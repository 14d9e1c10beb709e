package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.agreement.AgreementMeasure;
import org.thematica.analysis.agreement.AgreementReport;
import org.thematica.cli.DemoProject;
import org.thematica.export.FigureExporter;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureSettings;
import org.thematica.store.Database;
import org.thematica.testing.TestProjects;

/** The agreement table and chart: built from their settings like every figure, the same bytes every time. */
class AgreementFiguresTest {
    static final String AMIRA = "Amira (analyst)";
    static final String TOM = "Tom (second coder)";
    @TempDir
    static Path dir;
    static Project demo;

    @BeforeAll
    static void open() throws Exception {
        Path file = dir.resolve("demo.thematica");
        DemoProject.build(file, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        demo = Project.open(file, Database.Mode.READ_ONLY, TestProjects.laterSession());
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    private static String svg(FigureSource source, FigureSettings settings) {
        Figure figure = source.build(demo, demo.analysis().corpus(), settings);
        return FigureExporter.svg(figure, settings.style(), settings.widthPt(), settings.heightPt());
    }

    @Test
    void bothFiguresExportTheSameBytesTwiceInEveryFormat() throws Exception {
        for (FigureSource source : List.of(new AgreementTableSource(), new AgreementChartSource())) {
            assertThat(FigureCatalog.named(source.name())).as("listed with every figure").isPresent();
            FigureSettings s = source.defaults();
            for (FigureExporter.Format format : FigureExporter.Format.values()) {
                byte[] first = bytes(source, s, format);
                byte[] second = bytes(source, s, format);
                assertThat(second).as(source.name() + " " + format).isEqualTo(first);
                assertThat(first.length).isGreaterThan(1000);
            }
        }
    }

    private static byte[] bytes(FigureSource source, FigureSettings s, FigureExporter.Format format) throws Exception {
        Figure figure = source.build(demo, demo.analysis().corpus(), s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FigureExporter.write(figure, s.style(), s.widthPt(), s.heightPt(), 150, format, out);
        return out.toByteArray();
    }

    @Test
    void theDefaultPairIsTheTwoCodersWithTheMostCodingsAndTheTableShowsTheirPooledFigures() throws Exception {
        AgreementService.Request request = AgreementFigures.request(demo, new AgreementTableSource().defaults());
        assertThat(List.of(request.coderA(), request.coderB())).containsExactly(AMIRA, TOM);
        AgreementReport report = demo.agreement().compute(request);
        String svg = svg(new AgreementTableSource(), new AgreementTableSource().defaults());
        assertThat(svg).contains("All codes (pooled)")
                .contains(AgreementMeasure.KAPPA.format(report.overall().kappa()))
                .contains(AgreementMeasure.KAPPA.explanation(80).substring(0, 40).replace("'", "&apos;"))
                .contains("not defined (only " + TOM.replace("(", "(") + " applied it here");
    }

    @Test
    void theSettingsKeepTheComparisonAndTheChartItsMeasure() throws Exception {
        AgreementService.Request chosen = new AgreementService.Request(TOM, AMIRA, List.of("P01 Karim"),
                List.of("corruption", "sectarian violence"), 50);
        FigureSettings settings = AgreementFigures.with(new AgreementChartSource().defaults(), chosen)
                .withOption(AgreementChartSource.MEASURE, "alpha-u");
        assertThat(AgreementFigures.request(demo, settings)).isEqualTo(chosen);
        AgreementReport report = demo.agreement().compute(chosen);
        String svg = svg(new AgreementChartSource(), settings);
        assertThat(svg).contains("unitizing alpha").contains("sectarian violence").doesNotContain("army collapse")
                .contains(AgreementMeasure.ALPHA_U.format(report.codes().get(0).alphaU()));
    }

    @Test
    void aProjectWithOneCoderDrawsTheReasonInsteadOfFailing() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("one"));
        try (Project one = TestProjects.create(dir.resolve("one"))) {
            TestProjects.importText(one, dir, "P01", "Only one coder here.\n");
            one.coding().codeMatch("P01", "alone", "one coder", 1, "Amira");
            Figure figure = new AgreementTableSource().build(one, one.analysis().corpus(),
                    new AgreementTableSource().defaults());
            String svg = FigureExporter.svg(figure, new AgreementTableSource().defaults().style(), 453, 340);
            assertThat(svg).contains("No agreement to show: agreement needs two coders").contains("only Amira.");
        }
    }
}
