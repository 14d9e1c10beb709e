package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.thematica.analysis.Highlights;
import org.thematica.analysis.Highlights.Span;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.model.SpeakerTurn;
import org.thematica.service.WorkspaceService.Transcript;
import org.thematica.ui.transcript.TranscriptStyles;

/** The transcript's inline styles: code colours blended, overlaps marked, speaker labels bold. */
class TranscriptStylesTest {
    static Transcript transcript(String text, List<SpeakerTurn> turns, List<Span> spans) {
        Document d = new Document(1, "g", "d", DocumentKind.INTERVIEW, "", "", "txt", null, text.length(), 0, "");
        return new Transcript(d, text, turns, spans.size(), Highlights.of(text.length(), spans));
    }

    static List<String> styles(StyleSpans<String> spans, String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (StyleSpan<String> s : spans) {
            out.add(text.substring(at, at + s.getLength()) + " => " + s.getStyle());
            at += s.getLength();
        }
        assertThat(at).isEqualTo(text.length());
        return out;
    }

    @Test
    void labelsAreBoldAndCodedPassagesTakeTheirCodesColour() {
        String text = "[Karim] war and peace\nQ: why";
        var t = transcript(text, List.of(SpeakerTurn.untimed(0, 21, "Karim"), SpeakerTurn.untimed(22, 28, "Q")),
                List.of(new Span(8, 11, 1), new Span(8, 21, 2)));
        assertThat(styles(TranscriptStyles.of(t, Map.of(1L, "#ff0000", 2L, "#0000ff")), text)).containsExactly(
                "[Karim] => -fx-font-weight: bold;",
                "  => ",
                "war => -rtfx-background-color: #7f007f99;-rtfx-underline-color: #7f007f; -rtfx-underline-width: 2;",
                " and peace => -rtfx-background-color: #0000ff66;",
                "\n => ",
                "Q: => -fx-font-weight: bold;",
                " why => ");
    }

    @Test
    void aTurnWhoseLabelIsNotAtItsStartGetsNoBoldAndNoSearch() {
        String text = "He said: Karim was there. Karim: later";
        var t = transcript(text, List.of(SpeakerTurn.untimed(0, text.length(), "Karim")), List.of());
        assertThat(styles(TranscriptStyles.of(t, Map.of()), text)).containsExactly(text + " => ");
    }

    @Test
    void emptyDocument() {
        var t = transcript("", List.of(), List.of());
        assertThat(TranscriptStyles.of(t, Map.of()).length()).isZero();
    }
}
