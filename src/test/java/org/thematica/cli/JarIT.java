package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/thematica.jar}: every dependency inside, JavaFX natives for this
 * platform, and a command line that runs without any display.
 */
class JarIT {
    static final Path JAR = Path.of(System.getProperty("thematica.jar", "target/thematica.jar"));

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    /** Runs the jar with no display at all: if the command line touched JavaFX, it would fail. */
    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("THEMATICA_CODER", "ci");
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarHoldsTheAppItsDependenciesAndJavaFxNativesForThisPlatform() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.thematica.Launcher");
            assertThat(jar.getEntry("org/thematica/ui/ThematicaApp.class")).isNotNull();
            assertThat(jar.getEntry("org/sqlite/JDBC.class")).isNotNull();
            assertThat(jar.getEntry("org/fxmisc/flowless/VirtualFlow.class")).isNotNull();
            assertThat(jar.getEntry("org/thematica/demo/build.thematica-script")).isNotNull();
            String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
            String glass = os.contains("win") ? "glass.dll" : os.contains("mac") ? "libglass.dylib" : "libglass.so";
            assertThat(jar.getEntry(glass)).as("JavaFX natives for " + os).isNotNull();
        }
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
