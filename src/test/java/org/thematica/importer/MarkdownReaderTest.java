package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.thematica.model.SpeakerTurn;

class MarkdownReaderTest {
    private static final Path FILE = Path.of("interview.md");

    private static ImportedText read(String markdown) throws ImportException {
        ImportedText result = new MarkdownReader().read(FILE, markdown.getBytes(StandardCharsets.UTF_8),
                ReadOptions.defaults());
        assertThat(TextNormalizer.isNormalized(result.text())).isTrue();
        assertThat(result.format()).isEqualTo("md");
        return result;
    }

    @Test
    void removesMarkupAndKeepsOneLinePerParagraph() throws Exception {
        String markdown = "# Interview 3\r\n\r\nSome *emphasis*, __strong__ and a [link](http://x.org \"t\").\r\n"
                + "A soft break.  \r\nA hard break.\r\n\r\n> quoted words\r\n\r\n---\r\n\r\n"
                + "![a photo of the market](img.png) and `code`.\r\n";
        assertThat(read(markdown).text()).isEqualTo("Interview 3\n"
                + "Some emphasis, strong and a link.\n"
                + "A soft break.\n"
                + "A hard break.\n"
                + "quoted words\n"
                + "a photo of the market and code.");
    }

    @Test
    void keepsListMarkersAsPlainText() throws Exception {
        assertThat(read("- one\n- two\n\n3. three\n4. four\n").text())
                .isEqualTo("• one\n• two\n3. three\n4. four");
    }

    @Test
    void findsSpeakerTurnsBehindBoldLabels() throws Exception {
        ImportedText result = read("## Transcript\n\n**Interviewer:** How did it start?\n\n"
                + "**المحاور:** كيف؟\n\n**Interviewer:** And then?\n\n**المحاور:** انتهى.\n");
        assertThat(result.text()).isEqualTo("Transcript\nInterviewer: How did it start?\nالمحاور: كيف؟\n"
                + "Interviewer: And then?\nالمحاور: انتهى.");
        assertThat(result.turns()).containsExactly(SpeakerTurn.untimed(11, 41, "Interviewer"),
                SpeakerTurn.untimed(42, 55, "المحاور"), SpeakerTurn.untimed(56, 78, "Interviewer"),
                SpeakerTurn.untimed(79, 94, "المحاور"));
        assertThat(result.text().substring(42, 55)).isEqualTo("المحاور: كيف؟");
    }

    @Test
    void keepsCodeBlocksAndTextOfHtmlBlocks() throws Exception {
        assertThat(read("```\nraw  text\n```\n\n<div>inside <b>html</b></div>\n\nend<br>line").text())
                .isEqualTo("raw  text\ninside html\nend\nline");
    }

    @Test
    void refusesMarkupWithoutText() {
        assertThatThrownBy(() -> read("---\n\n***\n")).hasMessage("interview.md: contains only Markdown markup and no text");
    }

    @Test
    void refusesBlankFile() {
        assertThatThrownBy(() -> read("\n\n  \n")).hasMessage("interview.md: contains no text");
    }
}
