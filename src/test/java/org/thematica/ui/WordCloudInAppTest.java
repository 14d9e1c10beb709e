package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.WordFrequencies;
import org.thematica.analysis.WordScope;
import org.thematica.figure.WordCloudLayout;
import org.thematica.model.Document;
import org.thematica.service.Project;
import org.thematica.service.RetrievalService.Hit;
import org.thematica.testing.TestProjects;
import org.thematica.ui.cloud.WordCloudPane;
import org.thematica.ui.cloud.WordCloudViewModel;

/**
 * The word cloud in the real window, headless: the cloud of a code's passages changes when a
 * passage is coded with it; a click on a word lists its occurrences in context, and a click on
 * one selects it in the transcript; stop words are edited in their dialog and undone with
 * Ctrl+Z. Saves snapshots to target/screenshots/cloud-*.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WordCloudInAppTest {
    static final String INTERVIEW = "Interviewer: What happened after the withdrawal?\n"
            + "Karim: The militias came after the army left. There was a security vacuum in every town.\n"
            + "Interviewer: And then?\n"
            + "Karim: People trusted nobody. The militias ruled the roads and the checkpoints.\n";

    @TempDir
    static Path dir;
    static AppDriver driver;
    static long document;

    @BeforeAll
    static void start() throws Exception {
        Path file;
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "P01 Karim.txt", INTERVIEW);
            p.coding().codeMatch("P01 Karim", "armed groups", "The militias came after the army left.", 1, null);
            file = p.file();
        }
        // the primary stage is shared by every test class that starts the app in this JVM: take it
        // without the title binding another window may have left on it
        org.testfx.api.FxToolkit.registerPrimaryStage();
        org.testfx.api.FxToolkit.setupStage(s -> s.titleProperty().unbind());
        driver = AppDriver.start(dir.resolve("home"));
        driver.open(file);
        document = driver.project().repos().documents.byName("P01 Karim").map(Document::id).orElseThrow();
        TabPane dock = driver.robot.lookup("#dock").queryAs(TabPane.class);
        driver.fx(() -> {
            for (Tab t : dock.getTabs()) {
                if (t.getText().equals("Word cloud")) {
                    dock.getSelectionModel().select(t);
                }
            }
            driver.workbench().context().selection().documentProperty().set(document);
            // give the dock room, as a user drags the divider under the transcript
            for (javafx.scene.Parent p = dock.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.SplitPane split && split.getItems().contains(dock)) {
                    split.setDividerPositions(0.3);
                    break;
                }
            }
        });
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.stop();
        }
        // leave the shared stage as a fresh one for the next test class
        org.testfx.api.FxToolkit.setupStage(s -> {
            s.titleProperty().unbind();
            s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane()));
        });
    }

    private static WordCloudPane pane() {
        return driver.robot.lookup("#word-cloud").queryAs(WordCloudPane.class);
    }

    private static WordCloudViewModel model() {
        return pane().model();
    }

    private static List<String> words() throws Exception {
        return driver.fxGet(() -> {
            WordCloudViewModel.Shown s = model().shownProperty().get();
            return s == null ? List.<String>of() : s.result().words().stream().map(WordFrequencies.Word::text).toList();
        });
    }

    @SuppressWarnings("unchecked")
    private static void chooseScope(WordScope.Kind kind, String target) throws Exception {
        ComboBox<WordScope.Kind> kinds = driver.robot.lookup("#cloud-scope").queryAs(ComboBox.class);
        ComboBox<WordCloudViewModel.Target> targets = driver.robot.lookup("#cloud-target").queryAs(ComboBox.class);
        driver.fx(() -> {
            kinds.setValue(kind);
            if (target != null) {
                targets.setValue(targets.getItems().stream().filter(t -> t.label().equals(target)).findFirst()
                        .orElseThrow());
            }
        });
    }

    @Test
    @Order(1)
    void theCloudOfACodesPassagesChangesWhenAPassageIsCodedWithIt() throws Exception {
        chooseScope(WordScope.Kind.CODE, "armed groups");
        driver.waitFor(() -> words().equals(List.of("army", "left", "militias")));
        driver.snapshot("cloud-code-before.png");

        String text = driver.fxGet(() -> driver.area().text());
        int at = text.indexOf("security vacuum in every town");
        driver.fx(() -> {
            driver.area().requestFocus();
            driver.area().selectRange(at, at + "security vacuum in every town".length());
            driver.workbench().context().applyCodeNamed("armed groups");
        });
        driver.waitFor(() -> words().containsAll(List.of("security", "vacuum", "town", "militias")));
        assertThat(words()).doesNotContain("every", "roads");
        driver.waitFor(() -> driver.fxGet(() -> driver.robot.lookup("#cloud-summary").queryLabeled().getText())
                .startsWith("From the passages of code 'armed groups': 6 different words"));
        driver.snapshot("cloud-code.png");
    }

    @Test
    @Order(2)
    void aClickOnAWordListsItsOccurrencesAndAClickOnOneShowsItInTheTranscript() throws Exception {
        chooseScope(WordScope.Kind.CORPUS, null);
        driver.waitFor(() -> words().size() > 6 && words().get(0).equals("militias"));
        // the word's box on the canvas, as laid out for the canvas's figure area
        Point2D point = driver.fxGet(() -> {
            WordCloudViewModel.Shown s = model().shownProperty().get();
            WordCloudLayout layout = s.figure().layout(pane().canvas().figureBounds(), s.style());
            WordCloudLayout.Placed p = layout.placed().stream().filter(w -> w.text().equals("militias")).findFirst()
                    .orElseThrow();
            return pane().canvas().localToScreen(p.box().getCenterX(), p.box().getCenterY());
        });
        driver.robot.clickOn(point);
        @SuppressWarnings("unchecked")
        TableView<Hit> hits = driver.robot.lookup("#cloud-occurrences").queryAs(TableView.class);
        driver.waitFor(() -> driver.fxGet(() -> hits.getItems().size()) == 2);
        assertThat(driver.robot.lookup("#cloud-occurrences-header").queryLabeled().getText())
                .isEqualTo("‘militias’ — 2 occurrences in 1 document");
        Hit second = driver.fxGet(() -> hits.getItems().get(1));
        assertThat(second.match()).isEqualTo("militias");
        assertThat(second.right()).startsWith(" ruled the roads");
        assertThat(second.cases()).isEmpty();
        driver.snapshot("cloud-kwic.png");

        driver.robot.clickOn(driver.robot.lookup("#cloud-occurrences .table-row-cell").nth(1)
                .queryAs(javafx.scene.Node.class));
        driver.waitFor(() -> driver.fxGet(() -> driver.area().selectionStart() == second.start()
                && driver.area().selectedText().equals("militias")));
        driver.snapshot("cloud-reveal.png");
    }

    @Test
    @Order(3)
    void stopWordsAreEditedInTheirDialogAndUndoneWithCtrlZ() throws Exception {
        driver.robot.clickOn("#cloud-stop-words");
        driver.waitFor(() -> driver.robot.lookup("#stop-extra").tryQuery().isPresent());
        driver.fx(() -> driver.robot.lookup("#stop-extra").queryAs(TextArea.class).setText("militias roads"));
        snapshotDialog("cloud-stop-words.png");
        driver.robot.clickOn("Save");
        driver.waitFor(() -> !words().isEmpty() && !words().contains("militias") && !words().contains("roads"));
        driver.waitFor(() -> driver.project().repos().info.get("stop-words").isPresent());
        driver.fx(() -> driver.area().requestFocus());
        driver.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        driver.waitFor(() -> words().contains("militias"));
        assertThat(driver.project().repos().info.get("stop-words")).isEmpty();
    }

    @Test
    @Order(4)
    void theDemoProjectsCloudIsColouredByTheme() throws Exception {
        driver.open(ThematicaApp.demoFile());
        TabPane dock = driver.robot.lookup("#dock").queryAs(TabPane.class);
        driver.fx(() -> dock.getTabs().stream().filter(t -> t.getText().equals("Word cloud")).findFirst()
                .ifPresent(t -> dock.getSelectionModel().select(t)));
        driver.waitFor(() -> words().size() == 100);
        driver.waitFor(() -> driver.fxGet(() -> model().shownProperty().get().width() == pane().canvas().getWidth()
                && model().shownProperty().get().height() == pane().canvas().getHeight()));
        assertThat(driver.fxGet(() -> model().shownProperty().get().result().words().stream()
                .filter(w -> w.themeId() != 0).count())).isGreaterThan(50);
        driver.snapshot("cloud-demo-app.png");
    }

    /** A snapshot of the dialog that is open (its own window). */
    private static void snapshotDialog(String name) throws Exception {
        javafx.scene.image.WritableImage image = driver.fxGet(() -> driver.robot.lookup(".dialog-pane").query()
                .getScene().snapshot(null));
        java.io.File out = new java.io.File("target/screenshots", name);
        out.getParentFile().mkdirs();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", out);
    }
}
