package org.thematica.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.MemoTarget;
import org.thematica.model.Theme;
import org.thematica.model.ThemeStatus;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.service.Project;
import org.thematica.service.WorkspaceService.Codebook;
import org.thematica.store.Database;
import org.thematica.testing.TestProjects;
import org.thematica.ui.common.Background;
import org.thematica.ui.workbench.MemoRequest;
import org.thematica.ui.transcript.TranscriptViewModel;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The codebook's commands against a real project, without a window: the JavaFX toolkit runs
 * (results come back on its thread) but nothing is shown.
 */
class CodebookViewModelTest {
    @TempDir
    Path dir;
    Project project;
    Background background;
    WorkbenchContext context;
    CodebookViewModel model;
    final List<CodebookViewModel.Problem> problems = new CopyOnWriteArrayList<>();
    final List<Throwable> crashes = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        project = TestProjects.create(dir);
        TestProjects.importText(project, dir, "P01.txt", "Karim: the militias came after the army left.\n");
        TestProjects.importText(project, dir, "P02.txt", "Layla: militias ran the checkpoints.\n");
        project.coding().codeMatch("P01", "militias", "the militias came", 1, null);
        project.coding().codeMatch("P02", "militias", "militias ran", 1, null);
        project.coding().codeMatch("P01", "armed groups", "the army left", 1, null);
        project.codebook().theme("security vacuum", ThemeChange.adding("militias"));
        open(project);
    }

    private void open(Project p) throws Exception {
        background = new Background(crashes::add);
        context = fx(() -> new WorkbenchContext(p, background));
        model = new CodebookViewModel(context);
        model.setOnProblem(problems::add);
        fx(() -> {
            model.activate();
            return null;
        });
        awaitBook(book -> book != null);
    }

    @AfterEach
    void tearDown() throws Exception {
        fx(() -> {
            model.deactivate();
            return null;
        });
        context.dispose();
        background.close();
        project.close();
        assertThat(crashes).as("no unexpected failures").isEmpty();
    }

    // ---- codes --------------------------------------------------------------------------------

    @Test
    void creatingACodeWritesItAndAsksTheViewToSelectIt() throws Exception {
        run(() -> model.createCode("  displacement ", null));
        assertThat(read((Project p) -> p.repos().codes.byName("displacement"))).isPresent();
        assertThat(status()).isEqualTo("Created code 'displacement'.");
        assertThat(model.takeFocus()).isEqualTo(new CodebookViewModel.Focus(false, "displacement"));
        assertThat(model.takeFocus()).as("asked once").isNull();
    }

    @Test
    void aSubCodeIsCreatedUnderItsParent() throws Exception {
        run(() -> model.createCode("local militias", "militias"));
        assertThat(code("local militias").parentId()).isEqualTo(code("militias").id());
        assertThat(status()).isEqualTo("Created 'local militias' under 'militias'.");
    }

    @Test
    void aNameInUseIsRefusedBeforeAnythingIsWritten() throws Exception {
        String undo = read(p -> p.history().undoLabel().orElse(null));
        run(() -> model.createCode("militias", null));
        assertThat(problems).containsExactly(new CodebookViewModel.Problem("Could not create the code",
                "There is already a code named 'militias'."));
        assertThat(read((Project p) -> p.history().undoLabel().orElse(null))).isEqualTo(undo);
    }

    /**
     * The reproduction: a code applied (so on key 1), renamed, the renaming undone, then
     * key 1 pressed. Recent codes travelled by name, so key 1 then created a new code under the
     * name it had been renamed to. By id it is the same code whatever its name.
     */
    @Test
    void aRecentCodeRenamedAndTheRenamingUndoneIsStillTheSameCodeOnItsKey() throws Exception {
        TranscriptViewModel transcript = openTranscript("P01");
        long militias = code("militias").id();
        int codes = read(p -> p.repos().codes.all().size());
        String text = "Karim: the militias came after the army left.\n";
        select(transcript, text, "came after");
        run(() -> context.applyCode(militias));
        assertThat(context.recentCodes().forDigit(1)).isEqualTo(militias);
        run(() -> model.renameCode("militias", "armed militias"));
        read(p -> p.history().undo());
        select(transcript, text, "Karim");
        run(() -> context.applyCode(context.recentCodes().forDigit(1))); // what key 1 does
        assertThat(read((Project p) -> p.repos().codes.all().size())).as("no code created").isEqualTo(codes);
        assertThat(read((Project p) -> p.repos().codes.byName("armed militias"))).isEmpty();
        assertThat(codings("militias")).extracting(Coding::text).contains("Karim", "came after");
        assertThat(status()).isEqualTo("Coded “Karim” as militias.");
        fx(() -> {
            transcript.deactivate();
            return null;
        });
    }

    @Test
    void recolouringDescribingAndMovingChangeOnlyThatProperty() throws Exception {
        run(() -> model.recolourCode("militias", "#123456"));
        run(() -> model.describeCode("militias", "  Armed groups outside the state.\n"));
        run(() -> model.moveCode("militias", "armed groups"));
        Code c = code("militias");
        assertThat(c.colour()).isEqualTo("#123456");
        assertThat(c.description()).isEqualTo("Armed groups outside the state.");
        assertThat(c.parentId()).isEqualTo(code("armed groups").id());
        run(() -> model.moveCode("militias", null));
        assertThat(code("militias").parentId()).isNull();
        assertThat(status()).isEqualTo("'militias' is now a top-level code.");
    }

    @Test
    void aCodeCannotBeDroppedUnderItsOwnSubCode() throws Exception {
        run(() -> model.moveCode("armed groups", "militias"));
        awaitBook(book -> model.tree().parentName("armed groups") != null);
        Drop drop = model.canNest("militias", "armed groups");
        assertThat(drop).isEqualTo(Drop.refused(
                "'militias' cannot go under 'armed groups', which is one of its own sub-codes."));
        run(() -> model.dropOnCode("militias", "armed groups"));
        assertThat(status()).isEqualTo(drop.reason());
        assertThat(code("militias").parentId()).isNull();
        assertThat(model.canNest("militias", "militias")).as("onto itself: nothing to say").isEqualTo(Drop.quiet());
        assertThat(model.canNest("armed groups", "militias")).as("already there").isEqualTo(Drop.quiet());
    }

    @Test
    void droppingOnACodeNestsItAndDroppingBelowTheCodesMakesItTopLevel() throws Exception {
        assertThat(model.canMakeTopLevel("militias")).as("already top-level").isEqualTo(Drop.quiet());
        run(() -> model.dropOnCode("militias", "armed groups"));
        assertThat(code("militias").parentId()).isEqualTo(code("armed groups").id());
        awaitBook(book -> model.tree().parentName("militias") != null);
        assertThat(model.canMakeTopLevel("militias")).isEqualTo(Drop.ok());
        run(() -> model.dropOnEmpty("militias"));
        assertThat(code("militias").parentId()).isNull();
    }

    @Test
    void droppingOnAThemeAddsTheCodeOnce() throws Exception {
        assertThat(model.canAddToTheme("militias", "security vacuum"))
                .isEqualTo(Drop.refused("'militias' is already in theme 'security vacuum'."));
        assertThat(model.canAddToTheme("armed groups", "security vacuum")).isEqualTo(Drop.ok());
        run(() -> model.dropOnTheme("armed groups", "security vacuum"));
        Theme theme = read(p -> p.repos().themes.byName("security vacuum").orElseThrow());
        assertThat(read((Project p) -> p.repos().themes.codeIds(theme.id()))).hasSize(2);
        assertThat(status()).isEqualTo("Added 'armed groups' to theme 'security vacuum'.");
        run(() -> model.removeFromTheme("militias", "security vacuum"));
        assertThat(read((Project p) -> p.repos().themes.codeIds(theme.id()))).containsExactly(code("armed groups").id());
        assertThat(read((Project p) -> p.repos().codes.byName("militias"))).as("still in the codebook").isPresent();
    }

    @Test
    void deletingACodedCodeCanMoveItsCodingsToAnotherCodeAndUndoBringsThemBack() throws Exception {
        CodeDeletion question = model.codeDeletion("militias").orElseThrow();
        assertThat(question.body()).startsWith("'militias' has 2 codings in 2 documents.");
        run(() -> model.deleteCode("militias", question.choice(false, true, "armed groups")));
        assertThat(read((Project p) -> p.repos().codes.byName("militias"))).isEmpty();
        assertThat(codings("armed groups")).extracting(Coding::text)
                .containsExactlyInAnyOrder("the militias came", "militias ran", "the army left");
        assertThat(status()).isEqualTo("Deleted code 'militias'; its codings are now coded 'armed groups'.");
        read(p -> p.history().undo());
        assertThat(codings("militias")).hasSize(2);
    }

    @Test
    void deletingACodedCodeCanDeleteItsCodings() throws Exception {
        long before = read(p -> p.repos().codings.countLive());
        run(() -> model.deleteCode("militias", CodeDeletion.Choice.deleteCodings()));
        assertThat(read((Project p) -> p.repos().codings.countLive())).isEqualTo(before - 2);
        assertThat(read((Project p) -> p.repos().codes.byName("militias"))).isEmpty();
    }

    @Test
    void aRecentCodeMergedAwayIsRefusedOnItsKeyNotCreatedAgain() throws Exception {
        TranscriptViewModel transcript = openTranscript("P01");
        long militias = code("militias").id();
        context.recentCodes().used(militias);
        run(() -> model.mergeCode("militias", "armed groups"));
        assertThat(codings("armed groups")).hasSize(3);
        select(transcript, "Karim: the militias came after the army left.\n", "Karim");
        long before = read(p -> p.repos().codings.countLive());
        run(() -> context.applyCode(context.recentCodes().forDigit(1)));
        assertThat(read((Project p) -> p.repos().codes.byName("militias"))).as("not created again").isEmpty();
        assertThat(read((Project p) -> p.repos().codings.countLive())).isEqualTo(before);
        assertThat(status()).isEqualTo("That code no longer exists (it was deleted or merged); nothing was coded.");
        assertThat(context.recentCodes().ids()).isEmpty();
        fx(() -> {
            transcript.deactivate();
            return null;
        });
    }

    /** A transcript view-model showing a document, as the coding view has it (no window needed). */
    private TranscriptViewModel openTranscript(String document) throws Exception {
        TranscriptViewModel transcript = fx(() -> new TranscriptViewModel(context));
        long id = read(p -> p.repos().documents.byName(document).orElseThrow().id());
        fx(() -> {
            transcript.activate();
            context.selection().documentProperty().set(id);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> transcript.contentProperty().get() != null
                && transcript.contentProperty().get().documentId() == id);
        return transcript;
    }

    private static void select(TranscriptViewModel transcript, String text, String words) throws Exception {
        int at = text.indexOf(words);
        fx(() -> {
            transcript.selectionChanged(at, at + words.length());
            return null;
        });
    }

    @Test
    void anEditThatFailsIsReportedInTheStatusBarAndAsAProblem() throws Exception {
        read(p -> {
            p.codebook().renameCode("armed groups", "armed actors"); // behind the view's back
            return null;
        });
        run(() -> model.recolourCode("armed groups", "#000000"));
        assertThat(status()).isEqualTo("Code 'armed groups' no longer exists.");
        assertThat(problems).containsExactly(new CodebookViewModel.Problem("Could not change the colour",
                "Code 'armed groups' no longer exists."));
    }

    // ---- themes -------------------------------------------------------------------------------

    @Test
    void aThemeCanBeCreatedDescribedRecolouredGradedRenamedLinkedMergedAndDeleted() throws Exception {
        run(() -> model.createTheme("political instability"));
        assertThat(model.takeFocus()).isEqualTo(new CodebookViewModel.Focus(true, "political instability"));
        run(() -> model.describeTheme("political instability", "Power-sharing that does not govern."));
        run(() -> model.recolourTheme("political instability", "#cc79a7"));
        run(() -> model.setStatus("political instability", ThemeStatus.REVIEWED));
        Theme t = read(p -> p.repos().themes.byName("political instability").orElseThrow());
        assertThat(t.description()).isEqualTo("Power-sharing that does not govern.");
        assertThat(t.colour()).isEqualTo("#cc79a7");
        assertThat(t.status()).isEqualTo(ThemeStatus.REVIEWED);
        assertThat(status()).isEqualTo("Theme 'political instability' is now reviewed.");

        run(() -> model.renameTheme("political instability", "instability"));
        run(() -> model.link("instability", "security vacuum", "creates"));
        assertThat(read((Project p) -> p.repos().themes.links())).singleElement()
                .satisfies(l -> assertThat(l.label()).isEqualTo("creates"));
        awaitBook(book -> !book.links().isEmpty());
        assertThat(model.linkedFrom("instability")).containsExactly("security vacuum");
        assertThat(model.themeDeletion("instability").orElseThrow().body())
                .contains("Its link on the thematic map goes with it.");

        run(() -> model.mergeTheme("security vacuum", "instability"));
        Theme merged = read(p -> p.repos().themes.byName("instability").orElseThrow());
        assertThat(read((Project p) -> p.repos().themes.codeIds(merged.id()))).containsExactly(code("militias").id());
        run(() -> model.deleteTheme("instability"));
        assertThat(read((Project p) -> p.repos().themes.all())).isEmpty();
        assertThat(read((Project p) -> p.repos().codes.byName("militias"))).as("codes stay").isPresent();
    }

    @Test
    void memosAreRequestedForTheCodeOrThemeByName() throws Exception {
        run(() -> model.memoCode("militias"));
        assertThat(context.memoRequestProperty().get())
                .isEqualTo(new MemoRequest(MemoTarget.CODE, code("militias").id(), "code 'militias'"));
        run(() -> model.memoTheme("security vacuum"));
        long theme = read(p -> p.repos().themes.byName("security vacuum").orElseThrow().id());
        assertThat(context.memoRequestProperty().get())
                .isEqualTo(new MemoRequest(MemoTarget.THEME, theme, "theme 'security vacuum'"));
    }

    @Test
    void aReadOnlyProjectRefusesEveryEditAndSaysSo() throws Exception {
        tearDown();
        project = Project.open(dir.resolve("test.thematica"), Database.Mode.READ_ONLY, TestProjects.laterSession());
        open(project);
        assertThat(model.canEdit()).isFalse();
        run(() -> model.createCode("new", null));
        assertThat(status()).isEqualTo(CodebookViewModel.READ_ONLY);
        assertThat(model.canNest("militias", "armed groups")).isEqualTo(Drop.refused(CodebookViewModel.READ_ONLY));
        assertThat(model.canAddToTheme("armed groups", "security vacuum").allowed()).isFalse();
        assertThat(read((Project p) -> p.repos().codes.byName("new"))).isEmpty();

        CodebookMenus menus = new CodebookMenus(model, new CodebookActions(model, () -> null));
        List<javafx.scene.control.MenuItem> items = fx(() -> menus.build(model.tree().named("militias").orElseThrow(),
                null, false).getItems());
        assertThat(items.stream().filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem) && !i.isDisable())
                .map(javafx.scene.control.MenuItem::getText)).as("only reading stays enabled").containsExactly("Memo…");
    }

    // ---- plumbing -----------------------------------------------------------------------------

    /** Runs on the FX thread, as the view would, and waits for the write it starts. */
    private void run(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
        read(p -> null); // the project thread runs in order: this returns after the write
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads on the project thread, like the panes do. */
    private <T> T read(ThrowingFunction<T> f) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        background.run(() -> {
            try {
                T value = f.apply(project);
                result.complete(value);
                return value;
            } catch (Exception e) {
                result.completeExceptionally(e);
                throw e;
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    private interface ThrowingFunction<T> {
        T apply(Project p) throws Exception;
    }

    private Code code(String name) throws Exception {
        return read(p -> p.repos().codes.byName(name).orElseThrow());
    }

    private List<Coding> codings(String code) throws Exception {
        return read(p -> p.repos().codings.ofCode(p.repos().codes.byName(code).orElseThrow().id()));
    }

    private String status() {
        return context.messageProperty().get();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void awaitBook(Predicate<Codebook> ready) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ready.test(model.codebookProperty().get()));
    }
}
