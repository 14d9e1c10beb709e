package org.thematica.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.model.Coding;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.service.Project;
import org.thematica.service.WorkspaceService.CodeRow;
import org.thematica.service.WorkspaceService.ThemeRow;
import org.thematica.testing.TestProjects;
import org.thematica.ui.common.Background;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The codebook pane in a window (headless), driven with the mouse and keyboard as a user would,
 * checked against the project through its repositories.
 */
@ExtendWith(ApplicationExtension.class)
class CodebookPaneTest {
    Path dir;
    Project project;
    Background background;
    WorkbenchContext context;
    CodebookPane pane;
    Stage stage;
    final List<Throwable> crashes = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("codebook-pane");
        project = TestProjects.create(dir);
        TestProjects.importText(project, dir, "P01.txt", "Karim: the militias came after the army left.\n");
        TestProjects.importText(project, dir, "P02.txt", "Layla: militias ran the checkpoints after the withdrawal.\n");
        project.coding().codeMatch("P01", "militias", "the militias came", 1, null);
        project.coding().codeMatch("P02", "militias", "militias ran", 1, null);
        project.coding().codeMatch("P01", "armed groups", "the army left", 1, null);
        project.coding().codeMatch("P02", "federation withdrawal", "the withdrawal", 1, null);
        project.codebook().defineCode("local militias", null, "Militias of one town or quarter.", "militias");
        project.codebook().theme("security vacuum", new ThemeChange("No one holds the monopoly of force.", null,
                null, List.of("militias"), List.of()));
        project.codebook().theme("foreign influence", ThemeChange.adding("federation withdrawal"));
        project.codebook().link("foreign influence", "security vacuum", "creates");

