package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Commands given hostile input: each ends in one line, in time, and changes nothing. */
class HostileCommandsTest extends CommandLineTest {
    private static final Duration IN_TIME = Duration.ofSeconds(20);
    @TempDir
    Path dir;
    Path project;


    String p() {
        return project.toString();
    }

    @BeforeEach
    void newProject() throws Exception {
        project = dir.resolve("study.thematica");
        assertThat(run("new", p())).isZero();
        Files.writeString(dir.resolve("P01.txt"), "Karim: the militias came after the army left.\n");
        assertThat(run("import", p(), dir.resolve("P01.txt").toString())).isZero();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aScriptThatIsADeviceIsRefusedWithoutReadingIt() {
        assertTimeoutPreemptively(IN_TIME, () -> assertThat(run("script", p(), "/dev/zero")).isEqualTo(Cli.FAILED));
        assertThat(err).isEqualTo("thematica script: script zero is not a regular file (a device, pipe or folder"
                + " cannot be run)\n");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aScriptThatIsAFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("commands.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertTimeoutPreemptively(IN_TIME, () -> assertThat(run("script", p(), fifo.toString())).isEqualTo(Cli.FAILED));
        assertThat(err).contains("commands.fifo is not a regular file");
        // the project was never locked: a writer opens it at once
        assertThat(run("define-code", p(), "--code", "after")).isZero();
    }

    @Test
    void aHugeScriptIsRefusedBeforeTheProjectIsOpened() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[ScriptRunner.MAX_BYTES + 1]);
        assertThat(run("script", p(), big.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica script: script big.txt is larger than 4 MB; split it into smaller"
                + " scripts\n");
    }

    @Test
    void mergingACodeIntoItsSubCodeIsRefusedInOneLine() {
        assertThat(run("define-code", p(), "--code", "A")).isZero();
        assertThat(run("define-code", p(), "--code", "B", "--parent", "A")).isZero();
        assertThat(run("merge-codes", p(), "--code", "A", "--into", "B")).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica merge-codes: 'B' is a sub-code of 'A'; move it out from under 'A' first,"
                + " or merge 'B' into 'A'\n");
        assertTimeoutPreemptively(IN_TIME, () -> assertThat(run("define-code", p(), "--code", "C", "--parent", "B"))
                .isZero());
    }

    @Test
    void refusedCommandsByANewCoderLeaveNoCoderBehind() throws Exception {
        String[][] refused = {
            {"code", p(), "--doc", "nowhere", "--code", "x", "--start", "0", "--end", "3"},
            {"code", p(), "--doc", "P01", "--code", "x", "--start", "40", "--end", "3"},
            {"code", p(), "--doc", "P01", "--code", "x", "--match", "not in the text"},
            {"autocode", p(), "--code", "x", "--pattern", "(unclosed"},
            {"delete-code", p(), "--code", "no such code"},
            {"memo", p(), "--code", "no such code", "--text", "a note"},
        };
        for (String[] command : refused) {
            String[] withCoder = java.util.Arrays.copyOf(command, command.length + 2);
            withCoder[command.length] = "--coder";
            withCoder[command.length + 1] = "Newcomer";
            assertThat(run(withCoder)).as(String.join(" ", command)).isNotZero();
        }
        assertThat(coders()).doesNotContain("Newcomer");
        // an accepted command registers the coder, with its edit
        assertThat(run("code", p(), "--doc", "P01", "--code", "x", "--match", "militias", "--coder", "Newcomer"))
                .isZero();
        assertThat(coders()).contains("Newcomer");
    }

    @Test
    void namesWithControlCharactersAreRefusedAndStoredOnesArePrintedEscaped() throws Exception {
        assertThat(run("define-code", p(), "--code", "red\u001b[31mflag")).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica define-code: a code name is one line of visible text; it may not contain"
                + " U+001B (ESCAPE)\n");
        assertThat(run("case", p(), "--case", "bell\u0007")).isEqualTo(Cli.FAILED);
        assertThat(run("import", p(), dir.resolve("P01.txt").toString(), "--name", "evil\u202Etxt.exe"))
                .isEqualTo(Cli.FAILED);
        assertThat(run("define-code", p(), "--code", "x", "--coder", "line\nbreak")).isEqualTo(Cli.USAGE);
        // names of every script, emoji and the zero-width joiner stay welcome
        assertThat(run("define-code", p(), "--code", "الفراغ الأمني")).isZero();
        assertThat(run("define-code", p(), "--code", "Iğdır ılık")).isZero();
        assertThat(run("define-code", p(), "--code", "family 👩\u200D👧")).isZero();
        assertThat(out).contains("family 👩\u200D👧");
        // a name stored raw by a project made elsewhere reaches the terminal escaped
        try (var open = org.thematica.service.Project.open(project, org.thematica.store.Database.Mode.READ_WRITE,
                org.thematica.service.Settings.forUser("tester"))) {
            open.repos().codes.insert(new org.thematica.model.Code(0, "g-1", "evil\u001b]0;pwned\u0007", "#123456", "",
                    null));
        }
        assertThat(run("codes", p())).isZero();
        assertThat(out).contains("evil\\u001B]0;pwned\\u0007").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    private java.util.List<String> coders() throws Exception {
        try (var open = org.thematica.service.Project.open(project, org.thematica.store.Database.Mode.READ_ONLY,
                org.thematica.service.Settings.forUser("reader"))) {
            return open.repos().coders.all().stream().map(org.thematica.model.Coder::name).toList();
        }
    }
}
