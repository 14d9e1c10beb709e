package org.thematica.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.service.Project;
import org.thematica.service.WorkspaceService.DocumentRow;
import org.thematica.testing.TestProjects;
import org.thematica.ui.common.Background;
import org.thematica.ui.documents.DocumentsPane;
import org.thematica.ui.documents.DocumentsViewModel;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The memo pane and the document list's actions on a small real project, headless: memos are
 * written where they belong and saved as the user types, and documents are renamed and deleted
 * from their context menu.
 */
@ExtendWith(ApplicationExtension.class)
class MemosPaneTest {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private Path dir;
    private Project project;
    private Background background;
    private WorkbenchContext context;
    private DocumentsPane documents;
    private MemosPane memos;
    private Stage stage;
    private long code;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("memos-pane");
        project = TestProjects.create(dir);
        TestProjects.importText(project, dir, "P01.txt", "Karim: I was elected in 2005. After 2011 the army left"
                + " the north and the militias came.\nInterviewer: Who filled the vacuum?\n");
        TestProjects.importText(project, dir, "P02.txt", "Layla: The UN mission saw the vacuum first.\n");
        project.coding().codeMatch("P01", "security vacuum", "the army left the north", 1, null);
        project.coding().codeMatch("P02", "security vacuum", "the vacuum", 1, null);
        code = project.repos().codes.byName("security vacuum").orElseThrow().id();
        project.memos().add(MemoTarget.CODE, code, "Who fills the vacuum?", "Karim and Layla both date it to 2011.\n"
                + "Karim blames the army's withdrawal; Layla the mission's mandate.\nCompare with the UN report.");
        project.memos().add(MemoTarget.CODE, code, "", "Maybe split into 'army withdrawal' and 'militia rise'.");
        project.memos().add(MemoTarget.PROJECT, 0, "Before the first interview", "I expect to hear about Iran.");

