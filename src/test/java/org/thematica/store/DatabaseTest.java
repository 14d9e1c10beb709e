package org.thematica.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.service.Hashes;
import org.thematica.service.Project;
import org.thematica.testing.ChildJvm;
import org.thematica.testing.HoldOpen;
import org.thematica.testing.TestProjects;

/** Opening project files: what is refused, with which message, and that refusing changes nothing. */
class DatabaseTest {
    @TempDir
    Path dir;

    private Path newProject() {
        Path file;
        try (Project p = TestProjects.create(dir)) {
            file = p.file();
        }
        return file;
    }

    /** The file's bytes and the names of the files beside it, to prove a refusal touched nothing. */
    private String fingerprint(Path file) throws IOException {
        StringBuilder s = new StringBuilder(Hashes.sha256(new String(Files.readAllBytes(file),
                java.nio.charset.StandardCharsets.ISO_8859_1)));
        try (var files = Files.list(file.getParent())) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(n -> s.append(' ').append(n));
        }
        return s.toString();
    }

    private void assertRefused(Path file, ProjectException.Reason reason, String phrase) throws IOException {
        String before = fingerprint(file);
        assertThatThrownBy(() -> Database.open(file, Database.Mode.READ_WRITE))
                .isInstanceOf(ProjectException.class)
                .hasMessageStartingWith(file.getFileName() + ": ")
                .hasMessageContaining(phrase)
                .satisfies(e -> assertThat(((ProjectException) e).reason()).isEqualTo(reason));
        assertThat(fingerprint(file)).as("the refused file and its folder are unchanged").isEqualTo(before);
    }

    @Test
    void createsAProjectThatReopensWithItsSchemaAndSettings() throws Exception {
        Path file = newProject();
        try (Database db = Database.open(file, Database.Mode.READ_WRITE)) {
            assertThat(db.pragmaLines("PRAGMA application_id")).containsExactly(String.valueOf(Database.APPLICATION_ID));
            assertThat(db.pragmaLines("PRAGMA user_version")).containsExactly(String.valueOf(Migrations.LATEST));
            assertThat(db.pragmaLines("PRAGMA journal_mode")).containsExactly("wal");
            assertThat(db.pragmaLines("PRAGMA foreign_keys")).containsExactly("1");
            assertThat(db.pragmaLines("PRAGMA synchronous")).containsExactly("2");
            assertThat(new Repositories(db).info.name()).isEqualTo("test");
        }
    }

    @Test
    void refusesToCreateOverAnExistingFile() throws Exception {
        Path file = dir.resolve("x.thematica");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> Database.create(file, "x", "g", "t")).isInstanceOf(ProjectException.class)
                .hasMessage("x.thematica: already exists; choose another name");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> Database.open(dir.resolve("nope.thematica"), Database.Mode.READ_WRITE))
                .hasMessage("nope.thematica: no such project file");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.thematica"));
        assertRefused(file, ProjectException.Reason.NOT_A_PROJECT, "is empty, not a Thematica project");
    }

    @Test
    void refusesATextFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.thematica"), "just some notes, not a database\n".repeat(10));
        assertRefused(file, ProjectException.Reason.NOT_A_PROJECT, "is not a Thematica project (not an SQLite database)");
    }

    @Test
    void refusesAnotherApplicationsSqliteFile() throws Exception {
        Path file = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
            s.execute("INSERT INTO t VALUES (1)");
        }
        assertRefused(file, ProjectException.Reason.NOT_A_PROJECT, "is an SQLite database but not a Thematica project");
    }

    @Test
    void refusesAProjectFromANewerVersion() throws Exception {
        Path file = newProject();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
            s.execute("PRAGMA journal_mode = DELETE");
        }
        assertRefused(file, ProjectException.Reason.TOO_NEW,
                "was saved by a newer Thematica (project format 99; this version reads up to " + Migrations.LATEST + ")");
    }

    @Test
    void refusesADamagedProject() throws Exception {
        Path file = newProject();
        try (Project p = org.thematica.service.Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            for (int i = 0; i < 30; i++) {
                p.codebook().defineCode("code " + i, null, "a description long enough to fill pages ".repeat(20), null);
            }
        }
        long size = Files.size(file);
        assertThat(size).isGreaterThan(16 * 4096);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            // scribble over the middle of the file: b-tree pages the check walks
            for (long at = 4096 * 3; at < size - 4096; at += 4096) {
                raf.seek(at + 8);
                raf.write(new byte[] {(byte) 0xFF, 0x13, 0x37, 0x00, (byte) 0xFF, 0x55, 0x66});
            }
        }
        assertRefused(file, ProjectException.Reason.DAMAGED, "restore it from its latest good backup");
    }

    @Test
    void refusesATruncatedProject() throws Exception {
        Path file = newProject();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        assertRefused(file, ProjectException.Reason.DAMAGED, "is damaged");
    }

    @Test
    void refusesASecondWriterInTheSameProcessButAllowsAReader() throws Exception {
        Path file = newProject();
        try (Database first = Database.open(file, Database.Mode.READ_WRITE)) {
            assertThatThrownBy(() -> Database.open(file, Database.Mode.READ_WRITE))
                    .hasMessage("test.thematica: is already open in this Thematica window");
            try (Database reader = Database.open(file, Database.Mode.READ_ONLY)) {
                assertThat(reader.isReadOnly()).isTrue();
                assertThat(new Repositories(reader).info.name()).isEqualTo("test");
                assertThatThrownBy(() -> reader.update("DELETE FROM project_info"))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
            }
            assertThat(first.isReadOnly()).isFalse();
        }
        try (Database again = Database.open(file, Database.Mode.READ_WRITE)) {
            assertThat(again.isReadOnly()).isFalse();
        }
    }

    @Test
    void anotherProcessHoldingTheProjectIsNamedAndItsCrashReleasesTheLock() throws Exception {
        Path file = newProject();
        Process holder = ChildJvm.start(HoldOpen.class, file.toString());
        try {
            assertThat(ChildJvm.stdout(holder).readLine()).isEqualTo("open");
            assertThat(Database.isOpenElsewhere(file)).isTrue();
            assertThatThrownBy(() -> Database.open(file, Database.Mode.READ_WRITE))
                    .isInstanceOf(ProjectException.class)
                    .hasMessageContaining("is open in another Thematica process (process " + holder.pid())
                    .hasMessageContaining("open it read-only")
                    .satisfies(e -> assertThat(((ProjectException) e).reason()).isEqualTo(ProjectException.Reason.LOCKED));
            try (Database reader = Database.open(file, Database.Mode.READ_ONLY)) {
                assertThat(new Repositories(reader).info.name()).isEqualTo("test");
            }
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Database.isOpenElsewhere(file)).isFalse();
        try (Database db = Database.open(file, Database.Mode.READ_WRITE)) {
            assertThat(db.isReadOnly()).isFalse();
        }
    }

    @Test
    void opensAProjectWhosePathLooksLikeUriSyntax() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a b?#%20 é ع&x=1"));
        Path file;
        try (Project p = TestProjects.create(folder)) {
            p.codebook().defineCode("found", null, null, null);
            file = p.file();
            try (Database look = Database.open(file, Database.Mode.READ_ONLY)) {
                assertThat(new Repositories(look).codes.byName("found")).isPresent();
            }
        }
        try (Database again = Database.open(file, Database.Mode.READ_WRITE)) {
            assertThat(new Repositories(again).codes.byName("found")).isPresent();
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("nothing made anywhere else")
                    .containsExactlyInAnyOrder("test.thematica", "test.thematica.lock");
        }
    }

    @Test
    void migrationScriptSplitsTriggersWhole() {
        List<String> statements = Migrations.split("CREATE TABLE a (x);\n-- note\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                + "  INSERT INTO a VALUES (1);\nEND;\nCREATE INDEX i ON a (x);\n");
        assertThat(statements).hasSize(3);
        assertThat(statements.get(1)).startsWith("CREATE TRIGGER").endsWith("END;");
    }

    @Test
    void aDriverMessageIsShownOnceWithoutItsCode() {
        assertThat(Database.firstLine("[SQLITE_CORRUPT] The database disk image is malformed (database disk image is"
                + " malformed)")).isEqualTo("database disk image is malformed");
        assertThat(Database.firstLine("[SQLITE_NOTADB] File opened that is not a database file (file is not a"
                + " database)\nmore")).isEqualTo("File opened that is not a database file (file is not a database)");
        assertThat(Database.firstLine("plain\nsecond")).isEqualTo("plain");
    }
}
