package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
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
import org.thematica.service.WorkspaceService.CodeRow;

/**
 * Retrieval inside the real window, on the demo project: choosing a code in the codebook fills
 * the Passages tab, a click on a passage selects it in the transcript, and Ctrl+Shift+F opens
 * the Search tab with the query field ready. Saves snapshots to target/screenshots.
 */
class RetrievalInAppTest {
    @TempDir
    static Path home;
    static Stage stage;
    static javafx.application.Application app;

    @BeforeAll
    static void startApp() throws Exception {
        System.setProperty("thematica.home", home.toString());
        stage = FxToolkit.registerPrimaryStage();
        // the primary stage is shared by every test class that starts the app in this JVM
        FxToolkit.setupStage(s -> s.titleProperty().unbind());
        app = FxToolkit.setupApplication(ThematicaApp.class);
    }

    @AfterAll
    static void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        // leave the shared stage as a fresh one: no title binding, none of this window's nodes
        FxToolkit.setupStage(s -> {
            s.titleProperty().unbind();
            s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane()));
        });
        FxToolkit.cleanupStages();
        System.clearProperty("thematica.home");
    }

    @Test
    void aCodesPassagesAppearBelowTheTranscriptAndOneClickSelectsThePassageThere() throws Exception {
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#codes").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TreeView<Object> codes = robot.lookup("#codes").queryAs(TreeView.class);
        // the tree is filled on the FX thread: look at it there
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> item(codes, "sectarian violence") != null).get(5, TimeUnit.SECONDS));
        robot.interact(() -> {
            codes.getSelectionModel().select(item(codes, "sectarian violence"));
            codes.scrollTo(codes.getSelectionModel().getSelectedIndex());
        });
        TableView<?> table = robot.lookup("#passages-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(robot.lookup("#dock").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText())
                .isEqualTo("Passages");
        assertThat(robot.lookup("#passages-header").queryAs(Label.class).getText())
                .startsWith("Code 'sectarian violence' — " + table.getItems().size() + " passages in ");
        snapshot("passages-demo.png");

        var passage = (org.thematica.service.RetrievalService.Passage) table.getItems().get(1);
        robot.clickOn(robot.lookup("#passages-table .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        TranscriptView text = robot.lookup("#transcript-text").queryAs(TranscriptView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.selectedText().equals(passage.coding().text()));
        snapshot("passages-reveal-demo.png");
    }

    @Test
    void ctrlShiftFOpensSearchReadyToTypeAndListsHitsInContext() throws Exception {
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#summary").tryQuery().isPresent()
                && ((Label) robot.lookup("#summary").query()).getText().contains("codings"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dock").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText())
                .isEqualTo("Search");
        assertThat(robot.lookup("#search-query").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("militia*").type(KeyCode.ENTER);
        Label summary = robot.lookup("#search-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary.getText().contains(" in "));
        assertThat(summary.getText()).matches("\\d+ match(es)? in \\d+ documents?");
        assertThat(robot.lookup("#search-hits").queryAs(TableView.class).getItems()).isNotEmpty();
        snapshot("search-demo.png");
    }

    private static TreeItem<Object> item(TreeView<Object> tree, String code) {
        for (TreeItem<Object> item : tree.getRoot().getChildren()) {
            if (item.getValue() instanceof CodeRow row && row.code().name().equals(code)) {
                return item;
            }
        }
        return null;
    }

    private static void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(20, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        File dir = new File("target/screenshots");
        dir.mkdirs();
        ImageIO.write(png, "png", new File(dir, name));
    }
}
