package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeFrequencies.Row;
import org.thematica.figure.BarChartFigure.BarShape;
import org.thematica.model.DocumentKind;
import org.thematica.ui.charts.BarChartPane;
import org.thematica.ui.workbench.PassageRequest;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The chart in the real window, on the demo project: the Chart tab shows every theme's share of
 * the four interviews, a coding made through the service moves a bar, and a click on a bar
 * opens the Passages tab on that theme's passages in interviews.
 */
class ChartInAppTest {
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

    private BarChartPane pane() {
        return driver.robot.lookup("#bar-chart").queryAs(BarChartPane.class);
    }

    private Row row(String theme) throws Exception {
        return driver.fxGet(() -> pane().model().chartProperty().get().result().rows().stream()
                .filter(r -> r.name().equals(theme)).findFirst().orElseThrow());
    }

    @Test
    void theChartFollowsCodingAndABarOpensItsPassages() throws Exception {
        TabPane dock = driver.robot.lookup("#dock").queryAs(TabPane.class);
        driver.fx(() -> dock.getSelectionModel().select(dock.getTabs().stream()
                .filter(t -> "chart-tab".equals(t.getId())).findFirst().orElseThrow()));
        driver.waitFor(() -> driver.fxGet(() -> pane().model().chartProperty().get() != null
                && pane().canvas().figure() == pane().model().chartProperty().get().figure()));
        assertThat(driver.fxGet(() -> pane().model().chartProperty().get().result().rows().size())).isEqualTo(7);
        assertThat(row("political instability").value(0)).isEqualTo(1.0);
        Row resilience = row("everyday resilience");
        assertThat(resilience.value(0)).isCloseTo(0.5, within(1e-9));
        driver.snapshot("chart-app.png");

        // code 'community self-help' (a code of 'everyday resilience') in an interview without the theme
        WorkbenchContext context = driver.workbench().context();
        CompletableFuture<String> coded = new CompletableFuture<>();
        context.background().run(() -> {
            Corpus corpus = context.project().analysis().corpus();
            long[] codes = corpus.theme(resilience.id()).codeIds();
            for (Corpus.Doc d : corpus.documents()) {
                boolean has = corpus.passages(d.id()).stream().anyMatch(p -> java.util.Arrays.stream(codes)
                        .anyMatch(c -> c == p.codeId()));
                if (d.kind() == DocumentKind.INTERVIEW && !has) {
                    context.project().coding().codeRange(d.name(), "community self-help", 0, 20, null);
                    return d.name();
                }
            }
            throw new AssertionError("every interview has the theme");
        }, coded::complete);
        String document = coded.get(20, TimeUnit.SECONDS);
        driver.waitFor(() -> row("everyday resilience").value(0) > 0.7);
        driver.settle();
        driver.snapshot("chart-app-after-coding.png");

        Point2D point = driver.fxGet(() -> {
            var chart = pane().model().chartProperty().get();
            int category = chart.result().rows().indexOf(row("everyday resilience"));
            BarShape bar = chart.figure().bars(pane().canvas().figureBounds(), chart.style()).get(category);
            return pane().canvas().localToScreen(bar.rect().getCenterX(), bar.rect().getCenterY());
        });
        driver.robot.clickOn(point);
        driver.waitFor(() -> driver.fxGet(() -> {
            Tab selected = dock.getSelectionModel().getSelectedItem();
            return "passages-tab".equals(selected.getId()) && driver.robot.lookup("#passages-header")
                    .queryAs(Label.class).getText().startsWith("Theme 'everyday resilience'");
        }));
        assertThat(context.selection().passageFilterProperty().get())
                .isEqualTo(new PassageRequest(null, null, DocumentKind.INTERVIEW));
        assertThat(driver.robot.lookup("#passages-header").queryAs(Label.class).getText())
                .as("the new passage in " + document + " is listed").contains("in 3 documents");
        driver.snapshot("chart-app-passages.png");
    }
}
