package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeFrequencies;
import org.thematica.model.DocumentKind;
import org.thematica.ui.charts.BarChartPane;
import org.thematica.ui.charts.BarChartViewModel;
import org.thematica.ui.cloud.WordCloudPane;
import org.thematica.ui.matrix.MatrixPane;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The dock's hidden tabs do no work while the coder codes (issue 11: in the full window every
 * hidden tab recomputed after each coding and took the two cores from the visible ones), and a
 * tab shown after several edits shows the latest state, computed once rather than once per edit.
 */
class HiddenViewsInAppTest {
    @TempDir
    static Path dir;
    static AppDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = AppDriver.start(dir.resolve("home"));
    }

    @AfterAll
    static void stop() throws Exception {
        driver.stop();
    }

    private void showTab(String id) throws Exception {
        TabPane dock = driver.robot.lookup("#dock").queryAs(TabPane.class);
        driver.fx(() -> dock.getSelectionModel().select(dock.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    /** Waits until the project thread and the analysis thread are idle (work hops between them). */
    private void quiet() throws Exception {
        WorkbenchContext context = driver.workbench().context();
        for (int round = 0; round < 4; round++) {
            driver.settle();
            CompletableFuture<Void> done = new CompletableFuture<>();
            context.compute().run(() -> null, x -> done.complete(null));
            done.get(30, TimeUnit.SECONDS);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Codes a stretch of an interview that has none of 'everyday resilience' yet, as one edit. */
    private void code(int start) throws Exception {
        WorkbenchContext context = driver.workbench().context();
        CompletableFuture<Object> coded = new CompletableFuture<>();
        context.background().run(() -> {
            Corpus corpus = context.project().analysis().corpus();
            for (Corpus.Doc d : corpus.documents()) {
                if (d.kind() == DocumentKind.INTERVIEW && d.name().startsWith("P01")) {
                    return context.project().coding().codeRange(d.name(), "community self-help", start, start + 12, null);
                }
            }
            throw new AssertionError("no interview P01");
        }, coded::complete);
        coded.get(20, TimeUnit.SECONDS);
        quiet();
    }

    /** The chart's bars as names and counts, to compare a shown chart with one computed afresh. */
    private static List<String> bars(ThemeFrequencies.Result result) {
        return result.rows().stream().map(r -> r.name() + "=" + r.count(0)).toList();
    }

    @Test
    void hiddenTabsDoNoWorkOnEditsAndShowTheLatestStateOnceWhenChosen() throws Exception {
        BarChartPane chart = driver.robot.lookup("#bar-chart").queryAs(BarChartPane.class);
        WordCloudPane cloud = driver.robot.lookup("#word-cloud").queryAs(WordCloudPane.class);
        MatrixPane matrix = driver.robot.lookup(".matrix-pane").queryAs(MatrixPane.class);
        BarChartViewModel model = chart.model();
        showTab("chart-tab");
        driver.waitFor(() -> driver.fxGet(() -> model.chartProperty().get() != null));
        showTab("passages-tab");
        quiet();
        var chartBefore = driver.fxGet(() -> model.chartProperty().get());
        var cloudBefore = driver.fxGet(() -> cloud.model().shownProperty().get());
        var matrixBefore = driver.fxGet(() -> matrix.model().figureProperty().get());

        for (int i = 0; i < 3; i++) {
            code(200 + 40 * i); // three edits, each delivered to the window on its own
        }

        assertThat(driver.fxGet(() -> model.chartProperty().get())).as("the hidden chart computed nothing")
                .isSameAs(chartBefore);
        assertThat(driver.fxGet(() -> cloud.model().shownProperty().get())).as("the hidden word cloud counted nothing")
                .isSameAs(cloudBefore);
        assertThat(driver.fxGet(() -> matrix.model().figureProperty().get())).as("the hidden matrix computed nothing")
                .isSameAs(matrixBefore);

        AtomicInteger charts = new AtomicInteger();
        driver.fx(() -> model.chartProperty().addListener((o, old, now) -> charts.incrementAndGet()));
        showTab("chart-tab");
        driver.waitFor(() -> driver.fxGet(() -> model.chartProperty().get() != chartBefore));
        quiet();
        assertThat(charts.get()).as("the chart, shown after three edits, is computed once").isEqualTo(1);
        WorkbenchContext context = driver.workbench().context();
        CompletableFuture<ThemeFrequencies.Result> fresh = new CompletableFuture<>();
        ThemeFrequencies.Query query = driver.fxGet(model::query);
        context.background().run(() -> ThemeFrequencies.compute(context.project().analysis().corpus(), query),
                fresh::complete);
        assertThat(bars(driver.fxGet(() -> model.chartProperty().get().result())))
                .as("the chart shows the project as it is now")
                .isEqualTo(bars(fresh.get(20, TimeUnit.SECONDS)))
                .contains("everyday resilience=" + fresh.get().rows().stream()
                        .filter(r -> r.name().equals("everyday resilience")).findFirst().orElseThrow().count(0));

        // the word cloud, shown for the first time after the edits, counts once, from the current corpus
        AtomicInteger counts = new AtomicInteger();
        driver.fx(() -> cloud.model().shownProperty().addListener((o, old, now) -> {
            if (old == null || now.result() != old.result()) {
                counts.incrementAndGet();
            }
        }));
        showTab("cloud-tab");
        driver.waitFor(() -> driver.fxGet(() -> cloud.model().shownProperty().get() != cloudBefore));
        quiet();
        assertThat(counts.get()).as("the cloud is counted once").isEqualTo(1);
        assertThat(driver.fxGet(() -> cloud.model().shownProperty().get().corpus()))
                .isSameAs(driver.fxGet(() -> context.analysis().corpusProperty().get()));

        // hidden again, an edit is not read by the analysis feed at all, and the cloud keeps its state
        var cloudShown = driver.fxGet(() -> cloud.model().shownProperty().get());
        showTab("memos-tab");
        quiet();
        var corpusBefore = driver.fxGet(() -> context.analysis().corpusProperty().get());
        code(400);
        assertThat(driver.fxGet(() -> context.analysis().corpusProperty().get())).isSameAs(corpusBefore);
        assertThat(driver.fxGet(() -> cloud.model().shownProperty().get())).isSameAs(cloudShown);
        showTab("cloud-tab");
        driver.waitFor(() -> driver.fxGet(() -> cloud.model().shownProperty().get().corpus() != corpusBefore
                && cloud.model().shownProperty().get().corpus() != null));
        driver.snapshot("hidden-views-cloud-shown.png");
    }
}
