package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpeakerLabelTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DR. SMITH: Good morning.        | DR. SMITH       | Good morning.",
        "Interviewer: So, tell me.       | Interviewer     | So, tell me.",
        "Speaker 1: yes                  | Speaker 1       | yes",
        "JOHN (V.O.): Later.             | JOHN (V.O.)     | Later.",
        "O'Brien-Smith : hello           | O'Brien-Smith   | hello",
        "المحاور: ما هو دور إيران؟       | المحاور         | ما هو دور إيران؟",
        "مُحَمَّد: نعم                      | مُحَمَّد            | نعم",
        "田中：こんにちは                 | 田中            | こんにちは",
        "Zoë: time is 10:30              | Zoë             | time is 10:30"})
    void findsShortLabelsInAnyScript(String text, String speaker, String speech) {
        assertThat(SpeakerLabel.split(text)).isEqualTo(new CueText.Part(speaker, speech));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "10:30 was when it started",
        "- JOHN: hi",
        "-JOHN: hi",
        "Note:this has no space",
        "JOHN:",
        "JOHN:   ",
        "https://example.org is a link",
        "The man we met in the camp last year: he said",
        "A label that is far too long to be a speaker name at all: x",
        "[music]: plays",
        "«Quote»: no",
        "plain sentence without colon"})
    void leavesOrdinaryTextAlone(String text) {
        assertThat(SpeakerLabel.split(text)).isNull();
    }
}
