package org.thematica.ui.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.service.Project;
import org.thematica.service.RetrievalService.Hit;
import org.thematica.service.RetrievalService.Passage;
import org.thematica.testing.RetrievalFixture;
import org.thematica.ui.common.Background;
import org.thematica.ui.search.SearchPane;
import org.thematica.ui.workbench.Reveal;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The Passages and Search panes on a small coded project, headless: choosing a code lists its
 * passages, a click shows one in the transcript, the filters narrow the list, the context menu
 * splits a code, and a search lists every occurrence in context.
 */
@ExtendWith(ApplicationExtension.class)
class RetrievalPanesTest {
    @TempDir
    Path dir;
    Project project;
    Background background;
    WorkbenchContext context;
    PassagesPane passages;
    SearchPane search;
    TabPane dock;
    Stage stage;
    final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        project = RetrievalFixture.create(dir);
        background = new Background(errors::add);
        context = new WorkbenchContext(project, background);
        passages = new PassagesPane(context);
        search = new SearchPane(context);
        Tab passagesTab = new Tab("Passages", passages.node());
        Tab searchTab = new Tab("Search", search.node());
        dock = new TabPane(passagesTab, searchTab);
        dock.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Scene scene = new Scene(dock, 1100, 380);
        scene.getStylesheets().add(getClass().getResource("/org/thematica/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        passages.activate();
        search.activate();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            passages.deactivate();
            search.deactivate();
            context.dispose();
        }).get(10, TimeUnit.SECONDS);
        idle();
        background.close();
        project.close();
        assertThat(errors).as("no failure reached the user").isEmpty();
    }

    /** Waits until the project thread has done what was asked of it and the FX thread has shown it. */
    private void idle() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        background.run(() -> null, x -> done.countDown());
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private long code(String name) {
        return project.repos().codes.byName(name).orElseThrow().id();
    }

    @SuppressWarnings("unchecked")
    private TableView<Passage> passageTable(FxRobot robot) {
        return robot.lookup("#passages-table").queryAs(TableView.class);
    }

    private String header(FxRobot robot) {
        return robot.lookup("#passages-header").queryAs(Label.class).getText();
    }

    private Node rowOf(FxRobot robot, String text) {
        return robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() instanceof Passage p
                && p.coding().text().equals(text)).query();
    }

    @Test
    void beforeAnyChoiceTheListSaysWhatToDo(FxRobot robot) throws Exception {
        idle();
        assertThat(header(robot)).isEqualTo("Passages");
        assertThat(robot.lookup("#passages .empty-hint").queryAs(Label.class).getText())
                .isEqualTo(PassagesViewModel.NOTHING_CHOSEN);
        snapshot("passages-empty.png");
    }

    @Test
    void choosingACodeListsItsPassagesAndAClickShowsOneInTheTranscript(FxRobot robot) throws Exception {
        robot.interact(() -> context.selection().chooseCode(code("violence")));
        waitFor(() -> passageTable(robot).getItems().size() == 5);
        assertThat(header(robot)).isEqualTo("Code 'violence' — 5 passages in 3 documents");
        snapshot("passages.png");

        robot.clickOn(rowOf(robot, "Violence, again; VIOLENCE."));
        WaitForAsyncUtils.waitForFxEvents();
        long layla = project.repos().documents.byName("P02 Layla").orElseThrow().id();
        String text = project.repos().documents.text(layla);
        int start = text.indexOf("Violence, again");
        assertThat(context.selection().revealProperty().get())
                .isEqualTo(new Reveal(layla, start, start + "Violence, again; VIOLENCE.".length()));
        assertThat(context.selection().documentProperty().get()).isEqualTo(layla);
    }

    @Test
    void enterShowsTheFocusedPassageAndCtrlCCopiesTheChosenQuotes(FxRobot robot) throws Exception {
        robot.interact(() -> context.selection().chooseCode(code("violence")));
        waitFor(() -> passageTable(robot).getItems().size() == 5);
        robot.interact(() -> {
            passageTable(robot).requestFocus();
            passageTable(robot).getSelectionModel().selectRange(0, 2);
            passageTable(robot).getFocusModel().focus(1);
        });
        robot.type(KeyCode.ENTER);
        Passage second = passageTable(robot).getItems().get(1);
        assertThat(context.selection().revealProperty().get())
                .isEqualTo(new Reveal(second.coding().documentId(), second.coding().start(), second.coding().end()));

        robot.interact(() -> passageTable(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        assertThat(copied).isEqualTo("“When did the violence begin?”\n— P01 Karim\n\n“The violence began in 2006.”\n"
                + "— P01 Karim, Karim");
        assertThat(context.messageProperty().get()).isEqualTo("Copied 2 quotes with their documents and cases.");
    }

    @Test
    void theCaseAttributeFilterNarrowsTheList(FxRobot robot) throws Exception {
        robot.interact(() -> context.selection().chooseCode(code("violence")));
        waitFor(() -> passageTable(robot).getItems().size() == 5);
        robot.clickOn("#passages-case-filter");
        robot.clickOn("role = security expert");
        waitFor(() -> passageTable(robot).getItems().size() == 2);
        assertThat(passageTable(robot).getItems()).extracting(Passage::cases).containsOnly("Layla");
        assertThat(header(robot)).isEqualTo("Code 'violence' — 2 of 5 passages in 1 document");

        robot.interact(() -> robot.lookup("#passages-coder-filter").queryAs(ComboBox.class).getSelectionModel()
                .select(2)); // "Tom"
        waitFor(() -> passageTable(robot).getItems().size() == 1);
        robot.interact(() -> robot.lookup("#passages-case-filter").queryAs(ComboBox.class).getSelectionModel()
                .select(1)); // "age = 41"
        waitFor(() -> passageTable(robot).getItems().size() == 1);
        robot.interact(() -> robot.lookup("#passages-case-filter").queryAs(ComboBox.class).getSelectionModel()
                .select(2)); // "role = political actor": none of Tom's
        waitFor(() -> passageTable(robot).getItems().isEmpty());
        assertThat(robot.lookup("#passages .empty-hint").queryAs(Label.class).getText())
                .startsWith("None of the 5 passages of code 'violence' match the filters.");
    }

    @Test
    void aThemeShowsTheCodeOfEachPassage(FxRobot robot) throws Exception {
        long theme = project.repos().themes.byName("instability").orElseThrow().id();
        robot.interact(() -> context.selection().chooseTheme(theme));
        waitFor(() -> passageTable(robot).getItems().size() == 8);
        assertThat(header(robot)).isEqualTo("Theme 'instability' — 8 passages in 3 documents");
        assertThat(passageTable(robot).getColumns()).filteredOn(c -> c.getText().equals("Code"))
                .allMatch(javafx.scene.control.TableColumn::isVisible);
        snapshot("passages-theme.png");
    }

    @Test
    void splittingMovesTheChosenPassagesToANewCodeInOneUndoStep(FxRobot robot) throws Exception {
        robot.interact(() -> context.selection().chooseCode(code("violence")));
        waitFor(() -> passageTable(robot).getItems().size() == 5);
        robot.clickOn(rowOf(robot, "the violence — العُنْف —"));
        robot.press(KeyCode.SHIFT).clickOn(rowOf(robot, "Violence, again; VIOLENCE.")).release(KeyCode.SHIFT);
        assertThat(passageTable(robot).getSelectionModel().getSelectedItems()).hasSize(2);

        // the headless robot makes no context-menu event from a right click: open the table's menu as it would
        Node row = rowOf(robot, "Violence, again; VIOLENCE.");
        robot.interact(() -> passageTable(robot).getContextMenu().show(row, javafx.geometry.Side.BOTTOM, 20, 0));
        robot.clickOn("Split: move 2 passages to code…");
        robot.clickOn("#move-to-code-query").write("everyday violence").type(KeyCode.ENTER);
        waitFor(() -> passageTable(robot).getItems().size() == 3);
        assertThat(context.messageProperty().get())
                .isEqualTo("Moved 2 passages to the new code 'everyday violence'. Undo takes it back.");
        assertThat(project.repos().codings.ofCode(code("everyday violence"))).hasSize(2);

        background.run(() -> project.history().undo());
        waitFor(() -> passageTable(robot).getItems().size() == 5);
        assertThat(project.repos().codes.byName("everyday violence")).isEmpty();
    }

    @Test
    void searchListsEveryOccurrenceInContextAndAClickShowsIt(FxRobot robot) throws Exception {
        robot.interact(() -> dock.getSelectionModel().select(1));
        robot.interact(search::requestFocus);
        assertThat(robot.lookup("#search-query").queryAs(TextField.class).isFocused())
                .as("Ctrl+Shift+F focuses the pane, and the query field takes it").isTrue();
        robot.write("violence OR العنف").type(KeyCode.ENTER);
        waitFor(() -> "8 matches in 3 documents".equals(robot.lookup("#search-summary").queryAs(Label.class).getText()));
        @SuppressWarnings("unchecked")
        TableView<Hit> hits = robot.lookup("#search-hits").queryAs(TableView.class);
        assertThat(hits.getItems()).extracting(Hit::document).containsExactly("P01 Karim", "P01 Karim", "P02 Layla",
                "P02 Layla", "P02 Layla", "P02 Layla", "P02 Layla", "S01 Report");
        snapshot("search.png");

        Hit third = hits.getItems().get(2);
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() == third)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.selection().revealProperty().get())
                .isEqualTo(new Reveal(third.documentId(), third.start(), third.end()));
        assertThat(project.repos().documents.text(third.documentId()).substring(third.start(), third.end()))
                .isEqualTo("violence");
    }

    @Test
    void aSearchThatFindsNothingSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> dock.getSelectionModel().select(1));
        robot.clickOn("#search-query").write("referendum").type(KeyCode.ENTER);
        waitFor(() -> "0 matches in 0 documents".equals(robot.lookup("#search-summary").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#search .empty-hint").queryAs(Label.class).getText())
                .startsWith("No document contains “referendum”.");
        snapshot("search-nothing.png");
    }

    private void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(20, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        File out = new File("target/screenshots");
        out.mkdirs();
        ImageIO.write(png, "png", new File(out, name));
    }
}
