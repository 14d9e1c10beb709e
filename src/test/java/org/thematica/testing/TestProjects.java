package org.thematica.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.thematica.model.DocumentKind;
import org.thematica.model.UserError;
import org.thematica.service.ImportService;
import org.thematica.service.Progress;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.store.Database;
import org.thematica.store.ProjectException;

/** Small projects for tests, with a fixed clock and seeded GUIDs. */
public final class TestProjects {
    private TestProjects() {
    }

    /** Deterministic clock and GUIDs: for building a project in one session only. */
    public static Settings settings() {
        return Settings.deterministic("tester", Instant.parse("2026-01-01T00:00:00Z"), 7);
    }

    /** For later sessions on the same project: the same coder, fresh random GUIDs. */
    public static Settings laterSession() {
        return Settings.forUser("tester");
    }

    public static Project create(Path dir) {
        try {
            return Project.create(dir.resolve("test.thematica"), settings());
        } catch (ProjectException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Project reopen(Project project) {
        Path file = project.file();
        project.close();
        try {
            return Project.open(file, Database.Mode.READ_WRITE, laterSession());
        } catch (ProjectException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code text} to {@code dir/name} (UTF-8) and imports it as an interview. */
    public static void importText(Project project, Path dir, String name, String text) throws UserError {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            project.imports().importFiles(new ImportService.Request(java.util.List.of(file), DocumentKind.INTERVIEW,
                    null, null, null), false, new java.util.ArrayList<>(), Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thirty codes with long descriptions: enough pages that {@link #damagePages} leaves the header readable. */
    public static void fillPages(Project project) throws Exception {
        for (int i = 0; i < 30; i++) {
            project.codebook().defineCode("code " + i, null, "a description that fills pages ".repeat(30), null);
        }
    }

    /** Overwrites a few bytes of every page past the third (and before the last) of a closed project file. */
    public static void damagePages(Path file) throws java.io.IOException {
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            for (long at = 4096 * 3; at < raf.length() - 4096; at += 4096) {
                raf.seek(at + 8);
                raf.write(new byte[] {(byte) 0xFF, 0x13, 0x37, 0x00, (byte) 0xFF});
            }
        }
    }
}
