package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.testing.TestProjects;

class MemoServiceTest {
    @TempDir
    Path dir;
    Project p;
    long code;

    @BeforeEach
    void setUp() throws Exception {
        p = TestProjects.create(dir);
        TestProjects.importText(p, dir, "P01.txt", "Karim: the militias came after the army left.\n");
        p.coding().codeMatch("P01", "security vacuum", "the army left", 1, null);
        code = p.repos().codes.byName("security vacuum").orElseThrow().id();
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    @Test
    void addingByIdWritesAnEmptyMemoOnThatThingAndUndoTakesItBack() throws Exception {
        Memo memo = p.memos().add(MemoTarget.CODE, code, " First thoughts ", null);

        assertThat(memo.id()).isPositive();
        assertThat(memo.title()).isEqualTo("First thoughts");
        assertThat(memo.text()).isEmpty();
        assertThat(memo.authorId()).isEqualTo(p.coder().id());
        assertThat(p.memos().of(MemoTarget.CODE, code)).containsExactly(memo);
        assertThat(p.history().undoLabel()).contains("Write memo on code 'security vacuum'");

        p.history().undo();
        assertThat(p.memos().of(MemoTarget.CODE, code)).isEmpty();
        p.history().redo();
        assertThat(p.memos().of(MemoTarget.CODE, code)).containsExactly(memo);
    }

    @Test
    void theJournalIsTheProjectWithIdZero() throws Exception {
        p.memos().add(MemoTarget.PROJECT, 0, "Day 1", "I expected more about Iran.");
        assertThat(p.memos().of(MemoTarget.PROJECT, 0)).extracting(Memo::title).containsExactly("Day 1");
        assertThat(p.history().undoLabel()).contains("Write memo in the project journal");
        assertThat(p.memos().describe(MemoTarget.PROJECT, 0)).isEqualTo("the project (reflexive journal)");
        assertThatThrownBy(() -> p.memos().add(MemoTarget.PROJECT, 3, "", ""))
                .hasMessage("the project's journal has target id 0, not 3");
    }

    @Test
    void aMemoOnSomethingThatDoesNotExistIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> p.memos().add(MemoTarget.THEME, 99, "t", "x")).hasMessage("no theme with id 99");
        assertThat(p.repos().memos.all()).isEmpty();
    }

    @Test
    void updatingChangesTitleAndTextInOneUndoableStep() throws Exception {
        Memo memo = p.memos().add(MemoTarget.CODE, code, "", "");
        Memo saved = p.memos().update(memo, "Vacuum", "After 2011 the army left the north.");

        assertThat(saved.title()).isEqualTo("Vacuum");
        assertThat(saved.text()).isEqualTo("After 2011 the army left the north.");
        assertThat(p.repos().memos.byId(memo.id())).contains(saved);
        assertThat(p.history().undoLabel()).contains("Edit memo on code 'security vacuum'");

        p.history().undo();
        Memo undone = p.repos().memos.byId(memo.id()).orElseThrow();
        assertThat(undone.title()).isEmpty();
        assertThat(undone.text()).isEmpty();
        assertThat(p.history().undoLabel()).as("the creation is the step before").contains(
                "Write memo on code 'security vacuum'");
    }

    @Test
    void updatingWithNothingChangedRecordsNothing() throws Exception {
        Memo memo = p.memos().add(MemoTarget.DOCUMENT, 1, "t", "x");
        long steps = p.repos().history.countDone();
        assertThat(p.memos().update(memo, "t", "x")).isEqualTo(memo);
        assertThat(p.repos().history.countDone()).isEqualTo(steps);
    }

    @Test
    void anOlderCopyOfTheMemoStillSavesWhatTheEditorShows() throws Exception {
        Memo stale = p.memos().add(MemoTarget.CODE, code, "", "");
        p.memos().update(stale, "", "first");
        Memo saved = p.memos().update(stale, "", "first and second");
        assertThat(saved.text()).isEqualTo("first and second");
    }

    @Test
    void deletingHidesTheMemoAndUndoBringsItBackUnchanged() throws Exception {
        Memo memo = p.memos().add(MemoTarget.CODE, code, "Keep", "for chapter 4");
        p.memos().delete(memo);

        assertThat(p.memos().of(MemoTarget.CODE, code)).isEmpty();
        assertThat(p.history().undoLabel()).contains("Delete memo on code 'security vacuum'");
        assertThatThrownBy(() -> p.memos().update(memo, "x", "y"))
                .hasMessage("the memo was deleted; Undo brings it back");
        assertThatThrownBy(() -> p.memos().delete(memo)).hasMessage("the memo is already deleted");

        p.history().undo();
        assertThat(p.memos().of(MemoTarget.CODE, code)).containsExactly(memo);
    }

    @Test
    void memosAreListedNewestFirst() throws Exception {
        Memo first = p.memos().add(MemoTarget.CODE, code, "first", "");
        Memo second = p.memos().add(MemoTarget.CODE, code, "second", "");
        assertThat(p.memos().of(MemoTarget.CODE, code)).containsExactly(second, first);
    }

    @Test
    void thingsAreDescribedByKindAndName() throws Exception {
        long coding = p.repos().codings.ofCode(code).get(0).id();
        assertThat(p.memos().describe(MemoTarget.CODE, code)).isEqualTo("code 'security vacuum'");
        assertThat(p.memos().describe(MemoTarget.DOCUMENT, 1)).isEqualTo("document 'P01'");
        assertThat(p.memos().describe(MemoTarget.CODING, coding))
                .isEqualTo("coding of “the army left” as 'security vacuum'");
    }

    @Test
    void theCommandLineStillNamesItsTarget() throws Exception {
        p.memos().add(MemoTarget.CODE, "security vacuum", null, "named, not numbered");
        assertThat(p.memos().of(MemoTarget.CODE, code)).extracting(Memo::text).containsExactly("named, not numbered");
        assertThat(p.history().undoLabel()).contains("Write memo on code 'security vacuum'");
    }
}
