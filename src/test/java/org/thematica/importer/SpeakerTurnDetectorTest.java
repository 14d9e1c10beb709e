package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thematica.model.SpeakerTurn;

class SpeakerTurnDetectorTest {
    private static List<String> speakers(List<SpeakerTurn> turns) {
        return turns.stream().map(SpeakerTurn::speaker).toList();
    }

    private static List<String> texts(String text, List<SpeakerTurn> turns) {
        return turns.stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void findsBracketedLabelsInQualCoderTranscript() {
        String text = TextNormalizer.normalize(ImporterFixtures.utf8("qualcoder-examples/transcript.txt"));
        List<SpeakerTurn> turns = SpeakerTurnDetector.detect(text);
        assertThat(speakers(turns)).containsExactly("id1", "id2", "id3", "id1", "id3", "id1", "id2");
        assertThat(turns).extracting(SpeakerTurn::start).containsExactly(0, 179, 278, 436, 667, 735, 801);
        assertThat(turns.get(0).end()).isEqualTo(177); // before the blank line
        assertThat(texts(text, turns).get(1)).isEqualTo("[id2] I am struggling with the lecture slides. "
                + "I felt that they were too busy and I switched off.");
        assertThat(turns.get(6).end()).isEqualTo(text.strip().length());
        assertThat(turns).allSatisfy(t -> assertThat(t.startMs()).isEqualTo(-1));
    }

    @Test
    void findsArabicLabels() {
        String text = "المحاور: كيف بدأت الأزمة؟\n"
                + "أحمد: بدأت ببطء بعد عام ٢٠٠٣.\n"
                + "وكانت صعبة جداً.\n"
                + "المحاور: وماذا حدث بعد ذلك؟\n"
                + "أحمد: تغيّر كل شيء.\n";
        List<SpeakerTurn> turns = SpeakerTurnDetector.detect(text);
        assertThat(speakers(turns)).containsExactly("المحاور", "أحمد", "المحاور", "أحمد");
        assertThat(texts(text, turns)).containsExactly(
                "المحاور: كيف بدأت الأزمة؟",
                "أحمد: بدأت ببطء بعد عام ٢٠٠٣.\nوكانت صعبة جداً.",
                "المحاور: وماذا حدث بعد ذلك؟",
                "أحمد: تغيّر كل شيء.");
    }

    @Test
    void acceptsLabelsWithArabicVowelSignsAndDirectionMarks() {
        String text = "\u200Fمُحاوِر: سؤال أول\n\u200Fمُشارِك: جواب\nمُحاوِر: سؤال ثانٍ\nمُشارِك: جواب آخر";
        assertThat(speakers(SpeakerTurnDetector.detect(text)))
                .containsExactly("مُحاوِر", "مُشارِك", "مُحاوِر", "مُشارِك");
    }

    @Test
    void findsNoTurnsInAnEssayWithOneNoteLine() {
        String text = "The conflict reshaped the region in ways few predicted.\n\n"
                + "Note: figures are from the 2014 census.\n\n"
                + "Regional powers stepped into the vacuum, and alliances shifted again.\n";
        assertThat(SpeakerTurnDetector.detect(text)).isEmpty();
    }

    @Test
    void findsNoTurnsForTwoHeadingLikeLinesThatOccurOnce() {
        String text = "Summary: the state was weak.\nConclusion: it remains weak, at 10:30 as at noon.\n";
        assertThat(SpeakerTurnDetector.detect(text)).isEmpty();
    }

    @Test
    void acceptsInterviewRolesThatSpeakOnce() {
        String text = "Q: When did you arrive?\nA: In 2006, after the bombing.";
        List<SpeakerTurn> turns = SpeakerTurnDetector.detect(text);
        assertThat(speakers(turns)).containsExactly("Q", "A");
        assertThat(turns.get(1)).isEqualTo(SpeakerTurn.untimed(24, 54, "A"));
    }

    @Test
    void acceptsNumberedRolesAndAOneOffSpeakerOnceTheTextIsATranscript() {
        String text = "Date: 12 May 2021\nLocation: Baghdad\n\n"
                + "Interviewer: Welcome.\nR1: Thank you.\n[Translator]: He says thank you.\n"
                + "I: Shall we start?\nR1: Yes.\n";
        List<SpeakerTurn> turns = SpeakerTurnDetector.detect(text);
        assertThat(speakers(turns)).containsExactly("Interviewer", "R1", "Translator", "I", "R1");
        assertThat(turns.get(0).start()).isEqualTo(text.indexOf("Interviewer"));
    }

    @Test
    void ignoresClockTimesUrlsAndTranscriptionNotes() {
        String text = "10:30 the meeting began\nhttp://example.org is the source\n"
                + "[inaudible] something\n[inaudible] again\nMaria: yes\nJohn: no\nMaria: perhaps\nJohn: fine\n";
        assertThat(speakers(SpeakerTurnDetector.detect(text))).containsExactly("Maria", "John", "Maria", "John");
    }

    @Test
    void rejectsLongOrSentenceLikeLabels() {
        String text = "This is a sentence with many words: it goes on\nThis is a sentence with many words: again\n"
                + "Speaker One Two Three Four: five words\nSpeaker One Two Three Four: again\n";
        assertThat(SpeakerTurnDetector.detect(text)).isEmpty();
    }

    @Test
    void worksOnNormalisedCrlfInput() {
        String raw = "Interviewer: first question\r\n\r\nParticipant 2: an answer\r\nthat goes on\r\n"
                + "Interviewer: second\r\nParticipant 2: last\r\n";
        String text = TextNormalizer.normalize(raw);
        List<SpeakerTurn> turns = SpeakerTurnDetector.detect(text);
        assertThat(texts(text, turns)).containsExactly("Interviewer: first question",
                "Participant 2: an answer\nthat goes on", "Interviewer: second", "Participant 2: last");
        assertThat(turns.get(1)).isEqualTo(SpeakerTurn.untimed(29, 66, "Participant 2"));
    }

    @Test
    void acceptsLabelsWithoutSpeechOnTheSameLine() {
        String text = "Interviewer:\nWhat happened?\nRespondent:\nA lot.";
        assertThat(texts(text, SpeakerTurnDetector.detect(text)))
                .containsExactly("Interviewer:\nWhat happened?", "Respondent:\nA lot.");
    }

    @Test
    void detectsTurnsInFiveMegabytesOfTranscriptLinearly() {
        StringBuilder b = new StringBuilder();
        int lines = 0;
        while (b.length() < 5_000_000) {
            b.append(lines % 2 == 0 ? "SPEAKER A: " : "SPEAKER B: ")
                    .append("words and more words about the conflict and the years after it ".repeat(3))
                    .append(lines % 5 == 0 ? "\ncontinued on the next line without a label: really" : "")
                    .append('\n');
            lines++;
        }
        List<SpeakerTurn> turns = SpeakerTurnDetector.detect(b.toString());
        assertThat(turns).hasSize(lines);
        assertThat(turns.get(lines - 1).end()).isEqualTo(b.toString().stripTrailing().length());
    }
}
