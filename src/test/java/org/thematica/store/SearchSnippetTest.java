package org.thematica.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thematica.analysis.KeywordSearch;

class SearchSnippetTest {
    private static String snippet(String text, String query) {
        return SearchRepository.snippet(text, KeywordSearch.terms(query));
    }

    @Test
    void bracketsTheFirstOccurrenceAndTheOthersOnItsLine() {
        assertThat(snippet("They spoke of the Security vacuum.\nThen security again.", "security"))
                .isEqualTo("They spoke of the [Security] vacuum. Then [security] again.");
        assertThat(snippet("الفراغ الأمني كان أخطر", "الأمني")).isEqualTo("الفراغ [الأمني] كان أخطر");
    }

    @Test
    void findsAnOccurrenceFarIntoALongTranscriptAndAcrossTheSearchWindows() {
        String filler = "words and more words ".repeat(2_000); // 42,000 characters
        assertThat(snippet(filler + "the security vacuum", "\"security vacuum\"")).endsWith("the [security vacuum]");
        for (int shift = 0; shift < 40; shift++) { // the phrase across each window edge
            String text = "x".repeat(8_192 - 20 + shift) + " security vacuum here";
            assertThat(snippet(text, "\"security vacuum\"")).as("shift %d", shift).contains("[security vacuum]");
        }
    }

    @Test
    void takesNoPartOfALongerWordCutByAWindowEdge() {
        // "insecurity" is not "security"; a window starting at its "security" must not take it
        String text = "y".repeat(8_192 - 512 - 3) + " insecurity " + "z ".repeat(300) + "security."; // past the first window
        assertThat(snippet(text, "security")).endsWith("[security].").doesNotContain("in[security]");
    }

    @Test
    void withoutAnOccurrenceItShowsTheStart() {
        assertThat(snippet("A short text.", "absent")).isEqualTo("A short text.");
    }
}
