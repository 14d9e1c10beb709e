package org.thematica.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.cli.Cli;
import org.thematica.edit.CreateCode;
import org.thematica.edit.EditHistory;
import org.thematica.model.Code;
import org.thematica.model.DocumentKind;
import org.thematica.model.UserError;
import org.thematica.service.Hashes;
import org.thematica.service.ImportService;
import org.thematica.service.Progress;
import org.thematica.service.Project;
import org.thematica.testing.ChildJvm;
import org.thematica.testing.HoldOpen;
import org.thematica.testing.OtherSqliteProgram;
import org.thematica.testing.TestProjects;

/**
 * A project open for editing stays this process's alone whatever else in the process opens and
 * closes its files (a file dialog showing its folder), and a writer that loses it anyway stops
 * writing before anything is reported saved. Issue 9, part 1.
 */
class ExclusivityTest {
    @TempDir
    Path dir;

    private Process holder;
    private BufferedReader answers;

    @AfterEach
    void killHolder() throws InterruptedException {
        if (holder != null) {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Path newProject() {
        try (Project p = TestProjects.create(dir)) {
            return p.file();
        }
    }

    /** Another JVM opens the project for editing, as a Thematica window would. */
    private void holdOpen(Path file) throws IOException {
        holder = ChildJvm.start(HoldOpen.class, file.toString());
        answers = ChildJvm.stdout(holder);
        assertThat(answers.readLine()).isEqualTo("open");
    }

    private String ask(String command) throws IOException {
        Writer to = new java.io.OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8);
        to.write(command + "\n");
        to.flush();
        return answers.readLine();
    }

    private void killTheHolder() throws InterruptedException {
        holder.destroyForcibly(); // SIGKILL: nothing of the holder's closing code runs
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        holder = null;
    }

    private static Path sidecar(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Size, time, identity and content of the project and its sidecars: to show a look wrote nothing. */
    private static List<String> snapshot(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path f = sidecar(file, suffix);
            if (!Files.exists(f)) {
                out.add(suffix + " absent");
                continue;
            }
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            out.add(suffix + " " + a.size() + " " + a.lastModifiedTime().toInstant() + " " + a.fileKey() + " "
                    + Hashes.sha256(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)));
        }
        return out;
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean hasCode(Path file, String name) throws Exception {
        try (Database db = Database.open(file, Database.Mode.READ_ONLY)) {
            return new Repositories(db).codes.byName(name).isPresent();
        }
    }

    @Test
    void aFileDialogInTheHoldingProcessStillKeepsASecondWriterOut() throws Exception {
        Path file = newProject();
        holdOpen(file);
        assertThat(ask("dialog")).isEqualTo("dialog done");

        assertThat(Database.isOpenElsewhere(file)).isTrue();
        assertThatThrownBy(() -> Database.open(file, Database.Mode.READ_WRITE))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("is open in another Thematica process (process " + holder.pid())
                .satisfies(e -> assertThat(((ProjectException) e).reason()).isEqualTo(ProjectException.Reason.LOCKED));
    }

    @Test
    void lookingAtTheProjectAfterTheDialogWritesNoneOfItsFiles() throws Exception {
        Path file = newProject();
        holdOpen(file);
        assertThat(ask("code before the dialog")).isEqualTo("saved before the dialog");
        assertThat(ask("dialog")).isEqualTo("dialog done");
        List<String> before = snapshot(file);

        try (Database look = Database.open(file, Database.Mode.READ_ONLY)) {
            assertThat(new Repositories(look).codes.byName("before the dialog")).isPresent();
        }
        assertThat(snapshot(file)).as("a read-only look left the project, log and index as they were")
                .isEqualTo(before);

        assertThatThrownBy(() -> Database.open(file, Database.Mode.READ_WRITE)) // its checks look first
                .isInstanceOf(ProjectException.class).hasMessageContaining("is open in another Thematica process");
        assertThat(snapshot(file)).as("so did a refused writer's checks").isEqualTo(before);
    }

    @Test
    void anEditAfterTheDialogIsSeenByTheCommandLineAndSurvivesAKill() throws Exception {
        Path file = newProject();
        holdOpen(file);
        assertThat(ask("dialog")).isEqualTo("dialog done");
        // a second window: refused, it offers read-only, and the user closes it again
        Database second;
        try {
            second = Database.open(file, Database.Mode.READ_WRITE);
        } catch (ProjectException refused) {
            second = Database.open(file, Database.Mode.READ_ONLY);
        }
        second.queryLong("SELECT COUNT(*) FROM code");
        second.close();

        assertThat(ask("code after the dialog")).isEqualTo("saved after the dialog");
        assertThat(cli("codes", file.toString())).contains("after the dialog");
        killTheHolder();

        assertThat(hasCode(file, "after the dialog")).as("the saved code, after kill -9").isTrue();
    }

    @Test
    void afterTheDialogTheHolderTakesSqlitesLocksAgain() throws Exception {
        Path file = newProject();
        holdOpen(file);
        assertThat(ask("dialog")).isEqualTo("dialog done");
        assertThat(ask("renew")).isEqualTo("renewed");
        Object log = Custody.identity(sidecar(file, "-wal"));

        Process other = ChildJvm.start(OtherSqliteProgram.class, file.toString());
        assertThat(ChildJvm.stdout(other).readLine()).isEqualTo("done");
        assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Custody.identity(sidecar(file, "-wal"))).as("it found the project in use: the log stays")
                .isEqualTo(log);

        assertThat(ask("code after the other program")).isEqualTo("saved after the other program");
        killTheHolder();
        assertThat(hasCode(file, "after the other program")).isTrue();
    }

