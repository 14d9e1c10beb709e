package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Coding;
import org.thematica.model.DocumentKind;
import org.thematica.service.ImportService;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.text.ParagraphLayout;
import org.thematica.ui.transcript.TranscriptView;

/**
 * Arabic in the transcript, driven with the mouse and the keyboard of the real window (headless):
 * a drag over Arabic words, in a right-to-left paragraph, inside an English line and across a line
 * break, codes exactly those words; a click on an Arabic highlight lists its coding; find selects
 * the word it found; Shift+Left extends forwards through right-to-left text. These are the
 * gestures that coded the wrong words when the transcript drew Arabic through JavaFX's text.
 */
class TranscriptBidiInAppTest {
    static final String RTL = "حسن: الميليشيات تسيطر على الأحياء. لم تكن هناك دولة، والناس يخافون من الخروج إلى الشارع.";
    static final String MIXED = "Hassan: The commander said الناس يخافون من الخروج إلى الشارع and then he left the city in 2014.";
    static final String LONG = ("المحاور: كيف تغيرت الحياة اليومية بعد انسحاب القوات الفيدرالية من المدينة؟ "
            + "قال كثيرون إن الأسواق أغلقت في the first weeks وإن المدارس تحولت إلى ملاجئ للعائلات النازحة من القرى. ").repeat(4);
    static final String TEXT = RTL + "\n" + MIXED + "\n" + LONG.strip() + "\n";

    @TempDir
    static Path dir;
    static AppDriver driver;
    static long documentId;

    @BeforeAll
    static void start() throws Exception {
        Path file = dir.resolve("bidi.thematica");
        Path source = Files.writeString(dir.resolve("P04 Hassan.txt"), TEXT, StandardCharsets.UTF_8);
        try (Project p = Project.create(file, Settings.forUser("tester"))) {
            p.imports().importFiles(new ImportService.Request(List.of(source), DocumentKind.INTERVIEW, null, null,
                    null), false, new ArrayList<>(), org.thematica.service.Progress.NONE);
            documentId = p.repos().documents.byName("P04 Hassan").orElseThrow().id();
        }
        driver = AppDriver.start(dir.resolve("home"));
        driver.open(file);
        driver.fx(() -> driver.workbench().context().selection().documentProperty().set(documentId));
        driver.waitFor(() -> driver.fxGet(() -> driver.area().text()).contains("الميليشيات"));
    }

    @AfterAll
    static void stop() throws Exception {
        driver.stop();
    }

    @BeforeEach
    void nothingSelected() throws Exception {
        driver.fx(() -> driver.area().selectRange(0, 0));
    }

    private TranscriptView view() {
        return driver.area();
    }

    private List<Coding> codings() {
        return driver.project().repos().codings.ofDocument(documentId);
    }

