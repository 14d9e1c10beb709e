package org.thematica.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.analysis.ThemeFrequencies.Result;
import org.thematica.analysis.ThemeFrequencies.Row;
import org.thematica.export.FigureExporter.Format;
import org.thematica.figure.BarChartFigure.BarShape;
import org.thematica.model.DocumentKind;
import org.thematica.service.Project;
import org.thematica.testing.FrequencyFixture;
import org.thematica.ui.common.Background;
import org.thematica.ui.figures.ExportDialog;
import org.thematica.ui.workbench.PassageRequest;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The chart pane on a small real project, headless: it shows the chart, follows a coding made
 * through the service, changes with its choice boxes, and a click on a bar asks for the
 * passages behind it. Snapshots go to target/screenshots/chart*.png.
 */
@ExtendWith(ApplicationExtension.class)
class BarChartPaneTest {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private Path dir;
    private Project project;
    private Background background;
    private WorkbenchContext context;
    private BarChartPane pane;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("chart-pane");
        project = FrequencyFixture.create(dir);
        background = new Background(errors::add);
        context = new WorkbenchContext(project, background);
        pane = new BarChartPane(context);
        Scene scene = new Scene(pane, 820, 460);
        scene.getStylesheets().add(getClass().getResource("/org/thematica/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        pane.activate();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            pane.deactivate();
            context.dispose();
        }).get(10, TimeUnit.SECONDS);
        read(() -> null);
        background.close();
        project.close();
        assertThat(errors).as("no failure reached the user").isEmpty();
    }

    private <T> T read(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        background.run(work, done::complete);
        T result = done.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private Result result() {
        var chart = pane.model().chartProperty().get();
        return chart == null ? null : chart.result();
    }

    private Row row(String name) {
        return result().rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** The middle of a bar's strip, on the screen, from the figure's own layout of what is painted. */
    private Point2D onScreen(String theme, int series) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var chart = pane.model().chartProperty().get();
            assertThat(pane.canvas().figure()).as("the chart on the canvas").isSameAs(chart.figure());
            int category = result().rows().indexOf(row(theme));
            BarShape bar = chart.figure().bars(pane.canvas().figureBounds(), chart.style()).stream()
                    .filter(b -> b.bar().category() == category && b.bar().series() == series).findFirst()
                    .orElseThrow();
            return pane.canvas().localToScreen(bar.rect().getMaxX() + 20, bar.rect().getCenterY());
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void showsTheChartFollowsACodingAndAClickListsThePassagesBehindABar(FxRobot robot) throws Exception {
        waitFor(() -> result() != null && pane.canvas().figure() != null);
        assertThat(row("security").value(0)).isCloseTo(0.75, within(1e-9));
        assertThat(robot.lookup("#chart-measure").queryAs(ComboBox.class).getValue().toString())
                .isEqualTo("Share of documents");
        assertThat(robot.lookup("#chart-kind").queryAs(ComboBox.class).getValue().toString()).isEqualTo("Interviews");
        snapshot("chart.png");

        // a coding made elsewhere (the transcript, a script) reaches the chart
        read(() -> project.coding().codeMatch("P3", "militias", "Nobody voted", 1, null));
        waitFor(() -> row("security").value(0) > 0.99);
        assertThat(pane.canvas().figure()).isSameAs(pane.model().chartProperty().get().figure());
        snapshot("chart-live.png");

        robot.clickOn(onScreen("economy", 0));
        waitFor(() -> context.selection().themeProperty().get() != null);
        assertThat(context.selection().themeProperty().get()).isEqualTo(row("economy").id());
        assertThat(context.selection().passageFilterProperty().get())
                .isEqualTo(new PassageRequest(null, null, DocumentKind.INTERVIEW));
        assertThat(context.messageProperty().get()).isEqualTo("Passages of theme 'economy' in interviews.");
    }

    @Test
    void theChoiceBoxesChangeTheChartAndAreSavedWithTheProject(FxRobot robot) throws Exception {
        waitFor(() -> result() != null);
        robot.clickOn("#chart-split");
        robot.clickOn("By role");
        waitFor(() -> result().groups().size() == 3);
        assertThat(pane.model().chartProperty().get().figure().data().series())
                .containsExactly("political actor (n = 1)", "security expert (n = 2)", "no role (n = 2)");
        waitFor(() -> pane.canvas().figure() == pane.model().chartProperty().get().figure());
        snapshot("chart-split.png");

        robot.clickOn(onScreen("politics", 1));
        waitFor(() -> new PassageRequest("role", "security expert", DocumentKind.INTERVIEW)
                .equals(context.selection().passageFilterProperty().get()));
        assertThat(context.selection().themeProperty().get()).isEqualTo(row("politics").id());

        robot.clickOn("#chart-measure");
        robot.clickOn("Coded words");
        waitFor(() -> result().query().measure().name().equals("WORDS"));
        assertThat(row("politics").counts()).containsExactly(7, 5, 9);
        robot.clickOn("#chart-filter");
        robot.clickOn("gender = male");
        waitFor(() -> result().query().filtered());
        assertThat(result().groups()).extracting(g -> g.label()).containsExactly("political actor",
                "security expert", "no role");
        waitFor(() -> pane.canvas().figure() == pane.model().chartProperty().get().figure());
        snapshot("chart-words-filtered.png");

        var saved = read(() -> project.figureSettings().load("theme-frequencies", null));
        assertThat(saved.options()).containsEntry("split", "role").containsEntry("measure", "words")
                .containsEntry("filter-attribute", "gender").containsEntry("filter-value", "male");

        // undo the last choice: the box follows
        read(() -> {
            project.history().undo();
            return null;
        });
        waitFor(() -> "All cases".equals(robot.lookup("#chart-filter").queryAs(ComboBox.class).getValue()
                .toString()) && !result().query().filtered());
    }

    @Test
    void exportsWithTheChoicesOfThePane() throws Exception {
        waitFor(() -> result() != null);
        Path file = dir.resolve("chart.pdf");
        WaitForAsyncUtils.asyncFx(() -> ExportDialog.export(context, BarChartViewModel.SOURCE,
                pane.model().settings(), Format.PDF, file)).get(10, TimeUnit.SECONDS);
        waitFor(() -> Files.exists(file));
        waitFor(() -> context.messageProperty().get().equals("Exported chart.pdf."));
        assertThat(Files.size(file)).isGreaterThan(1000);
    }

    private void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10,
                TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        File out = new File("target/screenshots");
        out.mkdirs();
        ImageIO.write(png, "png", new File(out, name));
    }
}
