package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thematica.model.TextRange;

class WordSnapTest {
    static String snapped(String text, String rough) {
        int start = text.indexOf(rough);
        TextRange r = WordSnap.snap(text, start, start + rough.length());
        return r.of(text);
    }

    @Test
    void widensPartialWordsAndDropsSurroundingSpace() {
        String text = "The security vacuum was more dangerous than the war.";
        assertThat(snapped(text, "curity vac")).isEqualTo("security vacuum");
        assertThat(snapped(text, " vacuum was ")).isEqualTo("vacuum was");
        assertThat(snapped(text, "the war.")).isEqualTo("the war.");
        assertThat(snapped(text, "war")).isEqualTo("war");
    }

    @Test
    void keepsApostrophesAndHyphenatedWordsWhole() {
        String text = "He said we don't trust post-conflict deals.";
        assertThat(snapped(text, "on't tru")).isEqualTo("don't trust");
        assertThat(snapped(text, "st-confl")).isEqualTo("post-conflict");
    }

    @Test
    void handlesArabicWithMarksAndTurkish() {
        String arabic = "قال: الفراغُ الأمنيّ كان أخطر";
        assertThat(snapped(arabic, "راغُ الأم")).isEqualTo("الفراغُ الأمنيّ");
        String turkish = "Iğdır'da ılık bir gün";
        assertThat(snapped(turkish, "ğdı")).isEqualTo("Iğdır'da");
    }

    @Test
    void leavesPunctuationOnlyAndEmptyRangesAlone() {
        String text = "a -- b";
        assertThat(WordSnap.snap(text, 2, 4)).isEqualTo(new TextRange(2, 4));
        assertThat(WordSnap.snap(text, 3, 3)).isEqualTo(new TextRange(3, 3));
        assertThat(WordSnap.snap("   ", 0, 3)).isEqualTo(new TextRange(0, 3));
    }
}
