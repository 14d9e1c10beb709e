package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.thematica.store.Failures;
import org.thematica.store.StoreException;

/**
 * Issue 10, failures told truly: a project on a read-only file system opens to be looked at and
 * says it is read-only (it was called damaged); a full disk is called full (it was an internal
 * error). The file-system cases need mounts, so they run as root (CI containers) and are skipped
 * elsewhere; the full disk is also checked from SQLite's error alone.
 */
class ReadOnlyAndFullDiskTest extends CommandLineTest {
    @TempDir
    Path dir;
    private final List<Path> mounts = new ArrayList<>();


    private boolean sh(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    /** Mounts on {@code at} (a folder made for it, or an existing file), or skips where this user cannot. */
    private void mount(Path at, String... command) throws Exception {
        if (!Files.isRegularFile(at)) {
            Files.createDirectories(at);
        }
        assumeTrue("root".equals(System.getProperty("user.name")) && sh(command), "needs root to mount");
        mounts.add(at);
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) {
            sh("umount", "-l", m.toString());
        }
    }

    @Test
    void aProjectOnAReadOnlyFileSystemIsReadAndRefusesWritesInOneLine() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path project = data.resolve("study.thematica");
        assertThat(run("new", project.toString())).isZero();
        assertThat(run("define-code", project.toString(), "--code", "violence")).as(err).isZero();
        Path ro = dir.resolve("ro");
        mount(ro, "mount", "--bind", data.toString(), ro.toString());
        assertThat(sh("mount", "-o", "remount,ro,bind", ro.toString())).isTrue();
        Path seen = ro.resolve("study.thematica");

        assertThat(run("stats", seen.toString())).as(err).isZero();
        assertThat(run("codes", seen.toString())).as(err).isZero();
        assertThat(out).contains("violence");
        assertThat(run("define-code", seen.toString(), "--code", "more")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("thematica define-code: study.thematica: cannot be changed: its folder " + ro
                + " is read-only; it can still be opened read-only (commands that only read work)");
    }

    /** The file alone read-only, in a folder that can be written: "internal error … SQLITE_READONLY" before. */
    @Test
    void aReadOnlyProjectFileIsReadAndRefusesWritesInOneLine() throws Exception {
        Path project = dir.resolve("study.thematica");
        assertThat(run("new", project.toString())).isZero();
        assertThat(run("define-code", project.toString(), "--code", "violence")).as(err).isZero();
        // root ignores file permissions, so the file is made read-only by a read-only bind mount of itself
        mount(project, "mount", "--bind", project.toString(), project.toString());
        assertThat(sh("mount", "-o", "remount,ro,bind", project.toString())).isTrue();

        assertThat(run("stats", project.toString())).as(err).isZero();
        assertThat(run("codes", project.toString())).as(err).isZero();
        assertThat(out).contains("violence");
        assertThat(run("define-code", project.toString(), "--code", "more")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("thematica define-code: study.thematica: cannot be changed: the file is"
                + " read-only; it can still be opened read-only (commands that only read work)");
    }

    @Test
    void aFullDiskIsCalledFullAndLeavesNoPartFile() throws Exception {
        Path small = dir.resolve("small");
        mount(small, "mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", small.toString());
        Path project = small.resolve("study.thematica");
        assertThat(run("new", project.toString())).as(err).isZero();
        Path text = dir.resolve("big.txt");
        Files.writeString(text, "Karim: words that will not fit. ".repeat(60_000));
        assertThat(run("import", project.toString(), text.toString())).as(err).isEqualTo(1);
        assertThat(err).contains("the disk is full").doesNotContain("internal error");
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(run("stats", project.toString())).as("the project is intact: " + err).isZero();

        Files.write(small.resolve("filler"), new byte[300_000]); // leave too little for a backup
        assertThat(run("define-code", project.toString(), "--code", "a")).as(err).isZero();
        assertThat(run("backup", project.toString())).isEqualTo(1);
        assertThat(err).contains("the disk is full").doesNotContain("internal error");
        try (var files = Files.list(small.resolve("study.thematica.backups"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void sqlitesFullDiskErrorIsToldAsAFullDisk() {
        var full = new SQLiteException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)",
                SQLiteErrorCode.SQLITE_FULL);
        assertThat(Failures.isDiskFull(new StoreException("INSERT ...: " + full.getMessage(), full))).isTrue();
        assertThat(Failures.isDiskFull(new java.io.IOException("No space left on device"))).isTrue();
        assertThat(Failures.isDiskFull(new StoreException("no such table: x", null))).isFalse();
    }
}
