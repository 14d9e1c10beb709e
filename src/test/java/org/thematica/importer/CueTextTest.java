package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thematica.importer.CueText.Part;

class CueTextTest {
    private static List<Part> parse(String... lines) {
        return CueText.parse(List.of(lines));
    }

    @Test
    void linesJoinWithOneSpaceAndWhiteSpaceCollapses() {
        assertThat(parse("  two\tspaces  ", "", "and  more  ")).containsExactly(new Part(null, "two spaces and more"));
    }

    @Test
    void voiceSpansNameTheSpeakerWithOrWithoutClosingTag() {
        assertThat(parse("<v Yuri Bakulin>There you go.</v>")).containsExactly(new Part("Yuri Bakulin", "There you go."));
        assertThat(parse("<v.loud.first   Ann   Lee>Stop!")).containsExactly(new Part("Ann Lee", "Stop!"));
        assertThat(parse("<v>Nobody named</v>")).containsExactly(new Part(null, "Nobody named"));
    }

    @Test
    void textAroundVoicesBelongsToNobodyAndSameVoicesMerge() {
        assertThat(parse("intro <v A>one</v> <v A>two</v> outro")).containsExactly(
                new Part(null, "intro"), new Part("A", "one two"), new Part(null, "outro"));
    }

    @Test
    void voiceWinsOverWrittenLabel() {
        assertThat(parse("<v Bob>Note: this is Bob</v>")).containsExactly(new Part("Bob", "Note: this is Bob"));
    }

    @Test
    void emptyMarkupMeansNoText() {
        assertThat(parse("<i></i>", " <b> </b> ", "<00:00:01.000>")).isEmpty();
        assertThat(parse("<v Bob></v>")).isEmpty();
    }

    @Test
    void subripTagsAndPositionCodesAreStripped() {
        assertThat(parse("{\\an8}<font color=\"#fff\" face=\"Arial\">Top</font> <I>line</I><br/>two"))
                .containsExactly(new Part(null, "Top line two"));
    }

    @Test
    void unknownTagsAndLoneBracketsStayText() {
        assertThat(parse("x < y and z > w <laughs> <bold>b</bold> {not ass} a <b")).containsExactly(
                new Part(null, "x < y and z > w <laughs> <bold>b</bold> {not ass} a <b"));
    }

    @Test
    void rubyTextIsDroppedEvenWhenUnclosed() {
        assertThat(parse("<ruby>漢<rt>kan</rt>字<rt>ji</ruby>!")).containsExactly(new Part(null, "漢字!"));
        assertThat(parse("<rt>never closed")).containsExactly(new Part(null, "never closed"));
    }

    @Test
    void referencesAreDecodedButNeverIntoControlCharactersOrBom() {
        assertThat(parse("&amp;&lt;&gt;&quot;&apos; &#233;&#xE9; &#13; &#xFEFF; &#x110000; &#xD800; &amp")).containsExactly(
                new Part(null, "&<>\"' éé &#13; &#xFEFF; &#x110000; &#xD800; &amp"));
    }

    @Test
    void directionMarksAndNoBreakSpacesAreKept() {
        assertThat(parse("&lrm;(2014)&rlm; a&nbsp;&nbsp;b")).containsExactly(
                new Part(null, "\u200E(2014)\u200F a\u00A0\u00A0b"));
    }

    @Test
    void strayByteOrderMarksAreRemoved() {
        assertThat(parse("\uFEFFHello\uFEFF")).containsExactly(new Part(null, "Hello"));
    }
}
