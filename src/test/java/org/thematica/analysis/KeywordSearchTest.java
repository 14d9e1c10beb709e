package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thematica.analysis.KeywordSearch.Term;
import org.thematica.model.TextRange;

/** Occurrences of search words and phrases, as exact UTF-16 ranges of the text searched. */
class KeywordSearchTest {
    private static List<String> found(String text, String query) {
        return KeywordSearch.find(text, KeywordSearch.terms(query), 100).stream().map(r -> r.of(text)).toList();
    }

    @Test
    void theQueryIsReadAsTheProjectSearchReadsIt() {
        assertThat(KeywordSearch.terms("Security \"power VACUUM\" milit* OR army AND police"))
                .containsExactly(new Term(List.of("security"), false), new Term(List.of("power", "vacuum"), false),
                        new Term(List.of("milit"), true), new Term(List.of("army"), false),
                        new Term(List.of("police"), false));
        assertThat(KeywordSearch.terms("( ) - * OR")).isEmpty();
        assertThat(KeywordSearch.terms("col:x \"unclosed phrase")).containsExactly(
                new Term(List.of("col", "x"), false), new Term(List.of("unclosed", "phrase"), false));
        assertThat(KeywordSearch.terms("war war")).as("once each").hasSize(1);
    }

    @Test
    void andBindsTighterThanOrAsInTheIndex() {
        KeywordSearch.Query q = KeywordSearch.parse("army militia OR police");
        assertThat(q.branches()).hasSize(2);
        assertThat(q.matches(FoldedText.of("the army and a militia"))).isTrue();
        assertThat(q.matches(FoldedText.of("the army alone"))).isFalse();
        assertThat(q.matches(FoldedText.of("the police"))).isTrue();
        assertThat(KeywordSearch.parse("OR army OR OR militia OR").branches()).hasSize(2);
    }

    @Test
    void wordsMatchWholeWordsIgnoringCaseAndAccents() {
        assertThat(found("War, warning, WAR; postwar war.", "war")).containsExactly("War", "WAR", "war");
        assertThat(found("Café, CAFÉ, cafe\u0301 and cafes", "cafe")).containsExactly("Café", "CAFÉ", "cafe\u0301");
        assertThat(found("Café", "CAFÉ")).containsExactly("Café");
    }

    @Test
    void offsetsAreExactAfterEmojiAndArabicWithHarakat() {
        String text = "😀😀 السَّلامُ عليكم — 👍🏽 peace; السلام";
        List<TextRange> ranges = KeywordSearch.find(text, KeywordSearch.terms("السلام"), 10);
        assertThat(ranges).containsExactly(
                new TextRange(text.indexOf("السَّلامُ"), text.indexOf("السَّلامُ") + "السَّلامُ".length()),
                new TextRange(text.lastIndexOf("السلام"), text.length()));
        TextRange peace = KeywordSearch.find(text, KeywordSearch.terms("PEACE"), 10).get(0);
        assertThat(peace).isEqualTo(new TextRange(text.indexOf("peace"), text.indexOf("peace") + 5));
        assertThat(found(text, "عليكم")).containsExactly("عليكم");
    }

    @Test
    void aPhraseMayBreakAcrossLinesAndPunctuation() {
        assertThat(found("the security\nvacuum; security -- vacuum; security vacuums", "\"security vacuum\""))
                .containsExactly("security\nvacuum", "security -- vacuum");
    }

    @Test
    void aPrefixMarksTheWholeWord() {
        assertThat(found("Militias and the military; demilitarised", "milit*")).containsExactly("Militias", "military");
    }

    @Test
    void severalTermsAreFoundInTextOrderAndAPhraseWinsOverItsFirstWord() {
        assertThat(found("army then security vacuum then security", "security \"security vacuum\" army"))
                .containsExactly("army", "security vacuum", "security");
    }

    @Test
    void foldingKeepsHangulAndTurkishDottedCapitalWhole() {
        assertThat(found("한국어 텍스트", "한국어")).containsExactly("한국어");
        assertThat(found("İstanbul ve Iğdır", "istanbul")).containsExactly("İstanbul");
        assertThat(found("İstanbul ve Iğdır", "ığdır")).as("dotless ı is its own letter").isEmpty();
    }

    @Test
    void aWordAfterALetterBeyondTheBasicPlaneIsPartOfThatWord() {
        assertThat(found("𠀀字 字, 𝐀bc bc", "字 bc")).containsExactly("字", "bc");
        assertThat(KeywordSearch.parse("字").matches(FoldedText.of("𠀀字"))).isFalse();
    }

    @Test
    void foldedOffsetsMapBackToTheOriginal() {
        FoldedText f = FoldedText.of("Ǆe\u0301😀x");
        assertThat(f.folded()).isEqualTo("ǆe😀x");
        assertThat(f.originalStart(1)).isEqualTo(1);
        assertThat(f.originalEnd(2)).as("the accent belongs to the e").isEqualTo(3);
        assertThat(f.originalStart(4)).isEqualTo(5);
        assertThat(f.originalEnd(5)).isEqualTo(6);
    }
}
