package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.testing.MergeFixture;
import org.thematica.testing.ProjectDump;
import org.thematica.testing.TestProjects;

/** {@code coder-copy} and {@code merge} as a user runs them: what the file holds, what is printed, what is refused. */
class MergeCommandTest extends CommandLineTest {
    @TempDir
    Path dir;
    Path study;

    @BeforeEach
    void build() throws Exception {
        study = MergeFixture.base(dir);
    }

    private String s(Path p) {
        return p.toString();
    }

    /** Every row of the coding table for one coder, read straight from the file. */
    private static List<String> column(Path file, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file + "?open_mode=1");
             Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static int occurrences(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        int count = 0;
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }

    @Test
    void aBlindCopyHoldsNothingOfTheOtherCodersCodingsInItsBytes() throws Exception {
        List<String> amiras = column(study, "SELECT c.guid FROM coding c JOIN coder o ON o.id = c.coder_id"
                + " WHERE o.name = 'Amira'");
        List<String> anns = column(study, "SELECT c.guid FROM coding c JOIN coder o ON o.id = c.coder_id"
                + " WHERE o.name = 'Ann'");
        byte[] original = Files.readAllBytes(study);
        assertThat(amiras).hasSize(3);
        assertThat(occurrences(original, amiras.get(0))).as("the test looks for what is there").isPositive();
        assertThat(occurrences(original, MergeFixture.AMIRAS_PASSAGE)).isGreaterThan(1); // text, snapshot, history

        Path copy = dir.resolve("ann.thematica");
        assertThat(run("coder-copy", s(study), "--out", s(copy), "--blind", "--coder", "Ann")).isZero();
        assertThat(out).contains("a blind copy for coder 'Ann' (2 codings of theirs kept)")
                .contains("3 codings of other coders, 1 memo on them, 1 review of them, and ");

        byte[] bytes = Files.readAllBytes(copy);
        for (String guid : amiras) {
            assertThat(occurrences(bytes, guid)).as("Amira's coding " + guid).isZero();
        }
        for (String guid : anns) {
            assertThat(occurrences(bytes, guid)).as("Ann's coding " + guid + ": its row and its unique index")
                    .isEqualTo(2);
        }
        assertThat(occurrences(bytes, MergeFixture.AMIRAS_PASSAGE)).as("only in the document's text").isEqualTo(1);
        assertThat(occurrences(bytes, "Amira's note")).isZero();
        assertThat(occurrences(bytes, "Amira's review comment")).isZero();
        assertThat(occurrences(bytes, "Trust in institutions")).as("a memo on a code stays").isEqualTo(1);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> n.startsWith("ann.")))
                .containsExactly("ann.thematica");
        assertThat(run("check", s(copy))).isZero();
    }

    @Test
    void aCopyThatIsNotBlindKeepsEveryCodingAndTheHistory() throws Exception {
        Path copy = dir.resolve("full.thematica");
        assertThat(run("coder-copy", s(study), "--out", s(copy), "--coder", "Ann")).isZero();
        assertThat(column(copy, "SELECT COUNT(*) FROM coding")).containsExactly("5");
        assertThat(column(copy, "SELECT COUNT(*) FROM history")).isEqualTo(column(study, "SELECT COUNT(*) FROM history"));
        assertThat(run("check", s(copy))).isZero();
    }

    @Test
    void aCopyNeverGoesOverAProjectItsSidecarsOrItsBackups() throws Exception {
        assertThat(run("backup", s(study))).isZero();
        Path backup = Files.list(dir.resolve("study.thematica.backups")).findFirst().orElseThrow();
        Path other = dir.resolve("other.thematica");
        assertThat(run("new", s(other))).isZero();
        for (Path target : List.of(study, dir.resolve("study.thematica-wal"), dir.resolve("study.thematica.lock"),
                backup, dir.resolve("study.thematica.backups").resolve("new.thematica"), other)) {
            byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;
            assertThat(run("coder-copy", s(study), "--out", s(target), "--blind")).as(target.toString()).isEqualTo(1);
            assertThat(err).startsWith("thematica coder-copy: will not write").doesNotContain("\n\n")
                    .satisfies(e -> assertThat(e.strip().lines()).hasSize(1));
            if (before != null) {
                assertThat(Files.readAllBytes(target)).isEqualTo(before);
            }
        }
    }

    @Test
    void mergePrintsWhatCameInAndJsonForMachines() throws Exception {
        Path copy = dir.resolve("ann.thematica");
        assertThat(run("coder-copy", s(study), "--out", s(copy), "--blind", "--coder", "Ann")).isZero();
        assertThat(run("code", s(copy), "--doc", "P02 Layla", "--code", "generators", "--match", "generator owners",
                "--coder", "Ann")).isZero();
        assertThat(run("rename-code", s(copy), "--code", "trust", "--to", "institutional trust", "--coder", "Ann"))
                .isZero();
        assertThat(run("rename-code", s(study), "--code", "trust", "--to", "trust in the state")).isZero();
        assertThat(run("define-code", s(study), "--code", "generators")).isZero();

        assertThat(run("merge", s(study), s(copy), "--json", "--preview")).isZero();
        JsonNode preview = new JsonMapper().readTree(out);
        assertThat(preview.get("preview").asBoolean()).isTrue();
        assertThat(preview.get("conflicts").get(0).get("field").asText()).isEqualTo("name");

        assertThat(run("merge", s(study), s(copy))).isZero();
        assertThat(out).startsWith("merged 'ann.thematica' (blind copy for Ann) into study.thematica as one step")
                .contains("  new: 1 code, 1 coding")
                .contains("code 'trust in the state': name changed on both sides: here 'trust in the state', in the"
                        + " copy 'institutional trust'; kept ours")
                .contains("code 'generators' from the copy is not ours: kept as 'generators (Ann)'; to treat it as"
                        + " ours: --map 'generators=generators'");
        assertThat(run("merge", s(study), s(copy), "--json")).isZero();
        JsonNode again = new JsonMapper().readTree(out);
        assertThat(again.get("changed_project").asBoolean()).isFalse();
        assertThat(again.get("added").size()).isZero();
        assertThat(run("check", s(study))).isZero();
    }

    /** A refused merge says why in one line, exits 1, and leaves every row and the history as they were. */
    private void refused(Path other, String reason) throws Exception {
        String before = ProjectDump.of(study);
        List<String> history = column(study, "SELECT COUNT(*) FROM history");
        assertThat(run("merge", s(study), s(other))).as(err).isEqualTo(1);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).startsWith("thematica merge: ").contains(reason);
        assertThat(ProjectDump.of(study)).isEqualTo(before);
        assertThat(column(study, "SELECT COUNT(*) FROM history")).isEqualTo(history);
    }

    private Path blindCopy(String name) throws Exception {
        return MergeFixture.copy(study, dir.resolve(name), "Ann", true);
    }

    private static void sql(Path file, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void aFileThatIsNotACoderCopyOfThisProjectIsRefused() throws Exception {
        Path other = dir.resolve("other.thematica");
        assertThat(run("new", s(other))).isZero();
        refused(other, "other.thematica is not a copy of this project (it belongs to the project 'other')");
        Path plain = dir.resolve("plain.thematica");
        Files.copy(study, plain);
        refused(plain, "made without 'thematica coder-copy'");
        refused(study, "study.thematica is this project itself");
        Path first = blindCopy("first.thematica");
        Path second = dir.resolve("second.thematica");
        assertThat(run("coder-copy", s(first), "--out", s(second))).isZero();
        refused(second, "was made from another copy of this project; merge it into that copy");
        assertThat(run("merge", s(first), s(second))).as(err).isZero();
    }

    @Test
    void aNewerDamagedOrTamperedCopyIsRefused() throws Exception {
        Path newer = blindCopy("newer.thematica");
        sql(newer, "PRAGMA user_version = 99");
        refused(newer, "cannot merge newer.thematica: ");

        Path tampered = blindCopy("tampered.thematica");
        sql(tampered, "CREATE TRIGGER sneaky AFTER INSERT ON coding BEGIN DELETE FROM code; END");
        refused(tampered, "trigger \"sneaky\" is not part of a Thematica project");

        Path damaged = blindCopy("damaged.thematica");
        try (var p = MergeFixture.open(damaged, "Ann", 7)) {
            TestProjects.fillPages(p);
        }
        TestProjects.damagePages(damaged);
        refused(damaged, "cannot merge damaged.thematica: ");
    }

    @Test
    void aCopyWhoseDocumentTextDiffersIsRefusedNamingTheDocument() throws Exception {
        Path changed = blindCopy("changed.thematica");
        sql(changed, "UPDATE document SET text = replace(text, 'Tuesday', 'Friday') WHERE name = 'P02 Layla'");
        refused(changed, "changed.thematica cannot be merged: its document 'P02 Layla' has other text than the same"
                + " document here; study.thematica is unchanged");
    }
}