        background = new Background(errors::add);
        context = new WorkbenchContext(project, background);
        documents = new DocumentsPane(new DocumentsViewModel(context));
        memos = new MemosPane(context);
        documents.setPrefWidth(260);
        HBox.setHgrow(memos, Priority.ALWAYS);
        Scene scene = new Scene(new HBox(documents, memos), 1000, 380);
        scene.getStylesheets().add(MemosPaneTest.class.getResource("/org/thematica/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        documents.activate();
        memos.activate();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            memos.deactivate();
            documents.deactivate();
            context.dispose();
        }).get(10, TimeUnit.SECONDS);
        read(() -> null); // let the project thread finish its work
        background.close();
        project.close();
        assertThat(errors).as("errors shown to the user").isEmpty();
    }

    @Test
    void showsTheJournalUntilAskedForSomethingElse(FxRobot robot) throws Exception {
        waitForText(robot, "#memos-about", "Memos on the project (reflexive journal)");
        waitUntil(() -> list(robot).size() == 1);
        assertThat(robot.lookup("#memos-journal").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#memo-title").queryAs(TextField.class).getText())
                .as("the newest memo is open").isEqualTo("Before the first interview");
    }

    @Test
    void aMemoOnACodeIsSavedAfterAPauseAndABurstOfTypingIsOneUndoStep(FxRobot robot) throws Exception {
        robot.interact(() -> context.openMemo(MemoTarget.CODE, code, "code 'security vacuum'"));
        waitForText(robot, "#memos-about", "Memos on code 'security vacuum'");
        waitUntil(() -> list(robot).size() == 2);

        robot.clickOn("#memos-new");
        waitUntil(() -> list(robot).size() == 3 && robot.lookup("#memo-title").query().isFocused());
        robot.write("Vacuum and the mandate");
        robot.clickOn("#memo-text"); // leaving the title saves it at once
        String text = "After 2011 the army left the north.";
        robot.write(text);
        waitForText(robot, "#memo-save-state", "Saved");

        List<Memo> stored = read(() -> project.memos().of(MemoTarget.CODE, code));
        assertThat(stored).hasSize(3);
        assertThat(stored.get(0).title()).isEqualTo("Vacuum and the mandate");
        assertThat(stored.get(0).text()).isEqualTo(text);
        assertThat(read(() -> project.history().undoLabel().orElseThrow()))
                .isEqualTo("Edit memo on code 'security vacuum'");
        snapshot("memos.png");

        read(() -> project.history().undo());
        waitUntil(() -> robot.lookup("#memo-text").queryAs(TextArea.class).getText().isEmpty());
        assertThat(read(() -> project.memos().of(MemoTarget.CODE, code).get(0)))
                .as("one undo takes back the whole burst of typing, and only that")
                .satisfies(m -> {
                    assertThat(m.text()).isEmpty();
                    assertThat(m.title()).isEqualTo("Vacuum and the mandate");
                });
        assertThat(robot.lookup("#memo-title").queryAs(TextField.class).getText()).isEqualTo("Vacuum and the mandate");
    }

    @Test
    void theChosenCodeIsOfferedAndTheJournalIsOneClickAway(FxRobot robot) throws Exception {
        robot.interact(() -> context.selection().chooseCode(code));
        waitForText(robot, "#memos-hint", "Memos on code 'security vacuum'");
        robot.clickOn("#memos-hint");
        waitForText(robot, "#memos-about", "Memos on code 'security vacuum'");
        waitUntil(() -> !robot.lookup("#memos-hint").query().isVisible() && list(robot).size() == 2);

        robot.clickOn("#memos-journal");
        waitForText(robot, "#memos-about", "Memos on the project (reflexive journal)");
        waitUntil(() -> list(robot).size() == 1);
    }

    @Test
    void theDocumentMenuOpensItsMemosAndRenamesIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".document-name").match(n -> "P02".equals(((Label) n).getText())).tryQuery()
                .isPresent());
        openContextMenu(robot, documentLabel(robot, "P02"));
        robot.clickOn("Memos on this document…");
        waitForText(robot, "#memos-about", "Memos on document 'P02'");

        openContextMenu(robot, documentLabel(robot, "P02"));
        robot.clickOn("Rename…");
        TextField name = robot.lookup("#rename-document").queryAs(TextField.class);
        robot.clickOn(name); // typing goes to the window last clicked
        robot.interact(name::selectAll);
        robot.write("Layla, UN staff");
        snapshotWindow(name, "rename-document.png");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> read(() -> project.repos().documents.byName("Layla, UN staff").isPresent()));
        waitUntil(() -> robot.lookup(".document-name").match(n -> "Layla, UN staff".equals(((Label) n).getText()))
                .tryQuery().isPresent());
        waitForText(robot, "#memos-about", "Memos on document 'Layla, UN staff'"); // the header follows the name
    }

    @Test
    void theDeleteKeyAsksFirstAndUndoBringsTheDocumentBack(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".document-name").match(n -> "P02".equals(((Label) n).getText())).tryQuery()
                .isPresent());
        robot.clickOn(documentLabel(robot, "P02")).type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane .content").tryQuery().isPresent());
        assertThat(((Label) robot.lookup(".dialog-pane .content").query()).getText())
                .isEqualTo("Its 1 coding goes with it. Edit ▸ Undo brings it back.");
        robot.clickOn("Delete");

        waitUntil(() -> read(() -> project.repos().documents.byName("P02").isEmpty()));
        waitUntil(() -> documentRows(robot).size() == 1);
        read(() -> project.history().undo());
        waitUntil(() -> documentRows(robot).size() == 2);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * What a right-click does on a desktop. Monocle's mouse never asks for a context menu, so the
     * request is sent as the platform would send it.
     */
    private static void openContextMenu(FxRobot robot, Node node) {
        robot.interact(() -> {
            Bounds local = node.getBoundsInLocal();
            Point2D screen = node.localToScreen(local.getCenterX(), local.getCenterY());
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getCenterX(),
                    local.getCenterY(), screen.getX(), screen.getY(), false, null));
        });
    }

    private static Node documentLabel(FxRobot robot, String name) {
        return robot.lookup(".document-name").match(n -> name.equals(((Label) n).getText())).query();
    }

    private static List<DocumentRow> documentRows(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#documents").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .map(i -> (DocumentRow) i.getValue()).toList();
    }

    private static List<?> list(FxRobot robot) {
        return robot.lookup("#memo-list").queryListView().getItems();
    }

    /** Runs on the project thread, as the panes do, and waits for the answer. */
    private <T> T read(Callable<T> work) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        background.run(() -> {
            try {
                answer.complete(work.call());
            } catch (Exception e) {
                answer.completeExceptionally(e);
            }
            return null;
        });
        return answer.get(10, TimeUnit.SECONDS);
    }

    private static void waitForText(FxRobot robot, String query, String text) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                    .map(n -> n instanceof Label l ? l.getText() : ((Button) n).getText()).orElse("").equals(text));
        } catch (java.util.concurrent.TimeoutException e) {
            Node n = robot.lookup(query).tryQuery().orElse(null);
            throw new AssertionError(query + " never read '" + text + "'; it reads '"
                    + (n instanceof Label l ? l.getText() : n instanceof Button b ? b.getText() : n) + "'", e);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Check check) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, check::holds);
    }

    private void snapshotWindow(Node node, String file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.getScene().snapshot(null)).get(20, TimeUnit.SECONDS);
        File out = new File("target/screenshots");
        out.mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(out, file));
    }

    private void snapshot(String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(20, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        File out = new File("target/screenshots");
        out.mkdirs();
        ImageIO.write(png, "png", new File(out, name));
    }
}
