package org.thematica;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The app's class-data archive (AppCDS): the seven thousand classes the window loads to open,
 * already parsed and verified, mapped from one file instead of read from the jars. Loading them
 * is most of what the JVM does before the window is usable; measured in bench/results.md.
 *
 * <p>The archive belongs to one JVM build and one jar (it is refused by any other), so it cannot
 * ship in the jar: the first start of each build writes it when the app exits
 * ({@code -XX:ArchiveClassesAtExit}, on top of the JDK's own archive), into the data folder under
 * a name made of what it depends on, and later starts map it ({@code -XX:SharedArchiveFile}).
 * It is written beside its final name and moved in once the app has ended normally (a window
 * closed, Ctrl-C), so a start never maps half a file; a JVM also checks an archive before using
 * it and runs without it when it does not fit. Archives of other builds are removed.
 */
final class ClassDataArchive {
    private static final String SUFFIX = ".jsa";
    private final Path file;
    private final Path writing;
    private final List<String> options;

    private ClassDataArchive(Path file, Path writing, List<String> options) {
        this.file = file;
        this.writing = writing;
        this.options = options;
    }

    /**
     * The archive for the app started from {@code jar} with JavaFX's modules in {@code modules} by
     * this JVM's java; none when the user chose their own class-data options, or when this JVM
     * has no base archive to build on (a JDK without one, or {@code -Xshare:off}).
     */
    static ClassDataArchive of(Path dir, Path jar, Path modules, List<String> jvmArguments) {
        try {
            return find(dir, jar, modules, jvmArguments);
        } catch (IOException e) {
            return new ClassDataArchive(null, null, List.of()); // a data folder we cannot write: start without one
        }
    }

    private static ClassDataArchive find(Path dir, Path jar, Path modules, List<String> jvmArguments) throws IOException {
        boolean chosen = jvmArguments.stream().anyMatch(a -> a.startsWith("-Xshare") || a.contains("SharedArchiveFile")
                || a.contains("ArchiveClassesAtExit"));
        if (chosen || !baseArchiveInUse()) {
            return new ClassDataArchive(null, null, List.of());
        }
        CRC32 key = new CRC32();
        key.update(String.join("\n", jar.toAbsolutePath().toString(), Long.toString(Files.size(jar)),
                Files.getLastModifiedTime(jar).toString(), modules.toAbsolutePath().toString(),
                System.getProperty("java.home"), System.getProperty("java.vm.version")).getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("app-" + Long.toHexString(key.getValue()) + SUFFIX);
        // warnings about classes it cannot hold, or an archive that does not fit this JVM (it then
        // runs without it), are not the user's business; ClassDataArchiveTest checks both
        List<String> quiet = List.of("-Xlog:cds*=off", "-Xlog:class+path=off");
        if (Files.isRegularFile(file) && Files.size(file) > 0) {
            return new ClassDataArchive(file, null, concat("-XX:SharedArchiveFile=" + file, quiet));
        }
        Files.createDirectories(dir);
        removeOthers(dir, file);
        Path writing = dir.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        return new ClassDataArchive(file, writing, concat("-XX:ArchiveClassesAtExit=" + writing, quiet));
    }

    /** The options that make the app's JVM map the archive, or write it; empty for none. */
    List<String> options() {
        return options;
    }

    /**
     * After the app's JVM ended with {@code exitCode}: puts a newly written archive in place if
     * that JVM ended normally (0, 1 or 2 from the app; 130 or 143 when Ctrl-C or a SIGTERM ran its
     * shutdown), else throws the partial file away.
     */
    synchronized void finish(int exitCode) {
        if (writing == null || !Files.exists(writing)) {
            return;
        }
        try {
            if (exitCode <= 2 || exitCode == 130 || exitCode == 143) {
                Files.move(writing, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(writing);
            }
        } catch (IOException e) {
            // no archive this time: the next start writes one
        }
    }

    /** Whether this JVM mapped the JDK's archive; the app's JVM (the same java) can then build on it. */
    private static boolean baseArchiveInUse() {
        try {
            return Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption("UseSharedSpaces").getValue());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Archives of earlier builds, and pieces left by a JVM that was killed while writing, take room for nothing. */
    private static void removeOthers(Path dir, Path keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "app-*")) {
            for (Path f : files) {
                boolean stalePart = f.toString().endsWith(".part") && Files.getLastModifiedTime(f).toMillis()
                        < System.currentTimeMillis() - 24 * 3600_000L;
                if (!f.equals(keep) && (f.toString().endsWith(SUFFIX) || stalePart)) {
                    try {
                        Files.deleteIfExists(f);
                    } catch (IOException e) {
                        // mapped by a Thematica of that build still running (Windows refuses): next time
                    }
                }
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
