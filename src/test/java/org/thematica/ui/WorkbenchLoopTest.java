package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Coding;
import org.thematica.model.Document;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.ui.shell.MainView;

/**
 * The analyst's core loop, driven through the real window headless: import a transcript,
 * select passages and code them in four ways, see the highlights, undo and redo from the
 * keyboard, drag a code into a theme, search and jump to a hit, choose a code and jump to one
 * of its passages; then code Arabic text and check the stored range and snapshot.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchLoopTest {
    static final String INTERVIEW = "Interviewer: What happened after the withdrawal?\n"
            + "Karim: The militias came after the army left. There was a security vacuum in every town.\n"
            + "Interviewer: And then?\n"
            + "Karim: People trusted nobody. The militias ruled the roads.\n";
    static final String ARABIC = "المحاور: كيف كانت الأوضاع؟\nحسن: الفراغ الأمني كان أخطر من الحرب نفسها.\n";

    @TempDir
    static Path dir;
    static AppDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = AppDriver.start(dir.resolve("home"));
        Path file = dir.resolve("study.thematica");
        Project.create(file, Settings.forUser("tester")).close();
        driver.open(file);
    }

    @AfterAll
    static void stop() throws Exception {
        driver.stop();
    }

    private List<Coding> codings() {
        return driver.project().repos().codings.allLive();
    }

    private void select(String passage) throws Exception {
        String text = driver.fxGet(() -> driver.area().text());
        int at = text.indexOf(passage);
        assertThat(at).as("'" + passage + "' is in the shown text").isGreaterThanOrEqualTo(0);
        driver.fx(() -> {
            driver.area().requestFocus();
            driver.area().selectRange(at, at + passage.length());
        });
    }

    private void shortcut(KeyCode... keys) {
        driver.robot.press(keys).release(keys);
    }

    /** The tint behind the second character of {@code passage} ("" where it is not coded). */
    private String styleAt(String passage) throws Exception {
        return driver.fxGet(() -> {
            int at = driver.area().text().indexOf(passage);
            return driver.area().highlightAt(at + 1).map(h -> Integer.toHexString(h.argb())
                    + (h.underline() ? " underlined" : "")).orElse("");
        });
    }

    @Test
    @Order(1)
    void importsATranscriptThroughTheWindowAndShowsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("P01 Karim.txt"), INTERVIEW, StandardCharsets.UTF_8);
        MainView view = (MainView) driver.stage.getScene().getRoot();
        driver.fxLater(() -> view.importFiles(List.of(file)));
        driver.waitFor(() -> driver.robot.lookup(".dialog-pane").tryQuery().isPresent());
        shortcut(KeyCode.ENTER); // "Interviews" is the default choice
        driver.waitFor(() -> driver.project().repos().documents.byName("P01 Karim").isPresent());
        driver.waitFor(() -> driver.fxGet(() -> driver.area().text()).equals(INTERVIEW.stripTrailing() + "\n")
                || driver.fxGet(() -> driver.area().text()).equals(INTERVIEW));
        Document doc = driver.project().repos().documents.byName("P01 Karim").orElseThrow();
        assertThat(driver.project().repos().documents.turns(doc.id())).hasSize(4);
    }

    @Test
    @Order(2)
    void codesWithTheFinderTheCodebookTheDigitKeysAndInVivo() throws Exception {
        // 1. the code finder: Ctrl+K, type a new name, Enter creates and applies it
        select("militias came");
        shortcut(KeyCode.CONTROL, KeyCode.K);
        driver.waitFor(() -> driver.robot.lookup("#code-finder-query").tryQuery().isPresent());
        driver.robot.write("armed groups");
        shortcut(KeyCode.ENTER);
        driver.waitFor(() -> codings().size() == 1);
        assertThat(codings().get(0).text()).isEqualTo("militias came");

        // 2. double-click the code in the codebook
        select("militias ruled the roads");
        driver.waitFor(() -> driver.robot.lookup("armed groups").tryQuery().isPresent());
        driver.robot.doubleClickOn("armed groups");
        driver.waitFor(() -> codings().size() == 2);

        // 3. a digit key applies a recent code (1 = the most recent)
        select("trusted nobody");
        driver.fx(() -> driver.area().requestFocus());
        driver.robot.type(KeyCode.DIGIT1);
        driver.waitFor(() -> codings().size() == 3);
        assertThat(codings()).extracting(Coding::text).contains("trusted nobody");

        // 4. in vivo: the words become a code; a partial selection snaps to whole words
        String text = driver.fxGet(() -> driver.area().text());
        int at = text.indexOf("security vacuum");
        driver.fx(() -> {
            driver.area().requestFocus();
            driver.area().selectRange(at + 2, at + 13);
        });
        shortcut(KeyCode.CONTROL, KeyCode.I);
        driver.waitFor(() -> driver.project().repos().codes.byName("security vacuum").isPresent());
        driver.waitFor(() -> codings().size() == 4);
        assertThat(codings()).extracting(Coding::text).contains("security vacuum");

        driver.waitFor(() -> !styleAt("security vacuum").isEmpty());
        assertThat(styleAt("ruled")).isNotEmpty();
        assertThat(styleAt("People")).isEmpty();
        driver.fx(() -> driver.area().selectRange(0, 0));
        driver.snapshot("workbench-coded.png");
    }

    @Test
    @Order(3)
    void undoAndRedoFromTheKeyboardUpdateTheText() throws Exception {
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        driver.waitFor(() -> driver.project().repos().codes.byName("security vacuum").isEmpty());
        driver.waitFor(() -> styleAt("security vacuum").isEmpty());
        assertThat(codings()).hasSize(3);
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        driver.waitFor(() -> codings().size() == 4);
        driver.waitFor(() -> !styleAt("security vacuum").isEmpty());
    }

    private static javafx.scene.control.TreeCell<?> row(String tree, String name) {
        return driver.robot.lookup("#" + tree + " .tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getItem() != null && name.equals(nameOf(c.getItem()))).findFirst()
                .orElse(null);
    }

    private static String nameOf(Object item) {
        if (item instanceof org.thematica.service.WorkspaceService.CodeRow r) {
            return r.code().name();
        }
        return item instanceof org.thematica.service.WorkspaceService.ThemeRow t ? t.theme().name() : null;
    }

    @Test
    @Order(4)
    void putsACodeIntoAThemeByDraggingIt() throws Exception {
        driver.project().codebook().theme("security vacuum", org.thematica.service.CodebookService.ThemeChange.adding());
        driver.waitFor(() -> driver.fxGet(() -> row("themes", "security vacuum") != null));
        driver.robot.drag(driver.fxGet(() -> row("codes", "armed groups")), javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(driver.fxGet(() -> row("themes", "security vacuum")));
        driver.waitFor(() -> {
            long theme = driver.project().repos().themes.byName("security vacuum").orElseThrow().id();
            long code = driver.project().repos().codes.byName("armed groups").orElseThrow().id();
            return driver.project().repos().themes.contains(theme, code);
        });
    }

    @Test
    @Order(5)
    void searchFindsAWordAndOneClickShowsItInTheText() throws Exception {
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        driver.waitFor(() -> driver.fxGet(() -> driver.robot.lookup("#search-query").queryAs(
                javafx.scene.control.TextField.class).isFocused()));
        driver.robot.write("roads");
        shortcut(KeyCode.ENTER);
        driver.waitFor(() -> !driver.robot.lookup("#search-hits").queryAs(javafx.scene.control.TableView.class)
                .getItems().isEmpty());
        driver.fx(() -> driver.area().selectRange(0, 0));
        driver.robot.clickOn(driver.robot.lookup("#search-hits .table-row-cell").nth(0)
                .queryAs(javafx.scene.Node.class));
        driver.waitFor(() -> driver.fxGet(() -> driver.area().selectedText()).equals("roads"));
    }

    @Test
    @Order(6)
    void choosingACodeListsItsPassagesAndOneClickShowsOne() throws Exception {
        driver.robot.clickOn(driver.fxGet(() -> row("codes", "armed groups")));
        driver.waitFor(() -> driver.robot.lookup("#passages-table").queryAs(javafx.scene.control.TableView.class)
                .getItems().size() == 3);
        driver.fx(() -> driver.area().selectRange(0, 0));
        // in text order: "militias came", "trusted nobody", "militias ruled the roads"
        driver.robot.clickOn(driver.robot.lookup("#passages-table .table-row-cell").nth(2)
                .queryAs(javafx.scene.Node.class));
        driver.waitFor(() -> driver.fxGet(() -> driver.area().selectedText()).equals("militias ruled the roads"));
        driver.snapshot("workbench-passages.png");
    }

    @Test
    @Order(7)
    void aHighlightsPopupResizesAndRemovesItsCoding() throws Exception {
        // click inside "trusted nobody": its popup lists the coding
        String text = driver.fxGet(() -> driver.area().text());
        int at = text.indexOf("trusted nobody");
        javafx.geometry.Bounds box = driver.fxGet(() -> driver.area().rangeBoundsOnScreen(at + 3, at + 4)
                .orElseThrow());
        driver.robot.clickOn(box.getCenterX(), box.getCenterY());
        driver.waitFor(() -> driver.robot.lookup("#codings-popup").tryQuery().isPresent());
        driver.robot.clickOn("Resize…");
        driver.waitFor(() -> driver.fxGet(() -> driver.area().selectedText()).equals("trusted nobody"));
        for (int i = 0; i < 6; i++) { // widen to "trusted nobody. The" (snapped to the word)
            shortcut(KeyCode.SHIFT, KeyCode.RIGHT);
        }
        shortcut(KeyCode.ENTER);
        driver.waitFor(() -> codings().stream().anyMatch(c -> c.text().equals("trusted nobody. The")));

        driver.fx(() -> driver.area().selectRange(0, 0));
        driver.robot.clickOn(box.getCenterX(), box.getCenterY());
        driver.waitFor(() -> driver.robot.lookup("#codings-popup").tryQuery().isPresent());
        driver.robot.clickOn("Remove");
        driver.waitFor(() -> codings().stream().noneMatch(c -> c.text().startsWith("trusted nobody")));
    }

    @Test
    @Order(8)
    void codesAnArabicPassageWithExactRangeAndSnapshot() throws Exception {
        Path file = Files.writeString(dir.resolve("P04 Hassan.txt"), ARABIC, StandardCharsets.UTF_8);
        MainView view = (MainView) driver.stage.getScene().getRoot();
        driver.fxLater(() -> view.importFiles(List.of(file)));
        driver.waitFor(() -> driver.robot.lookup(".dialog-pane").tryQuery().isPresent());
        shortcut(KeyCode.ENTER);
        driver.waitFor(() -> driver.project().repos().documents.byName("P04 Hassan").isPresent());
        long id = driver.project().repos().documents.byName("P04 Hassan").orElseThrow().id();
        driver.fx(() -> driver.workbench().context().selection().documentProperty().set(id));
        driver.waitFor(() -> driver.fxGet(() -> driver.area().text()).contains("الفراغ الأمني"));

        // a rough selection from inside the first word to inside the second
        int word = ARABIC.indexOf("الفراغ الأمني");
        driver.fx(() -> {
            driver.area().requestFocus();
            driver.area().selectRange(word + 2, word + 10);
        });
        shortcut(KeyCode.CONTROL, KeyCode.K);
        driver.waitFor(() -> driver.robot.lookup("#code-finder-query").tryQuery().isPresent());
        driver.robot.write("security");
        shortcut(KeyCode.ENTER);
        driver.waitFor(() -> driver.project().repos().codings.ofDocument(id).size() == 1);
        Coding c = driver.project().repos().codings.ofDocument(id).get(0);
        assertThat(c.text()).isEqualTo("الفراغ الأمني");
        assertThat(c.start()).isEqualTo(word);
        assertThat(c.end()).isEqualTo(word + "الفراغ الأمني".length());
        assertThat(driver.project().repos().codes.byId(c.codeId()).orElseThrow().name()).isEqualTo("security vacuum");
        driver.fx(() -> driver.area().selectRange(0, 0));
        driver.waitFor(() -> !styleAt("الفراغ الأمني").isEmpty());
        driver.snapshot("workbench-arabic.png");
    }
}
