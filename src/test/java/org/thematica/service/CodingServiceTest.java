package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Coding;
import org.thematica.model.UserError;
import org.thematica.testing.TestProjects;

class CodingServiceTest {
    /** Emoji (two UTF-16 units), a combining accent, Arabic with harakat, Turkish dotless i. */
    static final String TEXT = "Hi 😀 café: e\u0301 — السَّلامُ عليكم — Iğdır ılık\n";

    @TempDir
    Path dir;
    Project p;

    @BeforeEach
    void setUp() throws Exception {
        p = TestProjects.create(dir);
        TestProjects.importText(p, dir, "doc.txt", TEXT);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    @Test
    void rangesAreGivenInCodePointsAndStoredInUtf16Units() throws Exception {
        // code points: H=0 i=1 ' '=2 😀=3 ' '=4 c=5 ...
        Coding c = p.coding().codeRange("doc", "smile", 3, 4, null);
        assertThat(c.start()).isEqualTo(3);
        assertThat(c.end()).isEqualTo(5);
        assertThat(c.text()).isEqualTo("😀");
        Coding cafe = p.coding().codeRange("doc", "word", 5, 9, null);
        assertThat(cafe.text()).isEqualTo("café");
        assertThat(cafe.start()).isEqualTo(6);
    }

    @Test
    void arabicPassageIsCodedWithItsMarksIntact() throws Exception {
        Coding c = p.coding().codeMatch("doc", "greeting", "السَّلامُ عليكم", 1, null);
        assertThat(c.text()).isEqualTo("السَّلامُ عليكم");
        assertThat(TEXT.substring(c.start(), c.end())).isEqualTo(c.text());
        assertThat(p.repos().codings.byId(c.id()).orElseThrow().text()).isEqualTo("السَّلامُ عليكم");
    }

    @Test
    void combiningMarkStaysWithItsLetter() throws Exception {
        Coding c = p.coding().codeMatch("doc", "accent", "e\u0301", 1, null);
        assertThat(c.end() - c.start()).isEqualTo(2);
    }

    @Test
    void matchCountsOccurrencesFromOne() throws Exception {
        TestProjects.importText(p, dir, "rep.txt", "war and war and war");
        Coding third = p.coding().codeMatch("rep", "war", "war", 3, null);
        assertThat(third.start()).isEqualTo(16);
        assertThatThrownBy(() -> p.coding().codeMatch("rep", "war", "war", 4, null))
                .hasMessage("'war' occurs only 3 time(s) in document 'rep'");
        assertThatThrownBy(() -> p.coding().codeMatch("rep", "war", "peace", 1, null))
                .hasMessage("'peace' does not occur in document 'rep'");
    }

    @Test
    void rangesOutsideTheTextAreRefusedWithTheDocumentLength() {
        int points = TEXT.codePointCount(0, TEXT.length());
        assertThatThrownBy(() -> p.coding().codeRange("doc", "x", 5, points + 1, null))
                .isInstanceOf(UserError.class)
                .hasMessage("the range 5-" + (points + 1) + " does not fit document 'doc' (it has " + points
                        + " characters; start must be below end)");
        assertThatThrownBy(() -> p.coding().codeRange("doc", "x", 5, 5, null)).isInstanceOf(UserError.class);
        assertThat(p.repos().codes.all()).as("no code was created by the failed attempts").isEmpty();
    }

    @Test
    void unknownDocumentNamesSuggestTheRightOne() {
        assertThatThrownBy(() -> p.coding().codeRange("DOC", "x", 0, 1, null))
                .hasMessage("no document named 'DOC'; did you mean 'doc'?");
    }

    @Test
    void codingTheSamePassageTwiceIsRefusedButAnotherCoderMayCodeIt() throws Exception {
        p.coding().codeRange("doc", "x", 0, 2, null);
        assertThatThrownBy(() -> p.coding().codeRange("doc", "x", 0, 2, null))
                .hasMessage("this passage is already coded as 'x' by tester");
        Coding second = p.coding().codeRange("doc", "x", 0, 2, "Tom");
        assertThat(p.repos().coders.byId(second.coderId()).orElseThrow().name()).isEqualTo("Tom");
        assertThat(p.repos().codings.countLive()).isEqualTo(2);
    }

    @Test
    void autocodeCodesEveryMatchOnceAsOneUndoStep() throws Exception {
        TestProjects.importText(p, dir, "b.txt", "Violence. violence! VIOLENCE");
        assertThat(p.coding().autocode("violence", "violence", null, true, null)).isEqualTo(3);
        assertThat(p.coding().autocode("violence", "violence", null, true, null)).as("already coded").isZero();
        assertThat(p.repos().codings.countLive()).isEqualTo(3);
        p.history().undo();
        assertThat(p.repos().codings.countLive()).isZero();
        assertThat(p.repos().codes.byName("violence")).as("the code created with them goes too").isEmpty();
    }

    @Test
    void autocodeUnderstandsUnicodeWordClasses() throws Exception {
        assertThat(p.coding().autocode("arabic words", "\\bعليكم\\b", "doc", false, null)).isEqualTo(1);
    }

    @Test
    void autocodeStopsAPatternThatBacktracksWithoutEndAndWritesNothing() throws Exception {
        TestProjects.importText(p, dir, "aaa.txt", "a".repeat(40) + "c\n");
        var before = p.history().undoLabel();
        long started = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> p.coding().autocode("x", "((a+)*)+b", null, false, null))
                        .isInstanceOf(UserError.class)
                        .hasMessage("the pattern '((a+)*)+b' backtracks too much to finish on document 'aaa'"
                                + " (nested repeats such as (a+)* try every split); simplify it"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(p.repos().codes.byName("x")).isEmpty();
        assertThat(p.history().undoLabel()).isEqualTo(before);
        // an ordinary pattern on the same text still runs
        assertThat(p.coding().autocode("x", "a+c", null, false, null)).isEqualTo(1);
    }

    @Test
    void autocodeRefusesABrokenPattern() {
        assertThatThrownBy(() -> p.coding().autocode("x", "(unclosed", null, false, null))
                .hasMessageStartingWith("'(unclosed' is not a valid pattern");
    }
}
