package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thematica.importer.SubtitleFixtures.read;
import static org.thematica.importer.SubtitleFixtures.refusal;
import static org.thematica.importer.SubtitleFixtures.syncedLines;
import static org.thematica.importer.SubtitleFixtures.times;
import static org.thematica.importer.TranscriptAssertions.assertSyncPointsAt;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.thematica.model.SpeakerTurn;
import org.thematica.model.SyncPoint;

class VttReaderTest {
    private final VttReader reader = new VttReader();

    // --- fixtures from webvtt-py (valid files) ---

    @Test
    void sampleBecomesOneLinePerCueWithItsStartTimes() throws Exception {
        ImportedText imported = read(reader, "sample.vtt");

        StringBuilder expected = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            expected.append(i == 1 ? "" : "\n").append("Caption text #").append(i);
        }
        assertThat(imported.text()).isEqualTo(expected.toString());
        assertThat(imported.format()).isEqualTo("vtt");
        assertThat(imported.encoding()).isEqualTo("UTF-8");
        assertThat(imported.turns()).isEmpty();
        assertThat(imported.warnings()).isEmpty();
        assertThat(times(imported)).containsExactly(500L, 7000L, 11890L, 16320L, 21580L, 23880L, 27280L,
                30280L, 36510L, 38870L, 45000L, 47000L, 50970L, 54440L, 58600L, 61350L);
        assertThat(syncedLines(imported)).allSatisfy(line -> assertThat(line).startsWith("Caption text #"));
        assertThat(imported.syncPoints().get(15)).isEqualTo(new SyncPoint(expected.lastIndexOf("Caption text #16"), 61350));
    }

    @Test
    void oneCaptionIsOneLine() throws Exception {
        ImportedText imported = read(reader, "one_caption.vtt");

        assertThat(imported.text()).isEqualTo("Caption text #1");
        assertThat(imported.syncPoints()).containsExactly(new SyncPoint(0, 500));
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void byteOrderMarkBeforeSignatureIsAccepted() throws Exception {
        ImportedText imported = read(reader, "captions_with_bom.vtt");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #2\nCaption text #3\nCaption text #4");
        assertThat(times(imported)).containsExactly(500L, 7000L, 11890L, 16320L);
        assertThat(imported.encoding()).isEqualTo("UTF-8");
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void notesAreSkippedAndDialogueDashesStayText() throws Exception {
        ImportedText imported = read(reader, "comments.vtt");

        assertThat(imported.text()).isEqualTo(
                "- Ta en kopp varmt te. - Det är inte varmt.\n"
                + "- Har en kopp te. - Det smakar som te.\n"
                + "- Ta en kopp");
        assertThat(times(imported)).containsExactly(135_000L, 140_000L, 145_000L);
        assertThat(imported.turns()).isEmpty();
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void inlineTimestampsAndClassSpansAreStripped() throws Exception {
        ImportedText imported = read(reader, "cue_tags.vtt");

        assertThat(imported.text()).isEqualTo("When the moon hits your eye\nLike a big-a pizza pie\nThat's amore");
        assertThat(times(imported)).containsExactly(16_500L, 18_500L, 20_500L);
        assertSyncPointsAt(imported, "When the moon", "Like a", "That's amore");
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void styleBlocksAreSkippedAndBoldIsStripped() throws Exception {
        ImportedText imported = read(reader, "styles.vtt");

        assertThat(imported.text()).isEqualTo("- Hello world.");
        assertThat(imported.syncPoints()).containsExactly(new SyncPoint(0, 0));
        assertThat(imported.turns()).isEmpty();
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void teamsVoicesBecomeSpeakerTurns() throws Exception {
        ImportedText imported = read(reader, "teams_timeframe.vtt");

        assertThat(imported.text()).isEqualTo("Yuri Bakulin: There you go.\nAdrian Petrescu: Why hello there, Yuri.");
        assertThat(imported.turns()).containsExactly(
                new SpeakerTurn(0, 27, "Yuri Bakulin", 0, 570),
                new SpeakerTurn(28, 67, "Adrian Petrescu", 210, 1130));
        assertThat(imported.syncPoints()).containsExactly(new SyncPoint(14, 0), new SyncPoint(45, 210));
        assertSyncPointsAt(imported, "There you go.", "Why hello there, Yuri.");
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void youtubeDlCaptionsWithoutBlankLinesAreSplitAtTimingLines() throws Exception {
        ImportedText imported = read(reader, "youtube_dl.vtt");

        // YouTube's rolling captions repeat words; the reader keeps what the file says.
        assertThat(imported.text()).isEqualTo(
                "yeah\nyeah what\nthis will happen is I'm telling\nthis will happen is I'm telling");
        assertThat(times(imported)).containsExactly(286_070L, 286_470L, 304_080L, 305_069L);
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void cueIdentifiersAreNotPartOfTheText() throws Exception {
        ImportedText imported = read(reader, "using_identifiers.vtt");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #2\nCaption text #3\n"
                + "Caption text #4\nCaption text #5\nCaption text #6");
        assertThat(times(imported)).containsExactly(500L, 7000L, 11890L, 16320L, 21580L, 23880L);
        assertThat(imported.text()).doesNotContain("second caption");
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void metadataHeadersAreSkipped() throws Exception {
        ImportedText imported = read(reader, "metadata_headers.vtt");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #2");
        assertThat(times(imported)).containsExactly(500L, 7000L);
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void multilineMetadataHeadersAreSkipped() throws Exception {
        ImportedText imported = read(reader, "metadata_headers_multiline.vtt");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #2");
        assertThat(times(imported)).containsExactly(500L, 7000L);
        assertThat(imported.warnings()).isEmpty();
    }

    // --- fixtures from webvtt-py (broken files) ---

    @Test
    void emptyFileIsRefused() {
        assertThat(refusal(reader, "empty.vtt")).isEqualTo("empty.vtt: is empty");
    }

    @Test
    void fileWithoutSignatureIsRefused() {
        assertThat(refusal(reader, "invalid.vtt"))
                .isEqualTo("invalid.vtt: is not a WebVTT file (the first line must be WEBVTT)");
    }

    @Test
    void signatureAloneIsRefusedAsHavingNoCaptions() {
        assertThat(refusal(reader, "no_captions.vtt")).isEqualTo("no_captions.vtt: contains no captions");
    }

    @Test
    void cueWithInvalidTimeIsSkippedWithWarning() throws Exception {
        ImportedText imported = read(reader, "invalid_timeframe.vtt");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #3\nCaption text #4\n"
                + "Caption text #5\nCaption text #6\nCaption text #7");
        assertThat(times(imported)).containsExactly(500L, 11890L, 16320L, 21580L, 23880L, 27280L);
        assertThat(imported.warnings()).containsExactly("line 6: invalid timing '00:00:1d.890'; cue skipped");
    }

    @Test
    void repeatedTimingLineEndsTheEmptyCueAndStartsTheNext() throws Exception {
        // Per the W3C parser a second "-->" line ends the first cue (left empty, so skipped) and
        // starts a new one; webvtt-py drops both, which would lose "Caption text #2".
        ImportedText imported = read(reader, "invalid_timeframe_in_cue_text.vtt");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #2\nCaption text #3");
        assertThat(times(imported)).containsExactly(500L, 7000L, 11890L);
        assertThat(imported.warnings()).containsExactly("line 6: no caption text; cue skipped");
    }

    @Test
    void cueWithoutTextIsSkippedWithWarning() throws Exception {
        ImportedText imported = read(reader, "missing_caption_text.vtt");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #3\nCaption text #4\nCaption text #5");
        assertThat(times(imported)).containsExactly(500L, 11890L, 16320L, 21580L);
        assertThat(imported.warnings()).containsExactly("line 6: no caption text; cue skipped");
    }

    @Test
    void textWithoutTimingIsSkippedWithWarning() throws Exception {
        ImportedText imported = read(reader, "missing_timeframe.vtt");

        assertThat(imported.text()).isEqualTo("Caption text #1\nCaption text #3\nCaption text #4\n"
                + "Caption text #5\nCaption text #6\nCaption text #7");
        assertThat(times(imported)).containsExactly(500L, 11890L, 16320L, 21580L, 23880L, 27280L);
        assertThat(imported.warnings()).containsExactly("line 6: missing timing for 'Caption text #2'; cue skipped");
    }

    // --- files written for these tests ---

    @Test
    void crlfFileWithVoicesKeepsOffsetsIntoTheNormalisedText() throws Exception {
        String vtt = "WEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:02.000 align:start\r\n"
                + "<v Interviewer>How did it start?\r\n\r\n"
                + "2\r\n00:00:02.500 --> 00:00:04.000\r\n<v.loud Ahmed>It started in 2006,\r\nafter the bombing.\r\n\r\n"
                + "00:00:04.000 --> 00:00:05.000\r\n<v Ahmed>Everything changed.</v>\r\n";

        ImportedText imported = read(reader, "crlf.vtt", vtt);

        String expected = "Interviewer: How did it start?\nAhmed: It started in 2006, after the bombing. Everything changed.";
        assertThat(imported.text()).isEqualTo(expected);
        assertThat(imported.turns()).containsExactly(
                new SpeakerTurn(0, 30, "Interviewer", 1000, 2000),
                new SpeakerTurn(31, expected.length(), "Ahmed", 2500, 5000));
        assertSyncPointsAt(imported, "How did it start?", "It started in 2006,", "Everything changed.");
        assertThat(times(imported)).containsExactly(1000L, 2500L, 4000L);
    }

    @Test
    void arabicVoicesBecomeRightToLeftTurns() throws Exception {
        String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v المحاور>ما هو دور إيران؟</v>\n\n"
                + "00:00:03.000 --> 00:00:06.000\n<v الدبلوماسي>النفوذُ الإيراني واضح&rlm;.</v>\n\n"
                + "00:00:06.000 --> 00:00:08.000\n<v الدبلوماسي>منذ عام 2003.</v>\n";

        ImportedText imported = read(reader, "arabic.vtt", vtt);

        assertThat(imported.text()).isEqualTo(
                "المحاور: ما هو دور إيران؟\nالدبلوماسي: النفوذُ الإيراني واضح\u200F. منذ عام 2003.");
        assertThat(imported.turns()).extracting(SpeakerTurn::speaker).containsExactly("المحاور", "الدبلوماسي");
        assertThat(imported.turns().get(1).startMs()).isEqualTo(3000);
        assertThat(imported.turns().get(1).endMs()).isEqualTo(8000);
        assertSyncPointsAt(imported, "ما هو", "النفوذُ", "منذ عام");
    }

    @Test
    void emojiCountAsTwoUtf16UnitsInOffsets() throws Exception {
        String vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Sam>We were so happy 😀😀</v>\n\n"
                + "00:01.000 --> 00:02.000\n<v Sam>👍 really</v>\n\n"
                + "00:02.000 --> 00:03.000\n<v Lee 🙂>🙂</v>\n";

        ImportedText imported = read(reader, "emoji.vtt", vtt);

        String expected = "Sam: We were so happy 😀😀 👍 really\nLee 🙂: 🙂";
        assertThat(imported.text()).isEqualTo(expected);
        assertThat(imported.syncPoints()).extracting(SyncPoint::offset)
                .containsExactly(5, expected.indexOf("👍"), expected.lastIndexOf("🙂"));
        assertThat(imported.turns()).containsExactly(
                new SpeakerTurn(0, expected.indexOf('\n'), "Sam", 0, 2000),
                new SpeakerTurn(expected.indexOf('\n') + 1, expected.length(), "Lee 🙂", 2000, 3000));
    }

    @Test
    void markupIsStrippedAndCharacterReferencesDecoded() throws Exception {
        String vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\n"
                + "<b>bold</b> <i>it</i> <u>u</u> <c.yellow.bg_blue>class</c> <lang en-GB>colour</lang>\n"
                + "<ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby> &amp; &lt;tag&gt; a&nbsp;b &lrm;x&rlm; &#x1F600; &bogus; <laughs>\n";

        ImportedText imported = read(reader, "markup.vtt", vtt);

        assertThat(imported.text()).isEqualTo(
                "bold it u class colour 漢字 & <tag> a\u00A0b \u200Ex\u200F 😀 &bogus; <laughs>");
    }

    @Test
    void voiceChangeInsideOneCueStartsANewTurnAtTheSameTime() throws Exception {
        String vtt = "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\n<v Bob>Hi.</v> <v Alice>Hello.</v>\n";

        ImportedText imported = read(reader, "two-voices.vtt", vtt);

        assertThat(imported.text()).isEqualTo("Bob: Hi.\nAlice: Hello.");
        assertThat(imported.syncPoints()).containsExactly(new SyncPoint(5, 5000), new SyncPoint(16, 5000));
        assertThat(imported.turns()).extracting(SpeakerTurn::speaker).containsExactly("Bob", "Alice");
    }

    @Test
    void writtenLabelsNameSpeakersWhenThereAreNoVoiceSpans() throws Exception {
        String vtt = "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nJohn Smith: Hello everyone.\n\n"
                + "2\n00:00:02.000 --> 00:00:03.000\nJohn Smith: Shall we start?\n\n"
                + "3\n00:00:03.000 --> 00:00:04.000\nMaria Lopez: Yes.\n";

        ImportedText imported = read(reader, "zoom.vtt", vtt);

        assertThat(imported.text()).isEqualTo("John Smith: Hello everyone. Shall we start?\nMaria Lopez: Yes.");
        assertThat(imported.turns()).containsExactly(
                new SpeakerTurn(0, 43, "John Smith", 0, 3000),
                new SpeakerTurn(44, 61, "Maria Lopez", 3000, 4000));
    }

    @Test
    void unvoicedCuesBeforeTheFirstSpeakerStayOwnLinesAndLaterOnesContinueTheTurn() throws Exception {
        String vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\n[music]\n\n00:01.000 --> 00:02.000\nIntro.\n\n"
                + "00:02.000 --> 00:03.000\n<v Ana>I grew up\n\n00:03.000 --> 00:04.000\nin the north.\n";

        ImportedText imported = read(reader, "mixed.vtt", vtt);

        assertThat(imported.text()).isEqualTo("[music]\nIntro.\nAna: I grew up in the north.");
        assertThat(imported.turns()).containsExactly(new SpeakerTurn(15, 43, "Ana", 2000, 4000));
        assertSyncPointsAt(imported, "[music]", "Intro.", "I grew up", "in the north.");
    }

    @Test
    void headerWithoutBlankLineBeforeFirstCueIsTolerated() throws Exception {
        ImportedText imported = read(reader, "tight.vtt", "WEBVTT\tTitle\nKind: captions\n00:01.000 --> 00:02.000\nhi");

        assertThat(imported.text()).isEqualTo("hi");
        assertThat(times(imported)).containsExactly(1000L);
    }

    @Test
    void signatureMustBeAWordOfItsOwn() {
        byte[] bytes = "WEBVTTX\n\n00:01.000 --> 00:02.000\nhi".getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(reader, "x.vtt", bytes)).isEqualTo("x.vtt: is not a WebVTT file (the first line must be WEBVTT)");
    }

    @Test
    void notesAndStylesBetweenCuesAreSkippedSilently() throws Exception {
        String vtt = "WEBVTT\n\nSTYLE\n::cue { color: red }\n\n00:01.000 --> 00:02.000\nOne\n\n"
                + "NOTE a note\nover two lines\n\nREGION\nid:fred width:40%\n\n00:02.000 --> 00:03.000\nTwo\n";

        ImportedText imported = read(reader, "notes.vtt", vtt);

        assertThat(imported.text()).isEqualTo("One\nTwo");
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void cueEndingBeforeItStartsIsKeptWithWarning() throws Exception {
        ImportedText imported = read(reader, "backwards.vtt", "WEBVTT\n\n00:05.000 --> 00:04.000\nSoon");

        assertThat(imported.text()).isEqualTo("Soon");
        assertThat(imported.warnings()).containsExactly("line 3: ends at 00:04.000, before it starts at 00:05.000; cue kept");
    }

    @Test
    void refusalNamesTheFirstProblemWhenEveryCueWasSkipped() {
        byte[] bytes = "WEBVTT\n\n00:0x.000 --> 00:02.000\nOne\n\n00:03.000 --> 00:04.000\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(reader, "bad.vtt", bytes)).isEqualTo(
                "bad.vtt: contains no captions (line 3: invalid timing '00:0x.000'; cue skipped, and 1 more problem)");
    }

    @Test
    void windows1252FileIsReadWithWarning() throws Exception {
        byte[] bytes = "WEBVTT\n\n00:01.000 --> 00:02.000\nCaf\u00e9 cr\u00e8me \u201cok\u201d".getBytes(
                Charset.forName("windows-1252"));

        ImportedText imported = reader.read(Path.of("latin.vtt"), bytes, ReadOptions.defaults());

        assertThat(imported.text()).isEqualTo("Café crème “ok”");
        assertThat(imported.encoding()).isEqualTo("windows-1252");
        assertThat(imported.warnings()).containsExactly(
                "not UTF-8; read as windows-1252 (Western European). If the text looks wrong, re-import with --encoding.");
    }
}
