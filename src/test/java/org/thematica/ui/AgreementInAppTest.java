package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.agreement.AgreementMeasure;
import org.thematica.analysis.agreement.AgreementReport;
import org.thematica.analysis.agreement.Disagreements;
import org.thematica.service.AdjudicationService.Disagreement;
import org.thematica.service.AgreementService;
import org.thematica.testing.ProjectDump;
import org.thematica.ui.agreement.AgreementViewModel;
import org.thematica.ui.agreement.AgreementWindow;

/**
 * View ▸ Agreement Between Coders… on the demo (Amira and Tom on P01): the table per code and
 * pooled with each measure explained, then one disagreement shown in the transcript, settled
 * (take Tom's) and undone, through the real window, headless (issue 12, parts 4 and 5).
 */
class AgreementInAppTest {
    static final String AMIRA = "Amira (analyst)";
    static final String TOM = "Tom (second coder)";
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

    @Test
    void showsTheTableThenSettlesOneDisagreementAndUndoesIt() throws Exception {
        AgreementService.Request pair = new AgreementService.Request(AMIRA, TOM);
        AgreementReport expected = driver.project().agreement().compute(pair);
        List<Disagreement> differ = driver.project().adjudication().disagreements(pair);
        Stage window = driver.fxGet(() -> AgreementWindow.show(driver.stage, driver.workbench().context()));
        driver.waitFor(() -> rows().size() == expected.codes().size() + 1);

        AgreementViewModel.Row pooled = rows().get(rows().size() - 1);
        assertThat(pooled.pooled()).isTrue();
        assertThat(pooled.agreement()).isEqualTo(expected.overall());
        assertThat(pooled.disagreements()).isEqualTo(differ.size());
        assertThat(driver.fxGet(() -> ((VBox) driver.robot.lookup("#agreement-explanations").query()).getChildren()
                .stream().map(n -> ((Label) n).getText()).toList())).containsExactly(
                        List.of(AgreementMeasure.values()).stream().map(m -> m.explanation(80)).toArray(String[]::new));
        assertThat(driver.fxGet(() -> driver.robot.lookup("#agreement-notes").queryAs(Label.class).getText()))
                .contains("army collapse: alpha_U not defined (only " + TOM + " applied it here");
        driver.snapshotWindow("agreement-table.png", driver.robot.lookup("#agreement-table").query());

        driver.fx(() -> ((TabPane) window.getScene().getRoot().lookup(".tab-pane")).getSelectionModel().select(1));
        ListView<Disagreement> list = driver.fxGet(() -> driver.robot.lookup("#disagreement-list").queryListView());
        driver.waitFor(() -> driver.fxGet(() -> list.getItems().size()) == differ.size());
        int at = driver.fxGet(() -> indexOf(list, "sectarian violence"));
        Disagreement chosen = driver.fxGet(() -> list.getItems().get(at));
        assertThat(chosen.kind()).isEqualTo(Disagreements.Kind.EXTENT);
        driver.fx(() -> list.getSelectionModel().select(at));

        // each side wears its coder's colour; two coders who chose the same one are still told apart
        String amira = driver.project().coders().colourOf(AMIRA);
        driver.waitFor(() -> swatch("a").contains(amira.substring(1)));
        driver.project().coders().setColour(TOM, amira);
        driver.waitFor(() -> !swatch("b").equals(swatch("a")) && !swatch("b").contains(amira.substring(1)));
        driver.project().coders().setColour(TOM, "#0072B2");
        driver.waitFor(() -> swatch("b").contains("0072B2"));
        driver.project().history().undo();
        driver.project().history().undo();

        driver.robot.clickOn("#show-in-text");
        driver.waitFor(() -> driver.fxGet(() -> driver.area().selectionStart() == chosen.range().start()
                && driver.area().selectionEnd() == chosen.range().end()));
        assertThat(driver.fxGet(() -> driver.workbench().context().selection().documentProperty().get()))
                .isEqualTo(chosen.documentId());

        driver.fx(window::toFront);
        String before = ProjectDump.of(driver.project().file());
        driver.robot.clickOn("#take-b");
        driver.waitFor(() -> driver.fxGet(() -> list.getItems().size()) == differ.size() - 1);
        assertThat(driver.fxGet(() -> List.copyOf(list.getItems()))).doesNotContain(chosen);
        assertThat(driver.project().adjudication().disagreements(pair)).noneMatch(d -> d.code()
                .equals("sectarian violence"));
        assertThat(ProjectDump.of(driver.project().file())).isNotEqualTo(before);
        driver.snapshotWindow("agreement-disagreements.png", list);

        driver.robot.clickOn("#undo-adjudication");
        driver.waitFor(() -> driver.fxGet(() -> list.getItems().size()) == differ.size());
        driver.settle();
        assertThat(ProjectDump.of(driver.project().file())).isEqualTo(before);
        assertThat(driver.fxGet(() -> list.getItems().get(at))).isEqualTo(chosen);

        // into a consensus coder: Amira's and Tom's codings stay, the new coder joins the choices,
        // and the pair compared stays the same
        driver.robot.clickOn("#disagreement-to-consensus");
        driver.fx(() -> list.getSelectionModel().select(at));
        driver.robot.clickOn("#take-a");
        driver.waitFor(() -> driver.fxGet(() -> coderChoice("#agreement-coder-a").getItems().contains("consensus")));
        driver.settle();
        assertThat(driver.fxGet(() -> coderChoice("#agreement-coder-a").getValue())).isEqualTo(AMIRA);
        assertThat(driver.fxGet(() -> coderChoice("#agreement-coder-b").getValue())).isEqualTo(TOM);
        assertThat(driver.fxGet(() -> list.getItems().size())).isEqualTo(differ.size());
        assertThat(driver.project().adjudication().disagreements(new AgreementService.Request(AMIRA, "consensus"))
                .stream().filter(d -> d.code().equals("sectarian violence") && d.range().overlaps(chosen.range())))
                .as("the consensus coder took Amira's extent").isEmpty();
        driver.robot.clickOn("#undo-adjudication");
        driver.waitFor(() -> ProjectDump.of(driver.project().file()).equals(before));
        driver.fx(window::close);
    }

    @SuppressWarnings("unchecked")
    private static javafx.scene.control.ComboBox<String> coderChoice(String id) {
        return driver.robot.lookup(id).queryAs(javafx.scene.control.ComboBox.class);
    }

    private static int indexOf(ListView<Disagreement> list, String code) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no disagreement about " + code);
    }

    @SuppressWarnings("unchecked")
    private static List<AgreementViewModel.Row> rows() throws Exception {
        return driver.fxGet(() -> {
            Node table = driver.robot.lookup("#agreement-table").tryQuery().orElse(null);
            return table == null ? List.of() : List.copyOf(((TableView<AgreementViewModel.Row>) table).getItems());
        });
    }

    private static String swatch(String side) throws Exception {
        return driver.fxGet(() -> driver.robot.lookup("#swatch-coder-" + side).query().getStyle());
    }
}
