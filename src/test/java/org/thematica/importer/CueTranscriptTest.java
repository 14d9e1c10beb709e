package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thematica.model.SpeakerTurn;
import org.thematica.model.SyncPoint;

class CueTranscriptTest {
    @Test
    void cuesWithoutSpeakersAreOneLineEach() {
        CueTranscript transcript = CueTranscript.build(List.of(
                new SubtitleCue(0, 1000, null, "one"), new SubtitleCue(1000, 2000, null, "two")));

        assertThat(transcript.text()).isEqualTo("one\ntwo");
        assertThat(transcript.turns()).isEmpty();
        assertThat(transcript.syncPoints()).containsExactly(new SyncPoint(0, 0), new SyncPoint(4, 1000));
    }

    @Test
    void consecutiveCuesOfOneSpeakerFormOneTurnParagraph() {
        CueTranscript transcript = CueTranscript.build(List.of(
                new SubtitleCue(0, 1000, "A", "one"),
                new SubtitleCue(1000, 2000, "A", "two"),
                new SubtitleCue(2000, 3000, "B", "three"),
                new SubtitleCue(3000, 4000, "A", "four")));

        assertThat(transcript.text()).isEqualTo("A: one two\nB: three\nA: four");
        assertThat(transcript.turns()).containsExactly(
                new SpeakerTurn(0, 10, "A", 0, 2000),
                new SpeakerTurn(11, 19, "B", 2000, 3000),
                new SpeakerTurn(20, 27, "A", 3000, 4000));
        assertThat(transcript.syncPoints()).containsExactly(
                new SyncPoint(3, 0), new SyncPoint(7, 1000), new SyncPoint(14, 2000), new SyncPoint(23, 3000));
    }

    @Test
    void unnamedCuesContinueTheCurrentTurnButNotBeforeTheFirst() {
        CueTranscript transcript = CueTranscript.build(List.of(
                new SubtitleCue(0, 1000, null, "title"),
                new SubtitleCue(1000, 2000, "A", "one"),
                new SubtitleCue(2000, 3000, null, "two")));

        assertThat(transcript.text()).isEqualTo("title\nA: one two");
        assertThat(transcript.turns()).containsExactly(new SpeakerTurn(6, 16, "A", 1000, 3000));
    }

    @Test
    void speakerNamesAreComparedExactly() {
        CueTranscript transcript = CueTranscript.build(List.of(
                new SubtitleCue(0, 1000, "Ann", "a"), new SubtitleCue(1000, 2000, "ANN", "b")));

        assertThat(transcript.turns()).extracting(SpeakerTurn::speaker).containsExactly("Ann", "ANN");
    }

    @Test
    void noCuesGiveAnEmptyTranscript() {
        CueTranscript transcript = CueTranscript.build(List.of());

        assertThat(transcript.text()).isEmpty();
        assertThat(transcript.turns()).isEmpty();
        assertThat(transcript.syncPoints()).isEmpty();
    }
}
