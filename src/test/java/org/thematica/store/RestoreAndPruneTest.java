package org.thematica.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.service.Project;
import org.thematica.testing.TestProjects;

/** Issue 10: restoring from a project whose log holds edits, restores in a row, killed backups' leftovers. */
class RestoreAndPruneTest {
    @TempDir
    Path dir;

    private static long codes(Path file) throws Exception {
        try (Project p = Project.open(file, Database.Mode.READ_ONLY, TestProjects.laterSession())) {
            return p.repos().codes.countLive();
        }
    }

    @Test
    void restoringFromAProjectWhoseLogHoldsEditsRestoresThem() throws Exception {
        Path file;
        try (Project p = TestProjects.create(dir)) {
            file = p.file();
        }
        Path source = dir.resolve("source.thematica");
        try (Project s = Project.create(source, TestProjects.settings())) {
            for (int i = 0; i < 5; i++) {
                s.codebook().defineCode("in the log " + i, null, null, null);
            }
            assertThat(Files.size(ProjectFiles.wal(source))).as("the edits are in the log").isPositive();
            Backups.restore(file, source, Instant.parse("2030-01-01T00:00:00Z"));
            assertThat(s.repos().codes.countLive()).isEqualTo(5);
        }
        assertThat(codes(file)).isEqualTo(5);
    }

    @Test
    void elevenRestoresInARowKeepTheRealBackups() throws Exception {
        Path file;
        Backups.Backup real;
        try (Project p = TestProjects.create(dir)) {
            file = p.file();
            p.codebook().defineCode("a", null, null, null);
            real = Backups.backUp(p.repos().db, "manual", Instant.parse("2026-01-01T00:00:00Z"), false).orElseThrow();
        }
        for (int i = 0; i < 11; i++) {
            Backups.restore(file, real.file(), Instant.parse("2030-01-01T00:00:00Z").plusSeconds(i));
        }
        assertThat(Backups.list(file)).contains(real);
        assertThat(Backups.list(file)).filteredOn(b -> b.reason().equals("before-restore")).hasSize(Backups.KEEP);
        assertThat(Backups.latestGood(file)).contains(real);
    }

    @Test
    void theHalfMadeCopiesOfKilledBackupsAreRemovedByTheNextBackup() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path folder = Files.createDirectories(Backups.folderOf(p.file()));
            Path killed = Files.write(folder.resolve("2026-01-01T00-00-00Z-auto-c3.thematica.part"), new byte[1 << 20]);
            Path mine = Files.writeString(folder.resolve("notes.part"), "not a backup's");
            p.codebook().defineCode("a", null, null, null);
            assertThat(p.backUp("auto")).isPresent();
            assertThat(killed).doesNotExist();
            assertThat(mine).exists();
            try (var files = Files.list(folder)) {
                assertThat(files.filter(f -> f.toString().endsWith(".thematica.part"))).isEmpty();
            }
        }
    }
}
