package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thematica agreement}: the JSON's shape, the table, and one-line refusals. */
class AgreementCommandTest extends CommandLineTest {
    @TempDir
    Path dir;
    String project;

    @BeforeEach
    void twoCoders() throws Exception {
        project = dir.resolve("study.thematica").toString();
        assertThat(run("new", project)).isZero();
        Files.writeString(dir.resolve("P01.txt"), "Karim: Sectarian violence in 2006 😀 and violence later.\n");
        assertThat(run("import", project, dir.resolve("P01.txt").toString(), "--coder", "Amira")).isZero();
        assertThat(run("code", project, "--doc", "P01", "--code", "violence", "--match", "Sectarian violence",
                "--coder", "Amira")).isZero();
        assertThat(run("code", project, "--doc", "P01", "--code", "violence", "--match", "Sectarian violence in",
                "--coder", "Tom")).isZero();
        assertThat(run("code", project, "--doc", "P01", "--code", "time", "--match", "2006", "--coder", "Amira"))
                .isZero();
    }

    @Test
    void jsonHasTheCodesTheOverallRowAndTheScope() throws Exception {
        assertThat(run("agreement", project, "--coders", "Amira,Tom", "--json")).isZero();
        JsonNode json = new JsonMapper().readTree(out);
        assertThat(json.get("scope").get("documents")).hasSize(1);
        assertThat(json.get("scope").get("documents").get(0).asText()).isEqualTo("P01");
        assertThat(json.get("scope").get("units").asLong()).isEqualTo(
                "Karim: Sectarian violence in 2006 😀 and violence later.\n".codePointCount(0, 57));
        assertThat(json.get("codes")).hasSize(2);
        for (JsonNode row : List.of(json.get("codes").get(0), json.get("codes").get(1), json.get("overall"))) {
            assertThat(row.has("code")).isTrue();
            for (String key : List.of("percent", "kappa", "alpha", "alpha_u", "segments")) {
                assertThat(row.has(key)).as(key).isTrue();
                assertThat(row.get(key).isNumber() || row.get(key).isNull() && row.has(key + "_undefined")).as(key)
                        .isTrue();
            }
        }
        JsonNode time = json.get("codes").get(0);
        assertThat(time.get("code").asText()).isEqualTo("time");
        assertThat(time.get("alpha_u").isNull()).isTrue();
        assertThat(time.get("alpha_u_undefined").asText()).isEqualTo("only Amira applied it here, and α_U compares"
                + " two coders' units");
        JsonNode violence = json.get("codes").get(1);
        // "Sectarian violence" (18) inside "Sectarian violence in" (21): 18 of 21 shared, 86%
        assertThat(violence.get("characters").get("both").asInt()).isEqualTo(18);
        assertThat(violence.get("characters").get("only_b").asInt()).isEqualTo(3);
        assertThat(violence.get("segments").asDouble()).isEqualTo(100.0);
        assertThat(violence.get("percent").asDouble()).isBetween(0.0, 100.0);
        assertThat(json.get("overall").get("code").isNull()).isTrue();

        assertThat(run("agreement", project, "--coders", "Amira,Tom", "--overlap", "90", "--json")).isZero();
        assertThat(new JsonMapper().readTree(out).get("codes").get(1).get("segments").asDouble()).isEqualTo(0.0);
    }

    @Test
    void theTableExplainsEachMeasureAndSaysWhatIsNotDefined() {
        assertThat(run("agreement", project, "--coders", "Amira, Tom", "--codes", "violence,time")).isZero();
        assertThat(out).startsWith("Agreement between A: Amira and B: Tom\n")
                .containsPattern("violence +\\d+\\.\\d% +0\\.\\d{3} +0\\.\\d{3} +0\\.\\d{3}  100% \\(1/1, 1/1\\)\n")
                .containsPattern("time +\\d+\\.\\d% +0\\.000 +-?0\\.\\d{3} +n/d  0% \\(0/1, 0/0\\)\n")
                .contains("time: alpha_U not defined (only Amira applied it here, and α_U compares two coders' units)")
                .contains("Kappa: Cohen's kappa over the characters")
                .contains("at least 80% of their union.");
    }

    @Test
    void badInputIsRefusedInOneLine() {
        assertThat(run("agreement", project, "--coders", "Amira")).isEqualTo(Cli.USAGE);
        assertThat(err.lines().toList()).containsExactly("thematica agreement: --coders takes two coder names separated"
                + " by a comma, such as --coders Amira,Tom; usage: thematica agreement PROJECT --coders A,B"
                + " [--docs NAME,..] [--codes NAME,..] [--overlap PCT] [--json]");
        assertThat(run("agreement", project, "--coders", "Amira,Bob")).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica agreement: no coder named 'Bob' (there are: 'Amira', 'Tom')\n");
        assertThat(run("agreement", project, "--coders", "Amira,Tom", "--docs", "P02")).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica agreement: no document named 'P02' (there are: 'P01')\n");
        assertThat(run("agreement", project, "--coders", "Amira,Tom", "--codes", "violence,peace"))
                .isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica agreement: no code named 'peace' (there are: 'time', 'violence')\n");
        assertThat(run("agreement", project, "--coders", "Amira,Tom", "--overlap", "0")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("thematica agreement: --overlap takes a percentage from 1 to 100;");
        assertThat(out).isEmpty();
    }
}
