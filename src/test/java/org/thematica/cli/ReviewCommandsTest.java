package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.service.Project;
import org.thematica.testing.TestProjects;

/** A supervisor's review round trip on the command line: verdict, question, reply, resolve, undo (issue 12). */
class ReviewCommandsTest extends CommandLineTest {
    @TempDir
    Path dir;
    String project;
    String coding;

    @BeforeEach
    void anAnalystsCoding() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "P01", "The militias filled the vacuum after the withdrawal.");
            coding = p.coding().codeMatch("P01", "security vacuum", "filled the vacuum", 1, "analyst").guid();
            project = p.file().toString();
        }
    }

    private String guidIn(String printed) {
        return printed.replaceAll("(?s).*review ([0-9a-f-]{36}).*", "$1");
    }

    @Test
    void aQuestionIsOpenUntilTheAnalystAnswersAndResolvesIt() throws Exception {
        assertThat(run("--coder", "Supervisor", "review", project, "--coding", coding, "--verdict", "question",
                "--comment", "Is this the vacuum or the militias?")).as(err).isZero();
        String review = guidIn(out);
        assertThat(run("reviews", project, "--open")).isZero();
        assertThat(out).contains("[OPEN] QUESTION by Supervisor").contains("'security vacuum' on \"filled the vacuum\""
                + " in P01 by analyst").contains("Is this the vacuum or the militias?");

        assertThat(run("--coder", "analyst", "reply", project, "--review", review, "--text", "The vacuum; see memo."))
                .as(err).isZero();
        assertThat(run("--coder", "analyst", "resolve", project, "--review", review)).as(err).isZero();
        assertThat(run("reviews", project, "--open")).isZero();
        assertThat(out.strip()).isEqualTo("no open review threads");

        assertThat(run("reviews", project, "--json")).isZero();
        JsonNode thread = JsonMapper.builder().build().readTree(out).get("threads").get(0);
        assertThat(thread.get("verdict").asText()).isEqualTo("question");
        assertThat(thread.get("reviewer").asText()).isEqualTo("Supervisor");
        assertThat(thread.get("open").asBoolean()).isFalse();
        assertThat(thread.get("resolved_by").asText()).isEqualTo("analyst");
        assertThat(thread.get("replies").get(0).get("by").asText()).isEqualTo("analyst");
        assertThat(thread.get("replies").get(0).get("text").asText()).isEqualTo("The vacuum; see memo.");

        assertThat(run("undo", project)).isZero();
        assertThat(out).contains("Resolve a review thread");
        assertThat(run("reviews", project, "--open")).isZero();
        assertThat(out).contains("[OPEN] QUESTION").contains("↳ analyst");
        assertThat(run("history", project, "--coder", "Supervisor")).isZero();
        assertThat(out).contains("Review a coding of 'security vacuum' as question");
    }

    @Test
    void aCodesDefinitionIsReviewedTheSameWay() {
        assertThat(run("--coder", "Supervisor", "review", project, "--code", "security vacuum", "--verdict", "disagree",
                "--comment", "Too broad; split by actor")).as(err).isZero();
        assertThat(run("reviews", project)).isZero();
        assertThat(out).contains("[OPEN] DISAGREE by Supervisor").contains("code 'security vacuum'");
    }

    @Test
    void badReviewsAreOneLineAndChangeNothing() {
        assertThat(run("review", project, "--coding", "no-such", "--verdict", "agree")).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).doesNotContain("\n").contains("no coding with GUID 'no-such'");
        assertThat(run("review", project, "--coding", coding, "--verdict", "reply")).isEqualTo(Cli.USAGE);
        assertThat(run("review", project, "--coding", coding, "--verdict", "question")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("a question needs its text");
        assertThat(run("review", project, "--coding", coding, "--code", "x", "--verdict", "agree"))
                .isEqualTo(Cli.USAGE);
        assertThat(run("reply", project, "--review", "nope", "--text", "hi")).isEqualTo(Cli.FAILED);
        assertThat(run("reviews", project)).isZero();
        assertThat(out.strip()).isEqualTo("no reviews yet");
    }

    @Test
    void theReportListsEachVerdictWithItsPassageThreadAndStateInEveryFormat() throws Exception {
        assertThat(run("--coder", "Supervisor", "review", project, "--coding", coding, "--verdict", "disagree",
                "--comment", "This is about militias.")).isZero();
        String review = guidIn(out);
        assertThat(run("--coder", "analyst", "reply", project, "--review", review, "--text", "Recoded; see the memo."))
                .isZero();
        assertThat(run("--coder", "Supervisor", "review", project, "--code", "security vacuum", "--verdict", "agree"))
                .isZero();
        Path out = dir.resolve("report");
        assertThat(run("review-report", project, "--out", out.toString(), "--format", "md")).as(err).isZero();
        assertThat(this.out).contains("2 verdicts: 1 agree, 1 disagree; 1 open.");
        String md = java.nio.file.Files.readString(out.resolve("review-report.md"));
        assertThat(md).contains("| disagree | P01 | security vacuum | filled the vacuum | analyst | Supervisor (")
                .contains("| This is about militias. | analyst (").contains("Recoded; see the memo. | open |")
                .contains("| agree | code definition | security vacuum |");
        assertThat(run("review-report", project, "--out", out.toString(), "--format", "csv", "--open")).isZero();
        String csv = java.nio.file.Files.readString(out.resolve("review-report.csv"));
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(run("review-report", project, "--out", out.toString())).isZero();
        byte[] docx = java.nio.file.Files.readAllBytes(out.resolve("review-report.docx"));
        assertThat(run("review-report", project, "--out", out.toString())).isZero();
        assertThat(java.nio.file.Files.readAllBytes(out.resolve("review-report.docx"))).as("same bytes").isEqualTo(docx);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            assertThat(doc.getTables().get(0).getRows()).hasSize(3);
            assertThat(doc.getTables().get(0).getRow(1).getCell(6).getText()).isEqualTo("This is about militias.");
        }
    }

    @Test
    void aCodingIsNamedByItsWordsWhenItsGuidIsNotAtHand() throws Exception {
        assertThat(run("--coder", "Supervisor", "review", project, "--doc", "P01", "--code", "security vacuum",
                "--match", "the vacuum", "--verdict", "question", "--comment", "Why here?")).as(err).isZero();
        assertThat(run("--coder", "analyst", "reply", project, "--doc", "P01", "--code", "security vacuum",
                "--match", "the vacuum", "--text", "Because of the militias.")).as(err).isZero();
        assertThat(run("resolve", project, "--doc", "P01", "--code", "security vacuum", "--match", "the vacuum"))
                .as(err).isZero();
        assertThat(run("reviews", project)).isZero();
        assertThat(out).contains("[resolved] QUESTION").contains("↳ analyst").contains("Because of the militias.");
        assertThat(run("review", project, "--doc", "P01", "--code", "security vacuum", "--match", "not there",
                "--verdict", "agree")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("no coding of 'security vacuum' in P01 contains \"not there\"");
        assertThat(run("reply", project, "--code", "security vacuum", "--text", "x")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("nobody has reviewed the code 'security vacuum' yet");
    }
}
