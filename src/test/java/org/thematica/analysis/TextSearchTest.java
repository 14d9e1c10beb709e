package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSearchTest {
    @Test
    void findsEveryMatchIgnoringCaseWithOffsetsIntoTheText() {
        String text = "İstanbul. The vacuum; VACUUM and Vacuum😀vacuum";
        assertThat(TextSearch.find(text, "vacuum", 100)).containsExactly(14, 22, 33, 41);
        assertThat(TextSearch.find(text, "VACUUM", 2)).containsExactly(14, 22);
        assertThat(TextSearch.find(text, "", 10)).isEmpty();
        assertThat(TextSearch.find("الفراغ الأمني والفراغ", "الفراغ", 10)).containsExactly(0, 15);
    }
}
