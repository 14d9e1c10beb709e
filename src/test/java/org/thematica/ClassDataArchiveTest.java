package org.thematica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archive: written by the first start of a build, mapped by the next, never half. */
class ClassDataArchiveTest {
    @TempDir
    Path dir;
    Path jar;
    Path modules;
    Path cds;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(ClassDataArchive.of(dir.resolve("probe"), Files.writeString(dir.resolve("probe.jar"), "x"), dir, List.of())
                .options().size() > 0, "this JVM maps no JDK archive to build on");
        jar = Files.writeString(dir.resolve("thematica.jar"), "the jar");
        modules = Files.createDirectories(dir.resolve("javafx"));
        cds = dir.resolve("cds");
    }

    @Test
    void theFirstStartWritesTheArchiveAndTheNextMapsIt() throws Exception {
        ClassDataArchive first = ClassDataArchive.of(cds, jar, modules, List.of());
        Path part = option(first, "-XX:ArchiveClassesAtExit=");
        assertThat(part.getParent()).isEqualTo(cds);
        Files.writeString(part, "archive"); // what the app's JVM writes as it exits
        first.finish(0);
        assertThat(part).doesNotExist();

        Path mapped = option(ClassDataArchive.of(cds, jar, modules, List.of()), "-XX:SharedArchiveFile=");
        assertThat(mapped).hasContent("archive");
        assertThat(mapped.getFileName().toString()).doesNotEndWith(".part");
    }

    @Test
    void anAppThatWasKilledLeavesNoArchive() throws Exception {
        ClassDataArchive first = ClassDataArchive.of(cds, jar, modules, List.of());
        Path part = option(first, "-XX:ArchiveClassesAtExit=");
        Files.writeString(part, "half an arch");
        first.finish(137); // SIGKILL: it may have stopped while writing
        assertThat(part).doesNotExist();
        assertThat(ClassDataArchive.of(cds, jar, modules, List.of()).options().get(0)).startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void aCtrlCStillKeepsTheArchiveItsShutdownWrote() throws Exception {
        ClassDataArchive first = ClassDataArchive.of(cds, jar, modules, List.of());
        Files.writeString(option(first, "-XX:ArchiveClassesAtExit="), "archive");
        first.finish(130);
        assertThat(ClassDataArchive.of(cds, jar, modules, List.of()).options().get(0)).startsWith("-XX:SharedArchiveFile=");
    }

    @Test
    void anotherBuildOfTheJarWritesItsOwnAndTheOldOneGoes() throws Exception {
        ClassDataArchive first = ClassDataArchive.of(cds, jar, modules, List.of());
        Files.writeString(option(first, "-XX:ArchiveClassesAtExit="), "archive");
        first.finish(0);
        Path old = option(ClassDataArchive.of(cds, jar, modules, List.of()), "-XX:SharedArchiveFile=");

        Files.writeString(jar, "the jar, rebuilt");
        ClassDataArchive rebuilt = ClassDataArchive.of(cds, jar, modules, List.of());
        assertThat(rebuilt.options().get(0)).startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(old).doesNotExist();
    }

    @Test
    void theUsersOwnClassDataOptionsWin() throws Exception {
        assertThat(ClassDataArchive.of(cds, jar, modules, List.of("-Xshare:off")).options()).isEmpty();
        assertThat(ClassDataArchive.of(cds, jar, modules, List.of("-XX:SharedArchiveFile=/mine.jsa")).options()).isEmpty();
    }

    /**
     * An archive the JVM cannot use is passed over in silence, and the app runs without it: a file
     * that is no archive, an archive made for another jar, and one made by another JVM (when one
     * is installed beside this one). A fitting archive is used, so the options do map it.
     */
    @Test
    void anArchiveThatDoesNotFitIsPassedOverSilently() throws Exception {
        Path app = helloJar(dir.resolve("app.jar"));
        ClassDataArchive first = ClassDataArchive.of(cds, app, modules, List.of());
        assertThat(run(javaOf(System.getProperty("java.home")), first.options(), app, false)).isEqualTo("hello");
        first.finish(0);
        List<String> mapping = ClassDataArchive.of(cds, app, modules, List.of()).options();
        assertThat(mapping.get(0)).startsWith("-XX:SharedArchiveFile=");
        assertThat(run(javaOf(System.getProperty("java.home")), mapping, app, true))
                .as("a fitting archive is mapped").contains("Hello source: shared objects file (top)");

        Path other = helloJar(dir.resolve("other.jar")); // the same class in another jar
        assertThat(run(javaOf(System.getProperty("java.home")), mapping, other, false)).isEqualTo("hello");
        Optional<Path> otherJava = otherJava();
        if (otherJava.isPresent()) {
            assertThat(run(otherJava.get(), mapping, app, false)).as(otherJava.get().toString()).isEqualTo("hello");
        }

        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        Files.write(option(ClassDataArchive.of(cds, app, modules, List.of()), "-XX:SharedArchiveFile="), noise);
        assertThat(run(javaOf(System.getProperty("java.home")), mapping, app, false)).isEqualTo("hello");
    }

    /** Runs {@link Hello} from {@code jar}; returns everything it wrote, both streams. */
    private static String run(Path java, List<String> options, Path jar, boolean logLoads) throws Exception {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(options);
        if (logLoads) {
            command.add("-Xlog:class+load=info");
        }
        command.addAll(List.of("-cp", jar.toString(), Hello.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static Path javaOf(String home) {
        return Path.of(home, "bin", "java");
    }

    /** A JDK beside this one (as in /usr/lib/jvm) of another version, if any. */
    private static Optional<Path> otherJava() throws IOException {
        Path home = Path.of(System.getProperty("java.home")).toRealPath();
        try (Stream<Path> siblings = Files.list(home.getParent())) {
            return siblings.filter(s -> Files.isExecutable(javaOf(s.toString())) && !version(s).isEmpty()
                    && !version(s).equals(version(home))).map(s -> javaOf(s.toString())).findFirst();
        }
    }

    private static String version(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                    .findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    /** A jar holding {@link Hello} (the JVM archives classes from jars only). */
    private static Path helloJar(Path jar) throws IOException {
        String entry = Hello.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                InputStream in = Hello.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    /** The program the archives above are made for. */
    public static final class Hello {
        public static void main(String[] args) {
            System.out.println("hello");
        }
    }

    private static Path option(ClassDataArchive archive, String prefix) {
        String option = archive.options().stream().filter(o -> o.startsWith(prefix)).findFirst().orElseThrow();
        return Path.of(option.substring(prefix.length()));
    }
}
