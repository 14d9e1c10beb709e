package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thematica.importer.SubtitleFixtures.read;
import static org.thematica.importer.SubtitleFixtures.refusal;
import static org.thematica.importer.SubtitleFixtures.times;
import static org.thematica.importer.TranscriptAssertions.assertSyncPointsAt;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.thematica.model.SpeakerTurn;
import org.thematica.model.SyncPoint;

class SrtReaderTest {
    private final SrtReader reader = new SrtReader();

    // --- fixtures from webvtt-py ---

    @Test
    void sampleBecomesOneLinePerCue() throws Exception {
        ImportedText imported = read(reader, "sample.srt");

        assertThat(imported.text()).isEqualTo(
                "Caption text #1\nCaption text #2\nCaption text #3\nCaption text #4\nCaption text #5");
        assertThat(imported.format()).isEqualTo("srt");
        assertThat(imported.encoding()).isEqualTo("UTF-8");
        assertThat(times(imported)).containsExactly(500L, 7000L, 11890L, 16320L, 21580L);
        assertSyncPointsAt(imported, "Caption text #1", "Caption text #2", "Caption text #3",
                "Caption text #4", "Caption text #5");
        assertThat(imported.turns()).isEmpty();
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void oneCaptionIsOneLine() throws Exception {
        ImportedText imported = read(reader, "one_caption.srt");

        assertThat(imported.text()).isEqualTo("Caption text #1");
        assertThat(imported.syncPoints()).containsExactly(new SyncPoint(0, 500));
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void dotInsteadOfCommaInTimesIsTolerated() throws Exception {
        // webvtt-py refuses this file; many tools write '.' and the times are unambiguous.
        ImportedText imported = read(reader, "invalid_timeframe.srt");

        assertThat(imported.text()).isEqualTo(
                "Caption text #1\nCaption text #2\nCaption text #3\nCaption text #4\nCaption text #5");
        assertThat(times(imported)).containsExactly(500L, 7000L, 11890L, 16320L, 21580L);
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void cueWithoutTextIsSkippedWithWarning() throws Exception {
        ImportedText imported = read(reader, "missing_caption_text.srt");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #3\nCaption text #4\nCaption text #5");
        assertThat(times(imported)).containsExactly(500L, 11890L, 16320L, 21580L);
        assertThat(imported.warnings()).containsExactly("line 6: no caption text; cue skipped");
    }

    @Test
    void cueWithoutTimingIsSkippedWithWarning() throws Exception {
        ImportedText imported = read(reader, "missing_timeframe.srt");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #3\nCaption text #4\nCaption text #5");
        assertThat(times(imported)).containsExactly(500L, 11890L, 16320L, 21580L);
        assertThat(imported.warnings()).containsExactly("line 5: missing timing for 'Caption text #2'; cue skipped");
    }

    @Test
    void lonelyIndexIsRefused() {
        assertThat(refusal(reader, "invalid_format1.srt")).isEqualTo(
                "invalid_format1.srt: contains no captions (line 1: missing timing for '1'; cue skipped)");
    }

    @Test
    void plainTextIsRefused() {
        assertThat(refusal(reader, "invalid_format2.srt")).isEqualTo(
                "invalid_format2.srt: contains no captions (line 1: missing timing for 'some text'; cue skipped)");
    }

    @Test
    void indexAndTextWithoutTimingIsRefused() {
        assertThat(refusal(reader, "invalid_format3.srt")).isEqualTo(
                "invalid_format3.srt: contains no captions (line 1: missing timing for 'some text'; cue skipped)");
    }

    @Test
    void textBeforeTimingIsAnIdentifierSoTheOnlyCueIsEmptyAndRefused() {
        assertThat(refusal(reader, "invalid_format4.srt")).isEqualTo(
                "invalid_format4.srt: contains no captions (line 2: no caption text; cue skipped)");
    }

    // --- files written for these tests ---

    @Test
    void byteOrderMarkAndCrlfAreNormalised() throws Exception {
        String srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\n<i>Hello</i>\r\nthere\r\n\r\n"
                + "2\r\n00:00:02,000 --> 00:00:03,500\r\n<B>Bye</B>\r\n\r\n";

        ImportedText imported = read(reader, "bom.srt", srt);

        assertThat(imported.text()).isEqualTo("Hello there\nBye");
        assertThat(imported.encoding()).isEqualTo("UTF-8");
        assertThat(imported.syncPoints()).containsExactly(new SyncPoint(0, 1000), new SyncPoint(12, 2000));
    }

    @Test
    void writtenSpeakerLabelsBecomeTurnsAndUnlabelledCuesContinueThem() throws Exception {
        String srt = "1\n00:00:01,000 --> 00:00:04,000\nDR. SMITH: Good morning.\nThank you for coming.\n\n"
                + "2\n00:00:04,500 --> 00:00:06,000\nPlease sit down.\n\n"
                + "3\n00:00:06,000 --> 00:00:08,000\n<font color=\"#ffff00\">MRS. JONES:</font> Thank you, doctor.\n\n"
                + "4\n00:00:08,000 --> 00:00:09,000\n- JONES: not a label after a dash\n";

        ImportedText imported = read(reader, "labels.srt", srt);

        String first = "DR. SMITH: Good morning. Thank you for coming. Please sit down.";
        assertThat(imported.text()).isEqualTo(
                first + "\nMRS. JONES: Thank you, doctor. - JONES: not a label after a dash");
        assertThat(imported.turns()).containsExactly(
                new SpeakerTurn(0, first.length(), "DR. SMITH", 1000, 6000),
                new SpeakerTurn(first.length() + 1, imported.text().length(), "MRS. JONES", 6000, 9000));
        assertSyncPointsAt(imported, "Good morning.", "Please sit down.", "Thank you, doctor.", "- JONES:");
    }

    @Test
    void missingBlankLinesIndexesAndExtraBlankLinesAreTolerated() throws Exception {
        String srt = "\n\n1\n00:00:01,000 --> 00:00:02,000 X1:100 X2:600 Y1:10 Y2:50\nOne\n"
                + "2\n00:00:02,000 --> 00:00:03,000\nTwo\n00:00:03,000 --> 00:00:04,000\nThree\n\n\n\n"
                + "cue-four\n00:00:04,000 --> 00:00:05,000\n{\\an8}Four\n";

        ImportedText imported = read(reader, "loose.srt", srt);

        assertThat(imported.text()).isEqualTo("One\nTwo\nThree\nFour");
        assertThat(times(imported)).containsExactly(1000L, 2000L, 3000L, 4000L);
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void arrowInCaptionTextIsKeptWhenItIsNoTiming() throws Exception {
        ImportedText imported = read(reader, "arrow.srt", "1\n00:00:01,000 --> 00:00:02,000\nfrom A --> B\n12\n");

        assertThat(imported.text()).isEqualTo("from A --> B 12");
    }

    @Test
    void invalidTimingIsQuotedInTheWarning() throws Exception {
        String srt = "1\n00:00:01,000 --> 00:00:x\nLost\n\n2\n00:00:02,000 --> 00:00:03,000\nKept\n";

        ImportedText imported = read(reader, "bad.srt", srt);

        assertThat(imported.text()).isEqualTo("Kept");
        assertThat(imported.warnings()).containsExactly("line 2: invalid timing '00:00:x'; cue skipped");
    }

    @Test
    void whiteSpaceOnlyFileIsEmpty() {
        assertThat(refusal(reader, "blank.srt", " \r\n\r\n\t".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("blank.srt: is empty");
    }
}
