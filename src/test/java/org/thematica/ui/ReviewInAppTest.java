package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Review;
import org.thematica.model.Verdict;
import org.thematica.service.Project;
import org.thematica.service.ReviewService;
import org.thematica.testing.RetrievalFixture;
import org.thematica.ui.review.ReviewPane;
import org.thematica.ui.review.ReviewWindow;
import org.thematica.ui.shell.MainView;

/**
 * A supervisor and an analyst take turns in the real window (issue 12, part 2): the supervisor
 * opens the review screen from the keyboard, disagrees with a comment and asks a question, and
 * takes a verdict back with Ctrl+Z; the analyst sees the badges in the transcript and the Passages
 * list, opens the threads waiting for an answer, replies and resolves.
 */
class ReviewInAppTest {
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

    /** On the FX thread. */
    private static ReviewWindow window() {
        return ((MainView) driver.stage.getScene().getRoot()).reviewWindow().orElse(null);
    }

    /** On the FX thread. */
    private static ReviewPane pane() {
        return window().pane();
    }

    private String progress() throws Exception {
        return driver.fxGet(() -> pane().model().progressProperty().get());
    }

    private void actAs(String coder) throws Exception {
        driver.fx(() -> driver.workbench().model().switchCoder(coder, () -> { }));
        driver.settle();
    }

    private List<ReviewService.Thread> threads() throws Exception {
        return driver.fxGet(() -> pane().model().detailProperty().get().threads());
    }

