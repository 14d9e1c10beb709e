package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thematica.analysis.Kwic.Line;

/** Keyword-in-context lines: a match with some context, on one line, cut cleanly. */
class KwicTest {
    @Test
    void shortTextIsShownWholeOnOneLine() {
        String text = "The killing\nstarted in 2006.";
        int at = text.indexOf("started");
        assertThat(Kwic.around(text, at, at + 7, 40)).isEqualTo(new Line("The killing ", "started", " in 2006."));
    }

    @Test
    void longContextIsCutAtASpaceWithAnEllipsis() {
        String text = "one two three four five six seven MATCH eight nine ten eleven twelve thirteen";
        int at = text.indexOf("MATCH");
        Line line = Kwic.around(text, at, at + 5, 14);
        assertThat(line.left()).as("a cut inside a word moves to the next space").isEqualTo("…six seven ");
        assertThat(line.match()).isEqualTo("MATCH");
        assertThat(line.right()).isEqualTo(" eight nine…");
    }

    @Test
    void aCutNeverSplitsAnEmojiOrSeparatesAMarkFromItsLetter() {
        String text = "😀😀😀😀😀😀x😀😀😀😀😀😀";
        int at = text.indexOf('x');
        Line line = Kwic.around(text, at, at + 1, 3);
        assertThat(line.left()).as("three units: the cut moves past half an emoji").isEqualTo("…😀");
        assertThat(line.right()).isEqualTo("😀😀…");
        String arabic = "السَّلامُ";
        Line marks = Kwic.around(arabic + " x " + arabic, arabic.length() + 1, arabic.length() + 2, 3);
        assertThat(marks.right()).doesNotStartWith("\u064F").endsWith("…");
        assertThat(marks.left().codePoints().noneMatch(c -> c == 0xFFFD)).isTrue();
    }
}
