package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.store.Database;

/**
 * Issue 10, finding 2: a project file is input from someone else, and its schema runs. Each
 * attack the issue names, made with a plain SQLite connection, is refused on opening with one
 * line naming the object, and leaves the file and its data as they were.
 */
class HostileSchemaTest extends CommandLineTest {
    @TempDir
    Path dir;
    Path project;


    String p() {
        return project.toString();
    }

    @BeforeEach
    void aCodedProject() throws Exception {
        project = dir.resolve("thesis.thematica");
        assertThat(run("new", p())).isZero();
        Files.writeString(dir.resolve("P01.txt"), "Interviewer: Why?\nKarim: The militias came after the army left.\n");
        Files.writeString(dir.resolve("P02.txt"), "Interviewer: And then?\nHuda: Violence, and later silence.\n");
        assertThat(run("import", p(), dir.resolve("P01.txt").toString(), dir.resolve("P02.txt").toString())).isZero();
        for (String code : List.of("militias", "army", "violence")) {
            assertThat(run("code", p(), "--doc", code.equals("violence") ? "P02" : "P01", "--code", code, "--match",
                    code.equals("militias") ? "militias" : code.equals("army") ? "army" : "Violence")).isZero();
        }
    }

    private void tamper(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** Runs a command that must be refused for {@code object}, and proves the file unchanged. */
    private void assertRefused(String object, String remedy, String... command) throws Exception {
        byte[] before = Files.readAllBytes(project);
        long started = System.nanoTime();
        assertThat(run(command)).as(err).isEqualTo(Cli.FAILED);
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("refused in " + ms + " ms: " + object);
        assertThat(err.strip()).doesNotContain("\n").contains("thesis.thematica: " + object)
                .contains("run \"thematica repair thesis.thematica\" to " + remedy);
        assertThat(Files.readAllBytes(project)).as("a refused project is unchanged").isEqualTo(before);
    }

    @Test
    void aTriggerOnANewCoderThatWipesDocumentsIsRefusedBeforeItFires() throws Exception {
        tamper("CREATE TRIGGER wipe_on_coder AFTER INSERT ON coder BEGIN DELETE FROM coding; DELETE FROM turn;"
                + " DELETE FROM document_words; DELETE FROM document; END");
        assertRefused("trigger \"wipe_on_coder\" is not part of a Thematica project", "remove it",
                "--coder", "mallory", "code", p(), "--doc", "P02", "--code", "silence", "--match", "silence");
        assertThat(count("SELECT COUNT(*) FROM document")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM coding")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM coder WHERE name = 'mallory'")).isZero();
    }

    @Test
    void aTriggerOnHistoryThatDeletesCodingsIsRefused() throws Exception {
        tamper("CREATE TRIGGER trim AFTER INSERT ON history BEGIN"
                + " DELETE FROM coding WHERE id IN (SELECT id FROM coding LIMIT 10); END");
        assertRefused("trigger \"trim\" is not part of a Thematica project", "remove it",
                "code", p(), "--doc", "P02", "--code", "silence", "--match", "silence");
        assertThat(count("SELECT COUNT(*) FROM coding")).isEqualTo(3);
    }

    @Test
    void aTriggerThatMovesNewCodingsToAnotherCodeIsRefused() throws Exception {
        tamper("CREATE TRIGGER recode AFTER INSERT ON coding BEGIN"
                + " UPDATE coding SET code_id = (SELECT MIN(id) FROM code) WHERE id = new.id; END");
        assertRefused("trigger \"recode\" is not part of a Thematica project", "remove it",
                "code", p(), "--doc", "P02", "--code", "silence", "--match", "silence");
        assertThat(count("SELECT COUNT(*) FROM code WHERE name = 'silence'")).isZero();
    }

    @Test
    void aRewrittenViewThatHidesCodesIsRefused() throws Exception {
        tamper("DROP VIEW live_code", "CREATE VIEW live_code AS SELECT * FROM code WHERE deleted = 0 AND name <> 'army'");
        assertRefused("view \"live_code\" is not the one a Thematica project defines", "rebuild it", "codes", p());
        assertThat(out).doesNotContain("militias"); // nothing was listed from the rewritten view
    }