    @Test
    void aReviewerDisputesAndAsksAndTheAnalystAnswersAndResolves() throws Exception {
        Path file;
        java.nio.file.Files.createDirectories(dir.resolve("study"));
        try (Project p = RetrievalFixture.create(dir.resolve("study"))) { // coded by "tester", the analyst
            file = p.file();
        }
        driver.open(file);
        actAs("Supervisor");

        // ---- the supervisor: Ctrl+Shift+R, then D with a comment and Q with a question
        driver.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        driver.waitFor(() -> driver.fxGet(() -> window() != null && window().isShowing()));
        driver.waitFor(() -> progress().equals("0 of 9 reviewed"));
        driver.waitFor(() -> driver.fxGet(() -> pane().model().detailProperty().get() != null));
        // the robot writes text into the window it targets (key presses go where the focus is)
        driver.robot.targetWindow(driver.fxGet(() -> window().stage()));
        String first = driver.fxGet(() -> pane().model().detailProperty().get().row().quote());
        assertThat(first).isEqualTo("When did the violence begin?");
        assertThat(driver.fxGet(() -> pane().contextView().selectedText())).as("the passage, selected in its document")
                .isEqualTo(first);
        driver.robot.type(KeyCode.D);
        driver.waitFor(() -> driver.robot.lookup("#review-answer").tryQuery().map(Node::isVisible).orElse(false));
        driver.robot.write("The interviewer asks; nothing is coded yet.").type(KeyCode.ENTER);
        driver.waitFor(() -> progress().equals("1 of 9 reviewed · 1 disputed"));
        assertThat(driver.project().reviews().threads(true)).singleElement().satisfies(t -> {
            assertThat(t.verdict().verdict()).isEqualTo(Verdict.DISAGREE);
            assertThat(t.verdict().comment()).as("the D is not typed into the comment")
                    .isEqualTo("The interviewer asks; nothing is coded yet.");
            assertThat(t.reviewer()).isEqualTo("Supervisor");
        });
        driver.waitFor(() -> driver.fxGet(() -> pane().model().detailProperty().get().row().quote())
                .equals("The violence began in 2006."));
        driver.robot.type(KeyCode.N); // the next one, then a question on it
        driver.waitFor(() -> driver.fxGet(() -> pane().model().detailProperty().get().position() == 1));
        String asked = driver.fxGet(() -> pane().model().detailProperty().get().row().quote());
        driver.robot.type(KeyCode.Q);
        driver.robot.write("Is this intervention or its effect?").type(KeyCode.ENTER);
        driver.waitFor(() -> progress().equals("2 of 9 reviewed · 1 disputed · 1 open question"));
        driver.snapshotWindow("review-supervisor.png", pane());

        // Ctrl+Z takes the question back and shows its passage again; the question is asked anew
        driver.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        driver.waitFor(() -> progress().equals("1 of 9 reviewed · 1 disputed"));
        driver.waitFor(() -> driver.fxGet(() -> pane().model().detailProperty().get().row().quote()).equals(asked));
        assertThat(driver.fxGet(() -> pane().model().messageProperty().get())).startsWith("Undone: Review a coding");
        driver.robot.type(KeyCode.Q);
        driver.robot.write("Is this intervention or its effect?").type(KeyCode.ENTER);
        driver.waitFor(() -> progress().equals("2 of 9 reviewed · 1 disputed · 1 open question"));
        driver.fx(() -> window().close());
        driver.robot.targetWindow(driver.stage);

        // ---- the analyst: badges in the transcript and the Passages list
        actAs("tester");
        Review question = driver.project().reviews().threads(true).stream()
                .filter(t -> t.verdict().verdict() == Verdict.QUESTION).findFirst().orElseThrow().verdict();
        long document = driver.project().repos().codings.byId(question.targetId()).orElseThrow().documentId();
        driver.fx(() -> driver.workbench().context().selection().documentProperty().set(document));
        driver.waitFor(() -> driver.robot.lookup(".review-mark.review-question").tryQuery().isPresent());
        assertThat(driver.robot.lookup(".review-mark.review-disputed").queryAs(Label.class).getText()).isEqualTo("✗");
        assertThat(driver.robot.lookup(".review-mark.review-question").queryAs(Label.class).getText()).isEqualTo("?");
        long violence = driver.project().repos().codes.byName("violence").orElseThrow().id();
        driver.fx(() -> driver.workbench().context().selection().chooseCode(violence));
        TableView<?> passages = driver.robot.lookup("#passages-table").queryAs(TableView.class);
        driver.waitFor(() -> driver.fxGet(() -> passages.getItems().size()) == 5);
        driver.waitFor(() -> driver.robot.lookup("#passages-table .review-cell.review-disputed").tryQuery().isPresent());
        assertThat(driver.robot.lookup("#passages-table .review-cell.review-disputed")
                .queryAs(javafx.scene.control.TableCell.class).getText()).isEqualTo("✗ disputed");
        driver.snapshot("review-analyst-badges.png");

        // the list of threads waiting for an answer: View ▸ Review Threads Waiting for an Answer…
        driver.robot.clickOn("View").clickOn("Review Threads Waiting for an Answer…");
        driver.waitFor(() -> driver.fxGet(() -> window().isShowing() && pane().model().rowsProperty().get().size() == 2));
        assertThat(driver.fxGet(() -> window().stage().getTitle())).endsWith("as tester");
        driver.robot.targetWindow(driver.fxGet(() -> window().stage()));
        // the question's item: reply in its thread, then resolve the disagreement
        driver.fx(() -> pane().model().select(1));
        driver.waitFor(() -> driver.fxGet(() -> pane().model().detailProperty().get().row().quote()).equals(asked));
        driver.robot.type(KeyCode.R);
        driver.robot.write("Its effect: see my memo.").type(KeyCode.ENTER);
        driver.waitFor(() -> threads().get(0).replies().size() == 1);
        assertThat(driver.project().reviews().threads(true)).hasSize(2);
        driver.fx(() -> pane().model().select(0));
        driver.waitFor(() -> driver.fxGet(() -> pane().model().detailProperty().get().row().quote()).equals(first));
        Node resolve = driver.robot.lookup("#review-card .button").match(n -> n instanceof javafx.scene.control.Button b
                && b.getText().equals("Resolve")).query();
        driver.robot.clickOn(resolve);
        driver.waitFor(() -> driver.project().reviews().threads(true).size() == 1);
        driver.waitFor(() -> driver.fxGet(() -> pane().model().rowsProperty().get().size()) == 1);
        ReviewService.Thread resolved = driver.project().reviews().threads(false).stream()
                .filter(t -> t.verdict().verdict() == Verdict.DISAGREE).findFirst().orElseThrow();
        assertThat(resolved.verdict().isResolved()).isTrue();
        assertThat(driver.project().reviews().coderName(resolved.verdict().resolvedBy())).isEqualTo("tester");
        ReviewService.Thread answered = driver.project().reviews().threads(true).get(0);
        assertThat(answered.replies()).singleElement().satisfies(r -> {
            assertThat(r.comment()).isEqualTo("Its effect: see my memo.");
            assertThat(driver.project().reviews().coderName(r.reviewerId())).isEqualTo("tester");
        });
        driver.snapshotWindow("review-analyst-threads.png", pane());

        // the badge in the transcript opens the thread on its coding
        driver.fx(() -> window().close());
        driver.robot.targetWindow(driver.stage);
        driver.waitFor(() -> driver.robot.lookup(".review-mark.review-resolved").tryQuery().isPresent());
        driver.robot.clickOn(driver.robot.lookup(".review-mark.review-question").queryAs(Node.class));
        driver.waitFor(() -> driver.fxGet(() -> window().isShowing() && pane().model().detailProperty().get() != null
                && pane().model().detailProperty().get().row().quote().equals(asked)));
    }
}
