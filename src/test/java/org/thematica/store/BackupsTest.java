package org.thematica.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.service.Project;
import org.thematica.testing.TestProjects;

class BackupsTest {
    @TempDir
    Path dir;

    private static long codes(Path file) throws Exception {
        try (Project p = Project.open(file, Database.Mode.READ_ONLY, TestProjects.laterSession())) {
            return p.repos().codes.countLive();
        }
    }

    @Test
    void backsUpOnlyWhenSomethingChangedAndTheBackupIsAHealthyCopy() throws Exception {
        Path file;
        try (Project p = TestProjects.create(dir)) {
            file = p.file();
            p.codebook().defineCode("a", null, null, null);
            assertThat(p.backUp("open")).isPresent();
            assertThat(p.backUp("auto")).as("nothing changed since").isEmpty();
            p.codebook().defineCode("b", null, null, null);
            assertThat(p.backUp("auto")).isPresent();
        }
        List<Backups.Backup> backups = Backups.list(file);
        assertThat(backups).hasSize(2);
        assertThat(backups.get(0).reason()).isEqualTo("auto");
        assertThat(codes(backups.get(0).file())).isEqualTo(2);
        assertThat(codes(backups.get(1).file())).isEqualTo(1);
        try (Project p = Project.open(backups.get(1).file(), Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            assertThat(p.check().run().problems()).isEmpty();
        }
    }

    @Test
    void keepsTheNewestTen() throws Exception {
        Path file;
        try (Project p = TestProjects.create(dir)) {
            file = p.file();
            for (int i = 0; i < 13; i++) {
                p.codebook().defineCode("c" + i, null, null, null);
                Backups.backUp(p.repos().db, "auto", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), false);
            }
        }
        List<Backups.Backup> backups = Backups.list(file);
        assertThat(backups).hasSize(Backups.KEEP);
        assertThat(backups.get(0).time()).isEqualTo(Instant.parse("2026-01-01T00:00:12Z"));
        assertThat(backups.get(Backups.KEEP - 1).time()).isEqualTo(Instant.parse("2026-01-01T00:00:03Z"));
    }

    @Test
    void restoringPutsTheBackupInPlaceAndKeepsTheStateBeforeSoItCanBeUndone() throws Exception {
        Path file;
        Backups.Backup early;
        try (Project p = TestProjects.create(dir)) {
            file = p.file();
            p.codebook().defineCode("kept", null, null, null);
            early = p.backUp("manual").orElseThrow();
            p.codebook().defineCode("later", null, null, null);
        }
        Backups.Backup before = Backups.restore(file, early.file(), Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(codes(file)).isEqualTo(1);
        assertThat(before.reason()).isEqualTo("before-restore");
        assertThat(codes(before.file())).isEqualTo(2);
        Backups.restore(file, before.file(), Instant.parse("2030-01-01T00:00:01Z"));
        assertThat(codes(file)).isEqualTo(2);
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            assertThat(p.check().run().problems()).isEmpty();
            assertThat(p.history().undoLabel()).contains("Create code 'later'");
        }
    }

    @Test
    void aDamagedProjectIsRestoredAndItsDamagedFileKept() throws Exception {
        Path file;
        Backups.Backup good;
        try (Project p = TestProjects.create(dir)) {
            file = p.file();
            TestProjects.fillPages(p);
            good = p.backUp("manual").orElseThrow();
        }
        TestProjects.damagePages(file);
        assertThatThrownBy(() -> Database.open(file, Database.Mode.READ_WRITE))
                .hasMessageContaining("thematica restore test.thematica --latest");
        Backups.Backup damaged = Backups.restore(file, good.file(), Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(damaged.reason()).isEqualTo("damaged");
        assertThat(codes(file)).isEqualTo(30);
    }

    @Test
    void theLatestGoodBackupSkipsADamagedBackupAndTheKeptDamagedFile() throws Exception {
        Path file;
        Backups.Backup older;
        Backups.Backup newer;
        try (Project p = TestProjects.create(dir)) {
            file = p.file();
            TestProjects.fillPages(p);
            older = p.backUp("manual").orElseThrow();
            p.codebook().defineCode("one more", null, null, null);
            newer = p.backUp("manual").orElseThrow();
        }
        assertThat(Backups.latestGood(file)).contains(newer);
        TestProjects.damagePages(newer.file());
        TestProjects.damagePages(file);
        assertThat(Backups.latestGood(file)).as("the newest opens no more").contains(older);
        Backups.restore(file, older.file(), Instant.parse("2099-01-01T00:00:00Z")); // keeps the damaged file, newest
        assertThat(Backups.list(file).get(0).reason()).isEqualTo("damaged");
        assertThat(Backups.latestGood(file)).contains(older);
        assertThat(codes(file)).isEqualTo(30);
        Backups.restore(file, older.file(), Instant.parse("2099-02-01T00:00:00Z")); // the state before, newest
        assertThat(Backups.list(file).get(0).reason()).isEqualTo("before-restore");
        assertThat(Backups.latestGood(file)).as("never the state saved before a restore").contains(older);
        TestProjects.damagePages(older.file());
        assertThat(Backups.latestGood(file)).isEmpty();
    }

    @Test
    void refusesWhileTheProjectIsOpenAndRefusesAFileThatIsNotABackup() throws Exception {
        Path file;
        Backups.Backup good;
        try (Project p = TestProjects.create(dir)) {
            file = p.file();
            good = p.backUp("manual").orElseThrow();
        }
        byte[] before = Files.readAllBytes(file);
        try (Project open = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            assertThatThrownBy(() -> Backups.restore(file, good.file(), Instant.now()))
                    .isInstanceOf(ProjectException.class).hasMessageContaining("already open");
        }
        Path junk = Files.writeString(dir.resolve("junk.thematica"), "not a project");
        assertThatThrownBy(() -> Backups.restore(file, junk, Instant.now()))
                .hasMessageContaining("junk.thematica: is not a Thematica project");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
