package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CueTimesTest {
    @ParameterizedTest(name = "{0} = {1} ms")
    @CsvSource(delimiter = '|', value = {
        "00:00:01.000 | 1000",
        "00:01.000    | 1000",
        "01:02:03,004 | 3723004",
        "0:00:13.489  | 13489",
        "0:0:0.570    | 570",
        "0:0:1.5      | 1500",
        "0:0:0.0      | 0",
        "00:00.1234   | 123",
        "100:00:00.000 | 360000000"})
    void parsesEveryTimestampFormWeMeet(String token, long millis) {
        assertThat(CueTimes.parse(token)).isEqualTo(millis);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00:00:x", "00:00:1d.890", "0:00:13.f89", "1.000", "00:00:01",
        "00:60.000", "00:00:60.000", "-1:00.000", "1:2:3:4.000", "00:01.", "٠٠:٠١.٠٠٠", "00:01.000 "})
    void refusesWhatIsNoTimestamp(String token) {
        assertThat(CueTimes.parse(token)).isEqualTo(CueTimes.INVALID);
    }

    @Test
    void arrowLineIgnoresCueSettingsAndSpacing() {
        CueTimes.Timing timing = CueTimes.arrow("00:00:04.000-->00:00:05.500 align:start position:0%");

        assertThat(timing.valid()).isTrue();
        assertThat(timing.startMs()).isEqualTo(4000);
        assertThat(timing.endMs()).isEqualTo(5500);
    }

    @Test
    void invalidArrowLineNamesTheBadTimeOrTheWholeLine() {
        assertThat(CueTimes.arrow("00:00:07.000 --> 00:00:1d.890").invalidPart()).isEqualTo("00:00:1d.890");
        assertThat(CueTimes.arrow("00:0x:07.000 --> 00:00:08.000").invalidPart()).isEqualTo("00:0x:07.000");
        assertThat(CueTimes.arrow("00:00:07.000 -->  ").invalidPart()).isEqualTo("00:00:07.000 -->");
    }

    @Test
    void sbvLineSplitsAtTheFirstComma() {
        CueTimes.Timing timing = CueTimes.sbv("0:00:00.378, 0:00:11.378");

        assertThat(timing.valid()).isTrue();
        assertThat(timing.startMs()).isEqualTo(378);
        assertThat(timing.endMs()).isEqualTo(11378);
        assertThat(CueTimes.sbv("just text").valid()).isFalse();
    }
}
