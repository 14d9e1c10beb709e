package org.thematica.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.model.Verdict;
import org.thematica.service.Project;
import org.thematica.service.ReviewQueue.State;
import org.thematica.testing.RetrievalFixture;
import org.thematica.ui.common.Background;
import org.thematica.ui.workbench.ReviewRequest;
import org.thematica.ui.workbench.WorkbenchContext;

/** The review screen's model without a window: moving through the queue, verdicts, undo. */
@ExtendWith(ApplicationExtension.class)
class ReviewViewModelTest {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final FxRobot fx = new FxRobot();
    private Project project;
    private Background background;
    private WorkbenchContext context;
    private ReviewViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        Path dir = Files.createTempDirectory("review-model");
        project = RetrievalFixture.create(dir);
        project.actAs("Supervisor");
        background = new Background(errors::add);
        context = new WorkbenchContext(project, background);
        model = new ReviewViewModel(context);
        fx.interact(() -> {
            model.show(new ReviewRequest(State.UNREVIEWED, null));
            model.activate();
        });
        waitFor(() -> model.detailProperty().get() != null);
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.interact(() -> {
            model.deactivate();
            context.dispose();
        });
        background.close();
        project.close();
        assertThat(errors).isEmpty();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> errors.isEmpty()
                ? WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS) : fail());
    }

    private static boolean fail() {
        throw new AssertionError("the project thread failed");
    }

    private String shownQuote() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> model.detailProperty().get().row().quote()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void opensOnTheFirstUnreviewedItemWithItsDocumentAndProgress() throws Exception {
        assertThat(model.rowsProperty().get()).hasSize(9);
        assertThat(model.progressProperty().get()).isEqualTo("0 of 9 reviewed");
        ReviewDetails.Detail d = model.detailProperty().get();
        assertThat(d.position()).isZero();
        assertThat(d.context().text()).isEqualTo(RetrievalFixture.KARIM);
        assertThat(model.optionsProperty().get().themes()).hasSize(2);
    }

    @Test
    void aVerdictMovesOnAndUndoComesBackToIt() throws Exception {
        String first = shownQuote();
        fx.interact(model::agree);
        waitFor(() -> model.progressProperty().get().equals("1 of 9 reviewed"));
        waitFor(() -> !model.detailProperty().get().row().quote().equals(first));
        assertThat(model.rowsProperty().get()).hasSize(8);
        assertThat(model.messageProperty().get()).startsWith("Agreed with ").endsWith("Ctrl+Z takes it back.");
        fx.interact(model::undo);
        waitFor(() -> model.progressProperty().get().equals("0 of 9 reviewed"));
        waitFor(() -> model.detailProperty().get().row().quote().equals(first));
        assertThat(model.messageProperty().get()).startsWith("Undone: Review a coding");
    }

    @Test
    void aQuestionNeedsItsTextAndACommentJoinsMyVerdictsThread() throws Exception {
        fx.interact(() -> model.ask(Verdict.QUESTION));
        assertThat(model.askingProperty().get().verdict()).isEqualTo(Verdict.QUESTION);
        fx.interact(() -> model.answer("  "));
        assertThat(model.messageProperty().get()).startsWith("Type the question first");
        fx.interact(() -> model.answer("Is asking violence?"));
        waitFor(() -> model.progressProperty().get().equals("1 of 9 reviewed · 1 open question"));
        fx.interact(() -> {
            model.stateProperty().set(State.QUESTIONS);
        });
        waitFor(() -> model.rowsProperty().get().size() == 1 && model.detailProperty().get().threads().size() == 1);
        fx.interact(() -> model.ask(Verdict.AGREE)); // C: a comment
        fx.interact(() -> model.answer("See the memo on P01."));
        waitFor(() -> model.detailProperty().get().threads().get(0).replies().size() == 1);
        assertThat(model.detailProperty().get().threads().get(0).replies().get(0).comment())
                .isEqualTo("See the memo on P01.");
    }

    @Test
    void stepsStopAtTheEndsWithAWord() throws Exception {
        fx.interact(model::previous);
        assertThat(model.messageProperty().get()).isEqualTo("This is the first item.");
        fx.interact(model::next);
        waitFor(() -> model.detailProperty().get().position() == 1);
        fx.interact(() -> model.select(8));
        waitFor(() -> model.detailProperty().get().position() == 8);
        fx.interact(model::next);
        assertThat(model.messageProperty().get()).startsWith("That was the last item in this list");
    }

    @Test
    void codeDefinitionsAreReviewedTheSameWay() throws Exception {
        fx.interact(() -> model.modeProperty().set(ReviewViewModel.Mode.CODES));
        waitFor(() -> model.detailProperty().get() != null && model.detailProperty().get().code() != null);
        assertThat(model.progressProperty().get()).isEqualTo("0 of 3 codes reviewed");
        assertThat(model.detailProperty().get().row().quote()).isEqualTo("intervention");
        assertThat(model.detailProperty().get().examples()).hasSize(3);
        fx.interact(() -> model.ask(Verdict.DISAGREE));
        fx.interact(() -> model.answer("Too broad."));
        waitFor(() -> model.progressProperty().get().equals("1 of 3 codes reviewed · 1 disputed"));
        assertThat(project.reviews().threads(true)).singleElement()
                .satisfies(t -> assertThat(t.about()).isEqualTo("code 'intervention'"));
    }
}
