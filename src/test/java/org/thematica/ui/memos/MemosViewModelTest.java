package org.thematica.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.service.Project;
import org.thematica.testing.TestProjects;
import org.thematica.ui.common.Background;
import org.thematica.ui.common.ManualScheduler;
import org.thematica.ui.workbench.WorkbenchContext;

/** Saving as the user types, on a clock the test moves by hand (no window needed). */
@ExtendWith(ApplicationExtension.class)
class MemosViewModelTest {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final ManualScheduler clock = new ManualScheduler();
    private final FxRobot fx = new FxRobot();
    private Project project;
    private Background background;
    private WorkbenchContext context;
    private MemosViewModel model;
    private long code;

    @BeforeEach
    void setUp() throws Exception {
        Path dir = Files.createTempDirectory("memos-model");
        project = TestProjects.create(dir);
        TestProjects.importText(project, dir, "P01.txt", "Karim: the army left the north.\n");
        project.coding().codeMatch("P01", "security vacuum", "the army left", 1, null);
        code = project.repos().codes.byName("security vacuum").orElseThrow().id();
        background = new Background(errors::add);
        context = new WorkbenchContext(project, background);
        model = new MemosViewModel(context, clock);
        fx.interact(() -> {
            model.activate();
            context.openMemo(MemoTarget.CODE, code, "code 'security vacuum'");
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.interact(() -> {
            model.deactivate();
            context.dispose();
        });
        read(() -> null);
        background.close();
        project.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void tenRapidEditsAreSavedOnceAsOneUndoableStep() throws Exception {
        Memo memo = newMemo();
        long steps = read(() -> project.repos().history.countDone());
        for (int i = 1; i <= 10; i++) {
            String more = String.valueOf(i);
            fx.interact(() -> {
                model.textProperty().set(model.textProperty().get() + more);
                clock.advance(100);
            });
        }
        assertThat(read(() -> project.repos().history.countDone())).as("nothing saved while typing").isEqualTo(steps);
        assertThat(model.saveStateProperty().get()).isEqualTo("Editing…");

        fx.interact(() -> clock.advance(1500));
        waitUntil(() -> "Saved".equals(model.saveStateProperty().get()));
        assertThat(read(() -> project.repos().history.countDone())).isEqualTo(steps + 1);
        assertThat(read(() -> project.repos().memos.byId(memo.id()).orElseThrow().text())).isEqualTo("12345678910");
    }

    @Test
    void typingDuringASaveIsKeptAndSavedNext() throws Exception {
        Memo memo = newMemo();
        fx.interact(() -> {
            model.textProperty().set("first");
            clock.advance(1500); // the save leaves for the project thread
            model.textProperty().set("first and second"); // typed before it returns
        });
        waitUntil(() -> read(() -> project.repos().memos.byId(memo.id()).orElseThrow().text()).equals("first"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.textProperty().get()).as("the reply of the first save leaves the editor alone")
                .isEqualTo("first and second");
        fx.interact(() -> clock.advance(1500));
        waitUntil(() -> read(() -> project.repos().memos.byId(memo.id()).orElseThrow().text())
                .equals("first and second"));
        waitUntil(() -> "Saved".equals(model.saveStateProperty().get()));
    }

    @Test
    void choosingAnotherMemoSavesWhatWasTypedFirst() throws Exception {
        Memo older = newMemo();
        Memo newer = newMemo();
        fx.interact(() -> model.textProperty().set("typed into the newer one"));
        fx.interact(() -> model.select(older));
        waitUntil(() -> read(() -> project.repos().memos.byId(newer.id()).orElseThrow().text())
                .equals("typed into the newer one"));
        assertThat(model.textProperty().get()).isEmpty();
        assertThat(model.selectedProperty().get().id()).isEqualTo(older.id());
    }

    @Test
    void anUndoElsewhereShowsInTheEditor() throws Exception {
        newMemo();
        fx.interact(() -> {
            model.titleProperty().set("Vacuum");
            clock.advance(1500);
        });
        waitUntil(() -> "Saved".equals(model.saveStateProperty().get()));
        read(() -> project.history().undo());
        waitUntil(() -> model.titleProperty().get().isEmpty());
        read(() -> project.history().undo()); // the memo itself goes
        waitUntil(() -> model.selectedProperty().get() == null && model.entriesProperty().get().isEmpty());
    }

    @Test
    void deletingSavesTheDraftSoUndoBringsBackTheLatestText() throws Exception {
        Memo memo = newMemo();
        fx.interact(() -> {
            model.textProperty().set("last words");
            model.delete(model.selectedProperty().get());
        });
        waitUntil(() -> model.entriesProperty().get().isEmpty());
        read(() -> project.history().undo());
        waitUntil(() -> model.entriesProperty().get().size() == 1);
        assertThat(read(() -> project.repos().memos.byId(memo.id()).orElseThrow().text())).isEqualTo("last words");
    }

    private Memo newMemo() throws Exception {
        CompletableFuture<Memo> created = new CompletableFuture<>();
        fx.interact(() -> model.newMemo(() -> created.complete(model.selectedProperty().get())));
        Memo memo = created.get(10, TimeUnit.SECONDS);
        waitUntil(() -> model.entriesProperty().get().stream().anyMatch(e -> e.memo().id() == memo.id()));
        return memo;
    }

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

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Check check) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, check::holds);
    }
}
