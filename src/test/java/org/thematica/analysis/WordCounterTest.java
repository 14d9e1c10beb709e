package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCounterTest {
    @Test
    void countsWordsInAnyScript() {
        assertThat(WordCounter.count("The security vacuum, after 2014.")).isEqualTo(5);
        assertThat(WordCounter.count("don't post-conflict - end")).isEqualTo(3);
        assertThat(WordCounter.count("الفراغ الأمني كان أخطر")).isEqualTo(4);
        assertThat(WordCounter.count("Ça s'est passé à Mossoul")).isEqualTo(5);
        assertThat(WordCounter.count("中文ひらがなカタ and")).isEqualTo(2 + 4 + 2 + 1);
        assertThat(WordCounter.count("")).isZero();
    }

    /** The fast path for everything below U+3000 holds only while the JDK's Unicode tables agree. */
    @Test
    void noIdeographOrKanaBelowTheFastPathsBound() {
        for (int cp = 0; cp < WordCounter.FIRST_IDEOGRAPHIC_OR_KANA; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            assertThat(Character.isIdeographic(cp) || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA).as("U+%04X", cp).isFalse();
        }
    }
}