    @Test
    void importingTheProjectsOwnFilesIsRefusedWithoutReadingThem() throws Exception {
        Path file = newProject();
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            p.codebook().defineCode("kept", null, null, null);
            Path wal = sidecar(file, "-wal");
            Object log = Custody.identity(wal);

            List<String> failures = new ArrayList<>();
            assertThatThrownBy(() -> p.imports().importFiles(new ImportService.Request(List.of(file, wal,
                    sidecar(file, "-shm")), DocumentKind.INTERVIEW, null, null, null), true, failures, Progress.NONE))
                    .isInstanceOf(UserError.class);
            assertThat(failures).containsExactly("test.thematica: is a file of this project itself, not a document",
                    "test.thematica-wal: is a file of this project itself, not a document",
                    "test.thematica-shm: is a file of this project itself, not a document");

            // had the importer read them, SQLite's locks would be gone and this would delete the log
            Process other = ChildJvm.start(OtherSqliteProgram.class, file.toString());
            assertThat(ChildJvm.stdout(other).readLine()).isEqualTo("done");
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Custody.identity(wal)).isEqualTo(log);
        }
    }

    // ---- lost anyway: the next write is refused, and nothing says "saved" --------------------

    private static final String STOPPED = "test.thematica: Thematica has stopped saving this project, because its"
            + " files were changed from outside while it was open here (";
    private static final String WHAT_NEXT = "). Your last change may not be saved. Quit Thematica, then open the"
            + " project again.";

    @Test
    void aDeletedWriteAheadLogStopsTheNextWrite() throws Exception {
        Path file = newProject();
        Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession());
        p.codebook().defineCode("kept", null, null, null);
        List<EditHistory.Event> reported = new ArrayList<>();
        p.history().addListener(reported::add);

        Files.delete(sidecar(file, "-wal")); // what a second writer closing "its" project does

        assertThatThrownBy(() -> p.codebook().defineCode("lost", null, null, null))
                .isInstanceOf(ExclusivityLostException.class)
                .hasMessage(STOPPED + "its write-ahead log test.thematica-wal was deleted" + WHAT_NEXT);
        assertThat(reported).as("nothing reported done").isEmpty();
        assertThat(p.isLost()).isTrue();
        assertThat(p.isReadOnly()).isTrue();
        assertThatThrownBy(() -> p.codebook().defineCode("later", null, null, null))
                .as("and so on, whatever comes back").isInstanceOf(ExclusivityLostException.class);

        assertThat(p.backUp("auto")).as("no backup of what may be a mix of old and new").isEmpty();
        p.close(); // abandons the connection: a checkpoint now could write its stale log into the file
        assertThat(sidecar(file, "-wal")).doesNotExist();
        assertThatThrownBy(() -> Database.open(file, Database.Mode.READ_ONLY))
                .isInstanceOf(ProjectException.class)
                .hasMessage("test.thematica: was changed from outside while it was open here, and cannot be opened"
                        + " again until Thematica is restarted; quit Thematica, then open it");
    }

    @Test
    void aReplacedLockFileStopsTheNextWrite() throws Exception {
        Path file = newProject();
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            Path lockFile = ProjectFiles.lock(file);
            Files.delete(lockFile);
            Files.writeString(lockFile, "someone else's");

            assertThatThrownBy(() -> p.codebook().defineCode("lost", null, null, null))
                    .isInstanceOf(ExclusivityLostException.class)
                    .hasMessage(STOPPED + "its lock file test.thematica.lock was replaced" + WHAT_NEXT);
            p.close();
            assertThat(Files.readString(lockFile)).as("not ours to empty").isEqualTo("someone else's");
        }
    }

    @Test
    void aLogDeletedDuringTheWriteIsNotReportedSaved() throws Exception {
        Path file = newProject();
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            List<EditHistory.Event> reported = new ArrayList<>();
            p.history().addListener(reported::add);

            assertThatThrownBy(() -> p.history().perform("Create code 'late'", session -> {
                try {
                    Files.delete(sidecar(file, "-wal"));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                session.apply(new CreateCode(new Code(0, "guid-late", "late", "#336699", "", null)));
            })).isInstanceOf(ExclusivityLostException.class)
                    .hasMessage(STOPPED + "its write-ahead log test.thematica-wal was deleted" + WHAT_NEXT);
            assertThat(reported).as("the commit went into a deleted file: not reported done").isEmpty();
        }
    }

    // ---- the project file itself deleted, moved over or copied over (issue 10, data loss 4) ------

    /** Another project to put in this one's place, and its bytes, which must stay as they are. */
    private Path otherProject() throws Exception {
        Path other = dir.resolve("other").resolve("test.thematica");
        Files.createDirectories(other.getParent());
        try (Project p = Project.create(other, TestProjects.settings())) {
            p.codebook().defineCode("the other's", null, null, null);
        }
        return other;
    }

    private void theNextWriteStops(Path file, String because) throws Exception {
        assertThat(ask("code after")).startsWith("failed: " + STOPPED + because);
        assertThat(ask("code again")).as("for good").startsWith("failed: " + STOPPED);
        killTheHolder();
    }

    @Test
    void aDeletedProjectFileStopsTheNextWrite() throws Exception {
        Path file = newProject();
        holdOpen(file);
        assertThat(ask("code before")).isEqualTo("saved before");
        Files.delete(file);
        theNextWriteStops(file, "the project file test.thematica was deleted");
    }

    @Test
    void aProjectFileMovedOverStopsTheNextWriteAndTheNewFileIsLeftAlone() throws Exception {
        Path file = newProject();
        Path other = otherProject();
        holdOpen(file);
        assertThat(ask("code before")).isEqualTo("saved before");
        Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);
        byte[] placed = Files.readAllBytes(file);
        theNextWriteStops(file, "the project file test.thematica was replaced");
        assertThat(Files.readAllBytes(file)).isEqualTo(placed);
        assertThat(hasCode(file, "after")).isFalse();
    }

    @Test
    void aProjectFileCopiedOverInPlaceStopsTheNextWriteAndTheCopyIsLeftAlone() throws Exception {
        Path file = newProject();
        Path other = otherProject();
        holdOpen(file);
        assertThat(ask("code before")).isEqualTo("saved before");
        Object inode = Custody.identity(file);
        try (FileChannel into = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            into.write(ByteBuffer.wrap(Files.readAllBytes(other))); // what cp does: same inode, new bytes
        }
        assertThat(Custody.identity(file)).isEqualTo(inode);
        byte[] placed = Files.readAllBytes(file);
        theNextWriteStops(file, "the project file test.thematica was written by another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(placed);
    }
}
