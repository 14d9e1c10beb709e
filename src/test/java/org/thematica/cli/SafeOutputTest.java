package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the command line lets through to a terminal. */
class SafeOutputTest {
    @Test
    void aCrlfLineEndPassesButALoneCarriageReturnAndEscapesAreShown() {
        assertThat(SafeOutput.escape("a,b\r\nc,d\r\n")).isEqualTo("a,b\r\nc,d\r\n");
        assertThat(SafeOutput.escape("paid\rUNPAID")).isEqualTo("paid\\u000DUNPAID");
        assertThat(SafeOutput.escape("end\r")).isEqualTo("end\\u000D");
        assertThat(SafeOutput.escape("\u001B[2Jcode")).isEqualTo("\\u001B[2Jcode");
        assertThat(SafeOutput.escape("عنف 🙂\tx\n")).isEqualTo("عنف 🙂\tx\n");
    }
}
