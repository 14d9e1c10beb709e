package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thematica.importer.SubtitleFixtures.read;
import static org.thematica.importer.SubtitleFixtures.refusal;
import static org.thematica.importer.SubtitleFixtures.times;
import static org.thematica.importer.TranscriptAssertions.assertSyncPointsAt;

import org.junit.jupiter.api.Test;
import org.thematica.model.SpeakerTurn;

class SbvReaderTest {
    private static final String BACKWARDS_LAST_CUE =
            "ends at 0:00:16.543, before it starts at 0:00:17.484; cue kept";

    private final SbvReader reader = new SbvReader();

    // --- fixtures from webvtt-py ---

    @Test
    void sampleJoinsCaptionLinesAndKeepsTheBackwardsCueWithWarning() throws Exception {
        ImportedText imported = read(reader, "sample.sbv");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #2\n"
                + "Caption text #3 (line 1) Caption text #3 (line 2)\nCaption text #4\nCaption text #5");
        assertThat(imported.format()).isEqualTo("sbv");
        assertThat(imported.encoding()).isEqualTo("UTF-8");
        assertThat(times(imported)).containsExactly(378L, 11378L, 13489L, 15489L, 17484L);
        assertSyncPointsAt(imported, "Caption text #1", "Caption text #2", "Caption text #3 (line 1)",
                "Caption text #4", "Caption text #5");
        assertThat(imported.turns()).isEmpty();
        assertThat(imported.warnings()).containsExactly("line 14: " + BACKWARDS_LAST_CUE);
    }

    @Test
    void twoCaptionsWithTwoLines() throws Exception {
        ImportedText imported = read(reader, "two_captions.sbv");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #2 (line 1) Caption text #2 (line 2)");
        assertThat(times(imported)).containsExactly(378L, 11378L);
        assertThat(imported.syncPoints().get(1).offset()).isEqualTo(16);
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void cueWithInvalidTimeIsSkippedWithWarning() throws Exception {
        ImportedText imported = read(reader, "invalid_timeframe.sbv");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #2\nCaption text #4\nCaption text #5");
        assertThat(times(imported)).containsExactly(378L, 11378L, 15489L, 17484L);
        assertThat(imported.warnings()).containsExactly(
                "line 7: invalid timing '0:00:13.f89'; cue skipped",
                "line 13: " + BACKWARDS_LAST_CUE);
    }

    @Test
    void cueWithoutTextIsSkippedWithWarning() throws Exception {
        ImportedText imported = read(reader, "missing_caption_text.sbv");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #3\nCaption text #4\nCaption text #5");
        assertThat(times(imported)).containsExactly(378L, 13489L, 15489L, 17484L);
        assertThat(imported.warnings()).containsExactly(
                "line 4: no caption text; cue skipped",
                "line 12: " + BACKWARDS_LAST_CUE);
    }

    @Test
    void textWithoutTimingIsSkippedWithWarning() throws Exception {
        ImportedText imported = read(reader, "missing_timeframe.sbv");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #3\nCaption text #4\nCaption text #5");
        assertThat(times(imported)).containsExactly(378L, 13489L, 15489L, 17484L);
        assertThat(imported.warnings()).containsExactly(
                "line 4: missing timing for 'Caption text #2'; cue skipped",
                "line 12: " + BACKWARDS_LAST_CUE);
    }

    @Test
    void plainTextIsRefused() {
        assertThat(refusal(reader, "invalid_format.sbv")).isEqualTo(
                "invalid_format.sbv: contains no captions (line 1: missing timing for 'some text'; cue skipped)");
    }

    // --- files written for these tests ---

    @Test
    void crlfFileWithWrittenLabelsInTwoScripts() throws Exception {
        String sbv = "0:00:01.000,0:00:03.000\r\nINTERVIEWER: What changed in 2014?\r\n\r\n"
                + "0:00:03.000,0:00:07.000\r\nالضابط: ظهور داعش.\r\n\r\n"
                + "0:00:07.000,0:00:09.000\r\nكل شيء تغيّر.\r\n";

        ImportedText imported = read(reader, "labels.sbv", sbv);

        String first = "INTERVIEWER: What changed in 2014?";
        assertThat(imported.text()).isEqualTo(first + "\nالضابط: ظهور داعش. كل شيء تغيّر.");
        assertThat(imported.turns()).containsExactly(
                new SpeakerTurn(0, first.length(), "INTERVIEWER", 1000, 3000),
                new SpeakerTurn(first.length() + 1, imported.text().length(), "الضابط", 3000, 9000));
        assertSyncPointsAt(imported, "What changed", "ظهور داعش.", "كل شيء");
    }

    @Test
    void timingLineWithoutBlankLineStartsTheNextCue() throws Exception {
        ImportedText imported = read(reader, "tight.sbv", "0:00:01.000,0:00:02.000\nOne\n0:00:02.000,0:00:03.000\nTwo");

        assertThat(imported.text()).isEqualTo("One\nTwo");
        assertThat(times(imported)).containsExactly(1000L, 2000L);
    }
}
