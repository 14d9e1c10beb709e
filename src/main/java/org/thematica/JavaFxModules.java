package org.thematica;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import org.thematica.ui.common.AppDirs;

/**
 * Starts the desktop app with JavaFX as named modules, the only configuration OpenJFX supports:
 * loaded from the class path, JavaFX warns "Unsupported JavaFX configuration" on every start
 * (JDK-8256362). {@code java -jar} can only put a jar on the class path, so thematica.jar carries
 * JavaFX's modular jars for its build platform as files ({@code javafx/*.jar}); they are unpacked
 * once into the data directory, and the app runs in a second JVM with them on the module path.
 * Where JavaFX is a module already ({@code mvn javafx:run}, that second JVM) or on the class
 * path (an IDE, the tests), the app runs in this JVM.
 */
final class JavaFxModules {
    private static final String ENTRIES = "javafx/";
    /** Set in the second JVM, so it never starts a third. */
    private static final String RELAUNCHED = "thematica.javafx.relaunched";

    private JavaFxModules() {
    }

    /**
     * When JavaFX is not a module here and the jar this runs from carries it: runs the app in a
     * JVM like this one (its options, after the app's own, {@link AppJvmOptions}, and with the
     * app's class-data archive, {@link ClassDataArchive}) with those modules on its module path,
     * and returns its exit code. Empty when the app should run in this JVM. Throws when they cannot be unpacked.
     */
    static OptionalInt runAsModules(String[] args) throws IOException, InterruptedException {
        Optional<Path> self = ownJar();
        if (ModuleLayer.boot().findModule("javafx.graphics").isPresent() || Boolean.getBoolean(RELAUNCHED)
                || self.isEmpty()) {
            return OptionalInt.empty();
        }
        Path modules;
        try (JarFile jar = new JarFile(self.get().toFile())) {
            List<JarEntry> entries = modules(jar);
            if (entries.isEmpty()) {
                return OptionalInt.empty();
            }
            modules = unpack(jar, entries);
        }
        List<String> given = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        ClassDataArchive archive = ClassDataArchive.of(AppDirs.dataDir().resolve("cds"), self.get(), modules, given);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(AppJvmOptions.defaults(given));
        command.addAll(given);
        command.addAll(archive.options());
        command.add("-D" + RELAUNCHED + "=true");
        // the app reports its start from this JVM's (StartupReport)
        command.add("-Dthematica.launched=" + java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        command.addAll(List.of("--module-path", modules.toString(), "--add-modules", "ALL-MODULE-PATH",
                "-cp", self.get().toString(), Launcher.class.getName()));
        Collections.addAll(command, args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Process app = builder.start();
        // if this JVM is told to stop, so is the app (a terminal's Ctrl-C reaches both anyway); it
        // may still be writing its class archive
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.destroy();
            try {
                if (app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    archive.finish(app.exitValue());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        int exit = app.waitFor();
        archive.finish(exit);
        return OptionalInt.of(exit);
    }

    /** The jar file this class was loaded from, if it was loaded from one. */
    private static Optional<Path> ownJar() {
        CodeSource source = JavaFxModules.class.getProtectionDomain().getCodeSource();
        try {
            Path self = source == null ? null : Path.of(source.getLocation().toURI());
            return self != null && Files.isRegularFile(self) ? Optional.of(self) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<JarEntry> modules(JarFile jar) {
        return jar.stream().filter(e -> e.getName().startsWith(ENTRIES) && e.getName().endsWith(".jar")).toList();
    }

    /**
     * Unpacks the module jars into a directory of the data directory named after their names and
     * checksums, so another build never mixes its modules in (two versions of a module in one
     * directory refuse to start). Each file is written beside it and moved in whole, so a file
     * there is complete; one of the right size is reused.
     */
    private static Path unpack(JarFile jar, List<JarEntry> entries) throws IOException {
        CRC32 key = new CRC32();
        for (JarEntry e : entries) {
            key.update((e.getName() + ":" + e.getCrc() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path parent = AppDirs.dataDir().resolve("javafx");
        Path dir = parent.resolve(Long.toHexString(key.getValue()));
        Files.createDirectories(dir);
        for (JarEntry e : entries) {
            Path target = dir.resolve(Path.of(e.getName()).getFileName().toString());
            if (Files.isRegularFile(target) && Files.size(target) == e.getSize()) {
                continue;
            }
            Path part = Files.createTempFile(parent, "unpacking", ".part");
            try (InputStream in = jar.getInputStream(e)) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        }
        return dir;
    }
}