    @Test
    void aRecursiveViewIsRefusedWithinSecondsInsteadOfSpinning() throws Exception {
        tamper("DROP VIEW live_code", "CREATE VIEW live_code AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL"
                + " SELECT i + 1 FROM n) SELECT code.* FROM code, n WHERE code.deleted = 0");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertRefused("view \"live_code\" is not the one a Thematica project defines", "rebuild it", "stats", p());
            assertRefused("view \"live_code\" is not the one a Thematica project defines", "rebuild it",
                    "code", p(), "--doc", "P02", "--code", "silence", "--match", "silence");
        });
    }

    @Test
    void aHistoryRowRewrittenSoThatUndoDeletesEveryDocumentIsRefusedAtUndo() throws Exception {
        assertThat(run("memo", p(), "--project", "--text", "first thoughts")).isZero();
        tamper("UPDATE history SET undo = '{\"type\":\"set-deleted\",\"entity\":\"DOCUMENT\",\"ids\":[1,2],\"deleted\":true}'"
                + " WHERE id = (SELECT MAX(id) FROM history WHERE action = 'do')");
        assertThat(run("undo", p())).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).doesNotContain("\n").startsWith("thematica undo: cannot undo '")
                .contains("nothing was changed");
        assertThat(count("SELECT COUNT(*) FROM document WHERE deleted = 0")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM memo WHERE deleted = 0")).isEqualTo(1);
    }

    @Test
    void anUnknownProjectFormatIsOneLineNotAnInternalError() throws Exception {
        for (int version : new int[] {-1, 0, Integer.MIN_VALUE}) {
            tamper("PRAGMA user_version = " + version);
            byte[] before = Files.readAllBytes(project);
            assertThat(run("stats", p())).as(err).isEqualTo(Cli.FAILED);
            assertThat(err.strip()).doesNotContain("\n").doesNotContain("internal error")
                    .contains("thesis.thematica: carries Thematica's mark but no project format it knows (" + version + ")");
            assertThat(run("codes", p())).isEqualTo(Cli.FAILED);
            assertThat(Files.readAllBytes(project)).isEqualTo(before);
        }
    }

    @Test
    void checkOnAPlainSqliteFileWithOurMarkWritesNothing() throws Exception {
        Path plain = dir.resolve("plain.thematica");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plain); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.execute("CREATE TABLE notes (x TEXT)");
        }
        byte[] before = Files.readAllBytes(plain);
        String[] folder = dir.toFile().list();
        assertThat(run("check", plain.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).doesNotContain("\n").contains("plain.thematica: carries Thematica's mark but no project format");
        assertThat(Files.readAllBytes(plain)).as("check never writes").isEqualTo(before);
        String[] after = dir.toFile().list();
        Arrays.sort(folder);
        Arrays.sort(after);
        assertThat(after).as("nor leaves files beside it").isEqualTo(folder);
    }

    @Test
    void checkNamesEveryForeignOrAlteredObjectAndWritesNothing() throws Exception {
        tamper("CREATE TRIGGER wipe_on_coder AFTER INSERT ON coder BEGIN DELETE FROM coding; END",
                "CREATE INDEX sneaky ON code (colour)",
                "DROP VIEW live_code", "CREATE VIEW live_code AS SELECT * FROM code");
        byte[] before = Files.readAllBytes(project);
        assertThat(run("check", p())).isEqualTo(Cli.FAILED);
        assertThat(out).contains("PROBLEM: schema: trigger \"wipe_on_coder\" is not part of a Thematica project")
                .contains("PROBLEM: schema: index \"sneaky\" is not part of a Thematica project")
                .contains("PROBLEM: schema: view \"live_code\" is not the one a Thematica project defines");
        assertThat(err.strip()).doesNotContain("\n").contains("3 objects in thesis.thematica are not")
                .contains("run \"thematica repair thesis.thematica\" to repair them");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM coder")).isEqualTo(1);
    }

    @Test
    void checkOfAHealthyProjectWritesNothingEvenForANewPerson() throws Exception {
        byte[] before = Files.readAllBytes(project);
        assertThat(run("--coder", "supervisor", "check", p())).as(err).isZero();
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM coder WHERE name = 'supervisor'")).isZero();
    }

    @Test
    void repairRemovesForeignObjectsAndRebuildsOursKeepingEveryRow() throws Exception {
        tamper("CREATE TRIGGER wipe_on_coder AFTER INSERT ON coder BEGIN DELETE FROM coding; END",
                "CREATE VIEW spy AS SELECT text FROM document", "CREATE INDEX sneaky ON code (colour)",
                "CREATE TABLE loot (x TEXT)", "DROP VIEW live_code", "CREATE VIEW live_code AS SELECT * FROM code",
                "ALTER TABLE coding ADD COLUMN evil TEXT DEFAULT 'x'", "DROP INDEX coding_code",
                "DROP TRIGGER document_fts_insert");
        long documents = count("SELECT COUNT(*) FROM document");
        long codings = count("SELECT COUNT(*) FROM coding");
        long history = count("SELECT COUNT(*) FROM history");
        assertThat(run("repair", p(), "--yes")).as(err).isZero();
        assertThat(out).contains("removed trigger \"wipe_on_coder\"").contains("removed view \"spy\"")
                .contains("removed index \"sneaky\"").contains("removed table \"loot\"")
                .contains("rebuilt view \"live_code\"").contains("rebuilt table \"coding\"")
                .contains("rebuilt index \"coding_code\"").contains("rebuilt trigger \"document_fts_insert\"");
        try (var backups = Files.list(org.thematica.store.Backups.folderOf(project))) {
            assertThat(backups.map(f -> f.getFileName().toString())).anyMatch(n -> n.contains("-before-repair-"));
        }
        assertThat(count("SELECT COUNT(*) FROM document")).isEqualTo(documents);
        assertThat(count("SELECT COUNT(*) FROM coding")).isEqualTo(codings);
        assertThat(count("SELECT COUNT(*) FROM history")).isEqualTo(history);
        assertThat(run("check", p())).as(out + err).isZero();
        assertThat(run("--coder", "mallory", "code", p(), "--doc", "P02", "--code", "silence", "--match", "silence"))
                .as(err).isZero();
        assertThat(run("search", p(), "silence")).isZero();
        assertThat(out).contains("P02");
        assertThat(count("SELECT COUNT(*) FROM coding")).isEqualTo(codings + 1);
    }

    @Test
    void repairAsksFirstAndChangesNothingUnlessTheUserAgrees() throws Exception {
        tamper("CREATE TRIGGER wipe_on_coder AFTER INSERT ON coder BEGIN DELETE FROM coding; END");
        byte[] before = Files.readAllBytes(project);
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("repair", p())).isEqualTo(Cli.FAILED);
            assertThat(out).contains("trigger \"wipe_on_coder\" is not part of a Thematica project: will remove it")
                    .contains("[y/N]");
            assertThat(err.strip()).doesNotContain("\n").contains("was not repaired");
            assertThat(Files.readAllBytes(project)).isEqualTo(before);
            System.setIn(new java.io.ByteArrayInputStream("y\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("repair", p())).as(err).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(run("stats", p())).as(err).isZero();
        assertThat(run("repair", p())).isZero();
        assertThat(out).contains("nothing to repair");
    }

    @Test
    void checkSaysOneObjectInTheSingular() throws Exception {
        tamper("CREATE INDEX sneaky ON code (colour)");
        assertThat(run("check", p())).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).contains("1 object in thesis.thematica is not as a Thematica project defines");
    }

    @Test
    void theReadOnlyCheckStillFindsADocumentMissingFromTheSearchIndex() throws Exception {
        tamper("INSERT INTO document_fts (document_fts, rowid, text) VALUES ('delete', 1,"
                + " (SELECT text FROM document WHERE id = 1))");
        byte[] before = Files.readAllBytes(project);
        assertThat(run("check", p())).isEqualTo(Cli.FAILED);
        assertThat(out).contains("PROBLEM: search index: 1 document(s) missing from the search index");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }
}
