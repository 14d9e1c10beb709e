package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.thematica.ui.transcript.TranscriptView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real application the way a newcomer does (no arguments): it builds the demo
 * project on first run and opens it. Runs headless (Monocle) in the normal test run and saves
 * a snapshot of the window to target/screenshots for a human to look at.
 */
class AppSmokeTest {
    @TempDir
    static Path home;
    static Stage stage;

    @BeforeAll
    static void startApp() throws Exception {
        System.setProperty("thematica.home", home.toString());
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(ThematicaApp.class);
    }

    @AfterAll
    static void stopApp() throws Exception {
        FxToolkit.cleanupStages();
        System.clearProperty("thematica.home");
    }

    @Test
    void opensOnTheDemoProjectWithDocumentsTextAndCodebook() throws Exception {
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#summary").tryQuery().isPresent()
                && ((Label) robot.lookup("#summary").query()).getText().contains("106 codings"));
        assertThat(Files.exists(home.resolve("demo.thematica"))).as("the demo was built on first run").isTrue();
        assertThat(stage.getTitle()).startsWith("Demo: a fictional post-conflict study — demo.thematica");

        TreeView<?> documents = robot.lookup("#documents").queryAs(TreeView.class);
        assertThat(documents.getRoot().getChildren()).extracting(g -> g.getValue().toString())
                .containsExactly("Interviews (4)", "Secondary sources (2)");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#transcript-text").tryQuery()
                .map(n -> ((TranscriptView) n).text().contains("Karim: I was elected in 2005")).orElse(false));
        TranscriptView text = robot.lookup("#transcript-text").queryAs(TranscriptView.class);
        assertThat(java.util.stream.IntStream.range(0, text.content().rows()).map(r -> text.content().highlights(r).length).sum())
                .as("coded passages are highlighted").isGreaterThan(10);

        TreeView<?> codes = robot.lookup("#codes").queryAs(TreeView.class);
        assertThat(codes.getRoot().getChildren().size()).as("top-level codes").isEqualTo(21);
        TreeView<?> themes = robot.lookup("#themes").queryAs(TreeView.class);
        assertThat(themes.getRoot().getChildren()).hasSize(7);

        snapshot("demo-workbench.png");
    }

    private static void snapshot(String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(20, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        File dir = new File("target/screenshots");
        dir.mkdirs();
        ImageIO.write(png, "png", new File(dir, name));
    }
}
