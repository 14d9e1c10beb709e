package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/thematica.jar}: every dependency inside, JavaFX modules with natives
 * for this platform, a command line that runs without any display, and one line with exit code 2
 * for a misspelt command or a missing display.
 */
class JarIT {
    static final Path JAR = Path.of(System.getProperty("thematica.jar", "target/thematica.jar"));

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    /** Runs the jar with no display at all: if the command line touched JavaFX, it would fail. */
    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        return runWithDisplay(workDir, null, args);
    }

    /** Runs the jar with {@code DISPLAY} set to {@code display}, or unset when null. */
    static Run runWithDisplay(Path workDir, String display, String... args) throws IOException, InterruptedException {
        return runWithDisplay(workDir, display, workDir.resolve("home"), args);
    }

    static Run runWithDisplay(Path workDir, String display, Path home, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        builder.environment().put("THEMATICA_CODER", "ci");
        builder.environment().put("THEMATICA_HOME", home.toString()); // unpacked JavaFX goes here
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarHoldsTheAppItsDependenciesAndJavaFxAsModulesWithNativesForThisPlatform() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.thematica.Launcher");
            assertThat(jar.getEntry("org/thematica/ui/ThematicaApp.class")).isNotNull();
            assertThat(jar.getEntry("org/sqlite/JDBC.class")).isNotNull();
            assertThat(jar.getEntry("org/fxmisc/flowless/VirtualFlow.class")).isNotNull();
            assertThat(jar.getEntry("org/thematica/demo/build.thematica-script")).isNotNull();
            assertThat(jar.getEntry("javafx/scene/Node.class")).as("JavaFX travels as modules, not loose classes").isNull();
            String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
            String glass = os.contains("win") ? "glass.dll" : os.contains("mac") ? "libglass.dylib" : "libglass.so";
            JarEntry graphics = jar.stream().filter(e -> e.getName().matches("javafx/javafx-graphics-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no javafx-graphics module in the jar"));
            List<String> inside = new ArrayList<>();
            try (JarInputStream nested = new JarInputStream(jar.getInputStream(graphics))) {
                for (JarEntry e = nested.getNextJarEntry(); e != null; e = nested.getNextJarEntry()) {
                    inside.add(e.getName());
                }
            }
            assertThat(inside).as("the javafx.graphics module, with natives for " + os).contains("module-info.class", glass);
        }
    }

    @Test
    void aMisspeltCommandGetsOneLineWithTheNearestCommandAndExitCode2() throws Exception {
        Run typo = run(dir, "stast", "study.thematica");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("thematica: unknown command 'stast'; did you mean 'stats'?"
                + " ('thematica help' lists the commands)" + System.lineSeparator());

        Run unknown = run(dir, "cluster-codes", "x");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("thematica: unknown command 'cluster-codes' ('thematica help' lists the commands)"
                + System.lineSeparator());
    }

    @Test
    void withNoDisplayTheAppSaysSoInOneLineWithExitCode2() throws Exception {
        String noDisplay = "thematica: no display found: the desktop app needs a graphical session;"
                + " 'thematica help' lists the command-line commands" + System.lineSeparator();
        for (String[] args : List.of(new String[0], new String[] {"study.thematica"})) {
            Run app = run(dir, args);
            assertThat(app.code()).as("%s", List.of(args)).isEqualTo(2);
            assertThat(app.err()).as("%s", List.of(args)).isEqualTo(noDisplay);
        }
    }

    @Test
    void withADisplayThatCannotBeReachedJavaFxsFailureIsTheSameOneLineAndItsWarningIsGone() throws Exception {
        assumeFalse(Files.exists(Path.of("/tmp/.X11-unix/X57")), "an X server runs on :57");
        Run app = runWithDisplay(dir, ":57");
        assertThat(app.code()).isEqualTo(2);
        assertThat(app.err()).as("no 'Unsupported JavaFX configuration', no stack trace")
                .isEqualTo("thematica: no display found: the desktop app needs a graphical session;"
                        + " 'thematica help' lists the command-line commands" + System.lineSeparator());
    }

    @Test
    void whenJavaFxCannotBeUnpackedTheAppSaysWhereInOneLine() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("home"), "a file where the data folder should be");
        Run app = runWithDisplay(dir, ":57", notAFolder);
        assertThat(app.code()).isEqualTo(1);
        assertThat(app.err().lines()).singleElement().asString()
                .startsWith("thematica: cannot unpack JavaFX into the data folder to start the app (")
                .contains(notAFolder.toString())
                .endsWith("); set THEMATICA_HOME to a folder you can write to");
    }

    @Test
    void commandLineRunsHeadlessEndToEnd() throws Exception {
        Run help = run(dir, "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("import PROJECT FILE...").contains("stats PROJECT [--json]");

        assertThat(run(dir, "build-demo", "demo.thematica").code()).isZero();
        Run stats = run(dir, "stats", "demo.thematica", "--json");
        assertThat(stats.code()).isZero();
        assertThat(stats.out()).contains("\"codings\" : 106");
        assertThat(stats.err()).as("no library noise on stderr").isEmpty();

        Files.writeString(dir.resolve("mine.txt"), "Interviewer: Why?\nHassan: Because of the vacuum.\n");
        assertThat(run(dir, "import", "demo.thematica", "mine.txt", "--case", "Hassan").code()).isZero();
        Run code = run(dir, "code", "demo.thematica", "--doc", "mine", "--code", "post-withdrawal vacuum",
                "--match", "the vacuum");
        assertThat(code.code()).isZero();
        assertThat(run(dir, "export", "demo.thematica", "--format", "csv", "--out", "out.csv").code()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out.csv"))).hasSize(108);
        Run check = run(dir, "check", "demo.thematica");
        assertThat(check.code()).isZero();
        assertThat(check.out()).contains("the project is healthy");

        Run bad = run(dir, "code", "demo.thematica", "--doc", "nope", "--code", "x", "--match", "y");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().lines().count()).isEqualTo(1);
        assertThat(bad.err()).startsWith("thematica code: no document named 'nope'");
    }
}
