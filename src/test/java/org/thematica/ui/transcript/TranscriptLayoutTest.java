package org.thematica.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thematica.analysis.Highlights;
import org.thematica.analysis.Highlights.Span;
import org.thematica.model.Code;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.model.SpeakerTurn;
import org.thematica.service.WorkspaceService.Transcript;
import org.thematica.text.Highlight;

/** What the transcript shows per row: labels in bold, interviewer turns, tints, long paragraphs cut. */
class TranscriptLayoutTest {
    static Transcript transcript(String text, List<SpeakerTurn> turns, List<Span> spans) {
        Document d = new Document(1, "g", "d", DocumentKind.INTERVIEW, "", "", "txt", null, text.length(), 0, "");
        return new Transcript(d, text, turns, spans.size(), Highlights.of(text.length(), spans));
    }

    static List<Code> codes() {
        return List.of(new Code(1, "g1", "red", "#ff0000", "", null), new Code(2, "g2", "blue", "#0000ff", "", null));
    }

    @Test
    void labelsAreBoldInterviewerTurnsSetApartAndCodedPassagesTinted() {
        String text = "[Karim] war and peace\nQ: why";
        var t = transcript(text, List.of(SpeakerTurn.untimed(0, 21, "Karim"), SpeakerTurn.untimed(22, 28, "Q")),
                List.of(new Span(8, 11, 1), new Span(8, 21, 2)));
        TranscriptContent c = TranscriptLayout.prepare(t, codes());
        assertThat(c.rows()).isEqualTo(2);
        assertThat(c.labelEnds()).containsExactly("[Karim]".length(), "Q:".length());
        assertThat(c.interviewer()).containsExactly(false, true);
        // "war" has both codes: a deeper blend, underlined; the rest of the turn has blue only
        assertThat(c.highlights(0)).containsExactly(new Highlight(8, 11, 0x997f007f, true),
                new Highlight(11, 21, 0x660000ff, false));
        assertThat(c.highlights(1)).isEmpty();
        assertThat(c.rowCodes(0)).containsExactly(1, 2);
        assertThat(c.maxBars()).isEqualTo(2);
    }

    @Test
    void aTurnWhoseLabelIsNotAtItsStartGetsNoBold() {
        String text = "He said: Karim was there. Karim: later";
        var t = transcript(text, List.of(SpeakerTurn.untimed(0, text.length(), "Karim")), List.of());
        assertThat(TranscriptLayout.prepare(t, codes()).labelEnds()).containsExactly(0);
    }

    @Test
    void aParagraphLongerThanARowIsCutAtSpacesAndKeepsItsDirection() {
        String sentence = "الناس يخافون من الخروج إلى الشارع. ";
        String para = sentence.repeat(200).strip();
        String text = "Intro\n" + para + "\nEnd";
        var t = transcript(text, List.of(), List.of(new Span(6, 6 + para.length(), 1)));
        TranscriptContent c = TranscriptLayout.prepare(t, codes());
        assertThat(c.rows()).isGreaterThan(4);
        int at = 0;
        for (int r = 0; r < c.rows(); r++) {
            assertThat(c.start(r)).as("row %d starts where the last ended or after a line break", r)
                    .isIn(at, at + 1);
            assertThat(c.end(r) - c.start(r)).isLessThanOrEqualTo(TranscriptLayout.MAX_ROW);
            at = c.end(r);
        }
        assertThat(at).isEqualTo(text.length());
        for (int r = 1; r < c.rows() - 1; r++) {
            assertThat(c.rightToLeft()[r]).isTrue();
            assertThat(c.highlights(r)).as("the coding tints every row of its paragraph")
                    .containsExactly(new Highlight(0, c.end(r) - c.start(r), 0x66ff0000, false));
            if (r > 1) {
                assertThat(c.continued()[r]).isTrue();
                assertThat(text.charAt(c.start(r) - 1)).as("cut after a space").isEqualTo(' ');
            }
        }
        assertThat(c.continued()[1]).isFalse();
        assertThat(c.rowOf(text.indexOf("End"))).isEqualTo(c.rows() - 1);
    }

    @Test
    void aNewCodingRestylesOnlyTheRowsItCovers() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            b.append("Karim: line ").append(i).append(" of the interview\n");
        }
        String text = b.toString();
        List<Span> before = new java.util.ArrayList<>(List.of(new Span(0, 400, 1), new Span(3000, 3300, 2)));
        TranscriptContent shown = TranscriptLayout.prepare(transcript(text, List.of(), before), codes());
        int from = text.indexOf("line 100 ");
        int to = text.indexOf("line 102 ") + 4;
        List<Span> after = new java.util.ArrayList<>(before);
        after.add(new Span(from, to, 1));
        TranscriptContent next = TranscriptLayout.prepare(transcript(text, List.of(), after), codes(), shown);
        assertThat(next.rowStarts()).as("the rows are kept, not worked out again").isSameAs(shown.rowStarts());
        List<Integer> restyled = new java.util.ArrayList<>();
        for (int r = 0; r < shown.rows(); r++) {
            if (shown.restyled(next, r)) {
                restyled.add(r);
            }
        }
        assertThat(restyled).containsExactly(100, 101, 102);
    }

    @Test
    void theMarginIsAsWideAsTheMostCodesOnARowUpToItsLimit() {
        String text = "one two three four\nfive six seven eight\nnine";
        List<Span> three = List.of(new Span(0, 3, 1), new Span(4, 7, 2), new Span(8, 13, 3), new Span(19, 23, 1));
        assertThat(TranscriptLayout.prepare(transcript(text, List.of(), three), codes()).maxBars())
                .as("three codes in separate words of the first row").isEqualTo(3);
        List<Span> many = new java.util.ArrayList<>();
        for (int code = 1; code <= TranscriptView.MAX_BARS + 5; code++) {
            many.add(new Span(20 + code % 3, 30, code));
        }
        assertThat(TranscriptLayout.prepare(transcript(text, List.of(), many), codes()).maxBars())
                .isEqualTo(TranscriptView.MAX_BARS);
    }

    @Test
    void emptyDocumentIsOneEmptyRow() {
        TranscriptContent c = TranscriptLayout.prepare(transcript("", List.of(), List.of()), codes());
        assertThat(c.rows()).isEqualTo(1);
        assertThat(c.end(0)).isZero();
    }
}
