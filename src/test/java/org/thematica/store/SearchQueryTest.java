package org.thematica.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {
    @Test
    void wordsBecomeQuotedTermsSoOperatorsCannotBreakTheQuery() {
        assertThat(SearchRepository.toFtsQuery("security vacuum")).isEqualTo("\"security\" \"vacuum\"");
        assertThat(SearchRepository.toFtsQuery("NEAR( col:x ^y")).isEqualTo("\"NEAR(\" \"col:x\" \"^y\"");
        assertThat(SearchRepository.toFtsQuery("( ) - *")).isEmpty();
    }

    @Test
    void phrasesPrefixesAndOrAreUnderstood() {
        assertThat(SearchRepository.toFtsQuery("\"security vacuum\" milit*")).isEqualTo("\"security vacuum\" \"milit\"*");
        assertThat(SearchRepository.toFtsQuery("army OR militia AND police")).isEqualTo("\"army\" OR \"militia\" \"police\"");
        assertThat(SearchRepository.toFtsQuery("OR army OR OR militia OR")).isEqualTo("\"army\" OR \"militia\"");
        assertThat(SearchRepository.toFtsQuery("say \"he said \"\"no\"")).isEqualTo("\"say\" \"he said\" \"no\"");
    }

    @Test
    void arabicAndAnUnclosedQuoteAreFine() {
        assertThat(SearchRepository.toFtsQuery("الفراغ \"الأمني")).isEqualTo("\"الفراغ\" \"الأمني\"");
    }
}