        background = new Background(crashes::add);
        context = new WorkbenchContext(project, background);
        pane = new CodebookPane(new CodebookViewModel(context));
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(context.messageProperty());
        BorderPane root = new BorderPane(pane, null, null, status, null);
        Scene scene = new Scene(root, 380, 620);
        scene.getStylesheets().add(CodebookPane.class.getResource("/org/thematica/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        pane.activate();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(pane::deactivate).get(10, TimeUnit.SECONDS);
        context.dispose();
        background.close();
        project.close();
        assertThat(crashes).as("no unexpected failures").isEmpty();
    }

    @Test
    void aCodeMadeWithThePlusButtonIsSelectedAndF2RenamesIt(FxRobot robot) throws Exception {
        awaitCell(robot, "codes", "militias");
        robot.clickOn("#new-code");
        robot.clickOn("#name-field"); // TestFX types into the window it last clicked in
        robot.write("displacement");
        robot.type(KeyCode.ENTER);
        awaitCell(robot, "codes", "displacement");
        assertThat(onProject((Project p) -> p.repos().codes.byName("displacement"))).isPresent();
        assertThat(selectedName(pane.codesTree())).as("the new code is chosen").isEqualTo("displacement");
        assertThat(status(robot)).isEqualTo("Created code 'displacement'.");

        robot.type(KeyCode.F2);
        TextField field = robot.lookup("#name-field").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("displacement");
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write("forced displacement");
        robot.type(KeyCode.ENTER);
        awaitCell(robot, "codes", "forced displacement");
        assertThat(onProject((Project p) -> p.repos().codes.byName("forced displacement"))).isPresent();
        assertThat(onProject((Project p) -> p.repos().codes.byName("displacement"))).isEmpty();
        assertThat(selectedName(pane.codesTree())).as("the selection survives the re-read")
                .isEqualTo("forced displacement");
    }

    @Test
    void aNameInUseKeepsTheCreateButtonDisabledAndSaysWhy(FxRobot robot) throws Exception {
        awaitCell(robot, "codes", "militias");
        robot.clickOn(cell(robot, "codes", "armed groups"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#name-field");
        robot.write("militias");
        DialogPane dialog = robot.lookup(".codebook-dialog").queryAs(DialogPane.class);
        assertThat(button(dialog, "Create").isDisabled()).isTrue();
        assertThat(robot.lookup(".codebook-dialog .muted").queryAs(Label.class).getText())
                .isEqualTo("There is already a code named 'militias'.");
        Snapshots.save(stage, "codebook-new-code-dialog.png");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void draggingACodeOntoAThemeAddsItAndOntoACodeMakesItASubCode(FxRobot robot) throws Exception {
        awaitCell(robot, "themes", "security vacuum");
        Node theme = cell(robot, "themes", "security vacuum");
        robot.drag(cell(robot, "codes", "armed groups"), MouseButton.PRIMARY).moveTo(theme);
        assertThat(theme.getStyleClass()).as("the drop target is marked").contains(CodebookCell.DROP_TARGET);
        Snapshots.save(stage, "codebook-drag-to-theme.png");
        robot.drop();
        assertThat(theme.getStyleClass()).doesNotContain(CodebookCell.DROP_TARGET);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> themeCodeCount("security vacuum") == 2);
        assertThat(status(robot)).isEqualTo("Added 'armed groups' to theme 'security vacuum'.");

        robot.drag(cell(robot, "codes", "federation withdrawal"), MouseButton.PRIMARY)
                .dropTo(cell(robot, "codes", "armed groups"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onProject(p -> p.repos().codes
                .byName("federation withdrawal").orElseThrow().parentId()) != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> item(pane.codesTree(), "federation withdrawal")
                .getParent().getValue() instanceof CodeRow);
        TreeItem<Object> moved = item(pane.codesTree(), "federation withdrawal");
        assertThat(((CodeRow) moved.getParent().getValue()).code().name()).isEqualTo("armed groups");
    }

    @Test
    void aCodeCannotBeDroppedOntoItsOwnSubCode(FxRobot robot) throws Exception {
        awaitCell(robot, "codes", "local militias");
        Node child = cell(robot, "codes", "local militias");
        robot.drag(cell(robot, "codes", "militias"), MouseButton.PRIMARY).moveTo(child);
        assertThat(child.getStyleClass()).as("marked as refusing").contains(CodebookCell.DROP_REFUSED);
        Snapshots.save(stage, "codebook-drag-refused.png");
        robot.drop();
        assertThat(status(robot)).isEqualTo(
                "'militias' cannot go under 'local militias', which is one of its own sub-codes.");
        assertThat(onProject((Project p) -> p.repos().codes.byName("militias").orElseThrow().parentId())).isNull();
    }

    @Test
    void deletingACodedCodeAsksAndMovesItsCodingsAndUndoRestoresTheTree(FxRobot robot) throws Exception {
        awaitCell(robot, "codes", "militias");
        robot.clickOn(cell(robot, "codes", "militias"));
        robot.type(KeyCode.DELETE);
        DialogPane dialog = robot.lookup(".codebook-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Delete code 'militias'?");
        assertThat(dialog.getContent().lookupAll(".label").stream().map(n -> ((Label) n).getText()))
                .contains("'militias' has 2 codings in 2 documents. What should happen to them?\n"
                        + "It leaves theme 'security vacuum'.\nUndo brings everything back.");
        Button delete = button(dialog, "Delete code");
        assertThat(delete.isDisabled()).as("nothing chosen yet").isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<String> target = robot.lookup("#move-target").queryAs(ComboBox.class);
        robot.interact(() -> target.getSelectionModel().select("armed groups"));
        assertThat(delete.isDisabled()).isFalse();
        Snapshots.save(stage, "codebook-delete-dialog.png");
        robot.clickOn(delete);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findCell(robot, "codes", "militias").isEmpty());
        assertThat(onProject((Project p) -> p.repos().codes.byName("militias"))).isEmpty();
        assertThat(onProject((Project p) -> p.repos().codings.ofCode(p.repos().codes.byName("armed groups").orElseThrow().id())))
                .extracting(Coding::text).containsExactlyInAnyOrder("the militias came", "militias ran", "the army left");
        assertThat(item(pane.codesTree(), "local militias").getParent().getValue())
                .as("its sub-code went with its codings").isInstanceOf(CodeRow.class);

        onProject(p -> p.history().undo());
        awaitCell(robot, "codes", "militias");
        assertThat(onProject((Project p) -> p.repos().codings.ofCode(p.repos().codes.byName("militias").orElseThrow().id())))
                .hasSize(2);
        assertThat(((CodeRow) item(pane.codesTree(), "militias").getValue()).codings()).as("counts are live")
                .isEqualTo(2);
    }

    @Test
    void theContextMenuOffersTheEditsAndTheTooltipTellsMore(FxRobot robot) throws Exception {
        awaitCell(robot, "codes", "militias");
        openContextMenu(robot, cell(robot, "codes", "militias"));
        List<String> items = robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(items).contains("Apply to selection", "New code…", "New sub-code…", "Rename…", "Recolour…",
                "Edit description…", "Move under…", "Merge into…", "Add to theme", "Remove from theme", "Memo…",
                "Delete…");
        Snapshots.save(stage, "codebook-context-menu.png");
        robot.type(KeyCode.ESCAPE);

        openContextMenu(robot, cell(robot, "themes", "security vacuum"));
        assertThat(robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("New theme…", "Rename…", "Status", "Merge into…", "Link to theme…", "Delete…");
        robot.type(KeyCode.ESCAPE);

        robot.moveTo(cell(robot, "themes", "foreign influence")); // tooltips wait for the pointer to move in
        TreeCell<?> theme = (TreeCell<?>) cell(robot, "themes", "security vacuum");
        robot.moveTo(theme);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> theme.getTooltip().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(stage, "codebook-tooltip.png");
        assertThat(theme.getTooltip().getText()).isEqualTo("""
                security vacuum (candidate)
                1 code; 2 codings in 2 documents.
                Linked from 'foreign influence' (creates).

                No one holds the monopoly of force.""");
    }

    @Test
    void recolouringPicksFromThePaletteAndStoresTheColour(FxRobot robot) throws Exception {
        awaitCell(robot, "codes", "armed groups");
        openContextMenu(robot, cell(robot, "codes", "armed groups"));
        clickMenu(robot, "Recolour…");
        robot.clickOn("#swatch-cc79a7");
        Snapshots.save(stage, "codebook-colour-dialog.png");
        robot.clickOn(button(robot.lookup(".codebook-dialog").queryAs(DialogPane.class), "Use colour"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "#cc79a7".equals(
                onProject(p -> p.repos().codes.byName("armed groups").orElseThrow().colour())));
        assertThat(status(robot)).isEqualTo("Changed the colour of 'armed groups'.");
    }

    @Test
    void aThemeIsGradedFromItsStatusMenuAndLinkedFromItsLinkDialog(FxRobot robot) throws Exception {
        awaitCell(robot, "themes", "security vacuum");
        openContextMenu(robot, cell(robot, "themes", "security vacuum"));
        clickMenu(robot, "Status");
        clickMenu(robot, "final");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onProject(p -> p.repos().themes
                .byName("security vacuum").orElseThrow().status()) == org.thematica.model.ThemeStatus.FINAL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#themes .chip-final").tryQuery()
                .isPresent());

        openContextMenu(robot, cell(robot, "themes", "security vacuum"));
        clickMenu(robot, "Link to theme…");
        @SuppressWarnings("unchecked")
        ComboBox<String> target = robot.lookup("#link-target").queryAs(ComboBox.class);
        robot.interact(() -> target.getSelectionModel().select("foreign influence"));
        robot.clickOn("#link-label");
        robot.write("invites");
        Snapshots.save(stage, "codebook-link-dialog.png");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onProject(p -> p.repos().themes.links().stream()
                .anyMatch(l -> l.label().equals("invites"))));
        assertThat(status(robot)).isEqualTo("Linked 'security vacuum' → 'foreign influence'.");
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * Right-clicks the row (which selects it), then delivers the context-menu request the
     * desktop platforms send with a right click: headless Monocle sends none.
     */
    /** Clicks an item of the menu on screen (menus that were hidden leave their nodes behind). */
    private static void clickMenu(FxRobot robot, String text) {
        java.util.function.Predicate<Node> shown = n -> n instanceof javafx.scene.control.Labeled l
                && text.equals(l.getText()) && n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing();
        Node item = robot.lookup(shown).query();
        // sideways first, so the pointer stays on the parent item until it is over the submenu
        robot.clickOn(item, org.testfx.robot.Motion.HORIZONTAL_FIRST);
    }

    private static void openContextMenu(FxRobot robot, Node cell) {
        robot.rightClickOn(cell);
        robot.interact(() -> {
            javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            javafx.geometry.Point2D local = cell.screenToLocal(b.getCenterX(), b.getCenterY());
            javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    b.getCenterX(), b.getCenterY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T onProject(ProjectRead<T> read) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        background.run(() -> {
            T value = read.apply(project);
            result.complete(value);
            return value;
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    interface ProjectRead<T> {
        T apply(Project p) throws Exception;
    }

    private long themeCodeCount(String theme) throws Exception {
        return onProject(p -> p.repos().themes.codeIds(p.repos().themes.byName(theme).orElseThrow().id()).size());
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    private static String nameOf(Object value) {
        return value instanceof CodeRow r ? r.code().name() : value instanceof ThemeRow t ? t.theme().name() : null;
    }

    private static Optional<TreeCell<?>> findCell(FxRobot robot, String tree, String name) {
        return robot.lookup("#" + tree + " .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> !c.isEmpty() && name.equals(nameOf(c.getItem()))).<TreeCell<?>>map(c -> c).findFirst();
    }

    private static Node cell(FxRobot robot, String tree, String name) {
        return findCell(robot, tree, name).orElseThrow(() -> new AssertionError("no row '" + name + "' in " + tree));
    }

    private static void awaitCell(FxRobot robot, String tree, String name) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findCell(robot, tree, name).isPresent());
    }

    private static TreeItem<Object> item(TreeView<Object> tree, String name) {
        return find(tree.getRoot(), name).orElseThrow();
    }

    private static Optional<TreeItem<Object>> find(TreeItem<Object> at, String name) {
        if (name.equals(nameOf(at.getValue()))) {
            return Optional.of(at);
        }
        return at.getChildren().stream().map(c -> find(c, name)).flatMap(Optional::stream).findFirst();
    }

    private static String selectedName(TreeView<Object> tree) {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : nameOf(item.getValue());
    }

    private static Button button(DialogPane dialog, String text) {
        return dialog.getButtonTypes().stream().filter(b -> b.getText().equals(text))
                .map(b -> (Button) dialog.lookupButton(b)).findFirst().orElseThrow();
    }
}
