package org.thematica.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.testing.ChildJvm;
import org.thematica.testing.HoldOpen;

/** Issue 10, data loss 3: a write-ahead log that is not this file's own is set aside, never merged. */
class ForeignWalTest {
    @TempDir
    Path dir;

    private Path project(String name, String... codes) throws Exception {
        Path file = dir.resolve(name);
        try (Database db = Database.create(file, name, "g-" + name, "2026-01-01T00:00:00Z")) {
            for (String code : codes) {
                db.update("INSERT INTO project_info (key, value) VALUES (?, 'x')", code);
            }
        }
        return file;
    }

    /** Makes {@code sql} changes to {@code file} through a plain connection, and copies its log while it is live. */
    private static Path liveLogOf(Path file, Path copy, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            for (String q : sql) {
                s.execute(q);
            }
            Files.copy(ProjectFiles.wal(file), copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private static List<String> keys(Path file) throws Exception {
        try (Database db = Database.open(file, Database.Mode.READ_ONLY)) {
            return db.query("SELECT key FROM project_info ORDER BY key", rs -> rs.getString(1));
        }
    }

    @Test
    void anotherCopysLogIsSetAsideAndTheProjectKeepsItsOwnState() throws Exception {
        Path file = project("study.thematica", "mine");
        Path copy = dir.resolve("copy.thematica");
        Files.copy(file, copy);
        Path log = liveLogOf(copy, dir.resolve("copy.log"),
                "INSERT INTO project_info (key, value) VALUES ('theirs', 'x')", "DELETE FROM project_info WHERE key = 'mine'");
        List<String> before = keys(file);
        Files.copy(log, ProjectFiles.wal(file), StandardCopyOption.REPLACE_EXISTING);

        try (Database db = Database.open(file, Database.Mode.READ_WRITE)) {
            assertThat(db.notice()).hasValueSatisfying(n -> assertThat(n)
                    .startsWith("study.thematica: the write-ahead log beside it was not left by Thematica")
                    .contains("not merged and is kept as study.thematica-wal.set-aside-"));
        }
        assertThat(keys(file)).isEqualTo(before).contains("mine").doesNotContain("theirs");
        try (var aside = Files.list(dir)) {
            Path kept = aside.filter(p -> p.getFileName().toString().startsWith("study.thematica-wal.set-aside-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(log));
        }
    }

    @Test
    void aLogOfAnUnrelatedDatabaseIsNamedAsTheProblem() throws Exception {
        Path file = project("study.thematica", "mine");
        Path other = dir.resolve("other.db");
        Path log = liveLogOf(other, dir.resolve("other.log"), "PRAGMA application_id = 7",
                "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)");
        Files.copy(log, ProjectFiles.wal(file), StandardCopyOption.REPLACE_EXISTING);
        try (Database db = Database.open(file, Database.Mode.READ_ONLY)) {
            assertThat(db.notice()).hasValueSatisfying(n -> assertThat(n)
                    .contains("belongs to another database, not a Thematica project"));
            assertThat(db.queryLong("SELECT COUNT(*) FROM sqlite_master WHERE name = 't'")).isZero();
        }
    }

    @Test
    void theLogOfThisFilesKilledWriterIsStillReplayedAfterItsLogRestarted() throws Exception {
        Path file = project("study.thematica", "mine");
        Process holder = ChildJvm.start(HoldOpen.class, file.toString());
        try {
            BufferedReader answers = ChildJvm.stdout(holder);
            assertThat(answers.readLine()).isEqualTo("open");
            holder.getOutputStream().write("code first\n".getBytes(StandardCharsets.UTF_8));
            holder.getOutputStream().flush();
            assertThat(answers.readLine()).isEqualTo("saved first");
            WalOwnership.Salts first = WalOwnership.salts(ProjectFiles.wal(file));
            holder.getOutputStream().write("codes 1500 c\n".getBytes(StandardCharsets.UTF_8));
            holder.getOutputStream().flush();
            assertThat(answers.readLine()).isEqualTo("saved 1500");
            assertThat(WalOwnership.salts(ProjectFiles.wal(file))).as("SQLite restarted the log").isNotEqualTo(first);
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.size(ProjectFiles.wal(file))).as("the kill left a log").isPositive();
        try (Database db = Database.open(file, Database.Mode.READ_WRITE)) {
            assertThat(db.notice()).isEmpty();
            assertThat(db.queryLong("SELECT COUNT(*) FROM code WHERE name IN ('first', 'c1499')")).isEqualTo(2);
        }
    }
}