    /** The middle of a word on screen, where the layout put it (its ink is checked in ParagraphLayoutTest). */
    private Point2D middleOf(int start, int end) throws Exception {
        Bounds b = driver.fxGet(() -> {
            view().showOffset(start);
            return view().rangeBoundsOnScreen(start, end).orElseThrow();
        });
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** Drags from the middle of the phrase's first word to the middle of its last, and codes it. */
    private Coding dragAndCode(String text, int phraseStart, int phraseEnd, String code) throws Exception {
        int firstEnd = text.indexOf(' ', phraseStart);
        int lastStart = text.lastIndexOf(' ', phraseEnd - 1) + 1;
        Point2D from = middleOf(phraseStart, firstEnd);
        Point2D to = middleOf(lastStart, phraseEnd);
        int before = codings().size();
        driver.robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        driver.waitFor(() -> driver.fxGet(() -> view().selectedText()).equals(text.substring(phraseStart, phraseEnd)));
        driver.robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        driver.waitFor(() -> driver.robot.lookup("#code-finder-query").tryQuery().isPresent());
        driver.robot.write(code);
        driver.robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        driver.waitFor(() -> codings().size() == before + 1);
        return codings().stream().filter(c -> c.start() == phraseStart).findFirst().orElseThrow();
    }

    @Test
    void aDragOverArabicWordsInARightToLeftParagraphCodesExactlyThoseWords() throws Exception {
        String phrase = "والناس يخافون من الخروج إلى الشارع";
        int at = TEXT.indexOf(phrase);
        Coding c = dragAndCode(TEXT, at, at + phrase.length(), "fear");
        assertThat(c.text()).isEqualTo(phrase);
        assertThat(c.end()).isEqualTo(at + phrase.length());
        driver.snapshot("bidi-rtl-coded.png");
    }

    @Test
    void aDragOverAnArabicPhraseInAnEnglishLineCodesExactlyThePhrase() throws Exception {
        String phrase = "الناس يخافون من الخروج إلى الشارع";
        int at = TEXT.indexOf(phrase, TEXT.indexOf(MIXED));
        Coding c = dragAndCode(TEXT, at, at + phrase.length(), "fear in English line");
        assertThat(c.text()).isEqualTo(phrase);
        assertThat(c.start()).isEqualTo(at);
    }

    @Test
    void aDragAcrossALineBreakInWrappedArabicCodesTheWordsOnBothLines() throws Exception {
        // three words around the first place where the long paragraph wraps, found in its layout
        int paragraph = TEXT.indexOf(LONG.strip());
        int[] phrase = driver.fxGet(() -> {
            int row = view().content().rowOf(paragraph);
            ParagraphLayout layout = view().layout(row);
            int breakAt = paragraph + layout.lineEnd(0);
            int start = TEXT.lastIndexOf(' ', breakAt - 2) + 1;
            int end = TEXT.indexOf(' ', breakAt);
            return new int[] {start, end};
        });
        assertThat(TEXT.substring(phrase[0], phrase[1])).as("two words, one on each line").contains(" ");
        Coding c = dragAndCode(TEXT, phrase[0], phrase[1], "wrapped");
        assertThat(c.text()).isEqualTo(TEXT.substring(phrase[0], phrase[1]));
        driver.snapshot("bidi-wrapped-coded.png");
    }

    @Test
    void aClickOnAnArabicHighlightListsItsCoding() throws Exception {
        String word = "تسيطر";
        int at = TEXT.indexOf(word);
        driver.fx(() -> {
            view().selectRange(at, at + word.length());
            driver.workbench().context().applyCodeNamed("control");
        });
        driver.waitFor(() -> driver.fxGet(() -> view().highlightAt(at + 1)).isPresent());
        driver.robot.clickOn(middleOf(at, at + word.length()));
        driver.waitFor(() -> driver.robot.lookup("#codings-popup").tryQuery().isPresent());
        assertThat(driver.robot.lookup("#codings-popup").queryParent().lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList()).anyMatch(t -> t.contains("control"));
        driver.robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void findSelectsTheArabicWordItFound() throws Exception {
        driver.fx(() -> view().requestFocus());
        driver.robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        driver.waitFor(() -> driver.robot.lookup("#find-in-document").tryQuery().map(javafx.scene.Node::isFocused)
                .orElse(false));
        driver.fx(() -> ((javafx.scene.control.TextField) driver.robot.lookup("#find-in-document").query())
                .setText("الخروج"));
        int first = TEXT.indexOf("الخروج");
        driver.waitFor(() -> driver.fxGet(() -> view().selectionStart() == first && view().selectedText().equals("الخروج")));
        driver.robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void jumpingToAnArabicPassageSelectsExactlyIt() throws Exception {
        String phrase = "لم تكن هناك دولة";
        int at = TEXT.indexOf(phrase);
        driver.fx(() -> driver.workbench().context().selection().reveal(documentId, at, at + phrase.length()));
        driver.waitFor(() -> driver.fxGet(() -> view().selectedText()).equals(phrase));
        assertThat(driver.fxGet(() -> view().selectionBoundsOnScreen()).isPresent()).as("shown on screen").isTrue();
    }

    @Test
    void shiftLeftExtendsForwardsThroughRightToLeftText() throws Exception {
        int at = TEXT.indexOf("الميليشيات");
        driver.fx(() -> {
            view().requestFocus();
            view().selectRange(at, at);
        });
        for (int i = 0; i < "الميليشيات".length(); i++) {
            driver.robot.press(KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT);
        }
        driver.waitFor(() -> driver.fxGet(() -> view().selectedText()).equals("الميليشيات"));
    }
}
