package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.store.Backups;

/** Issue 10, data loss 1: no command writes over a project, its sidecars or its backups. */
class ExportTargetTest extends CommandLineTest {
    @TempDir
    Path dir;
    Path project;


    @BeforeEach
    void newProject() throws Exception {
        project = dir.resolve("study.thematica");
        assertThat(run("new", project.toString())).isZero();
        Files.writeString(dir.resolve("P01.txt"), "Karim: violence in 2006.\n");
        assertThat(run("import", project.toString(), dir.resolve("P01.txt").toString())).isZero();
        assertThat(run("code", project.toString(), "--doc", "P01", "--code", "violence", "--match", "violence"))
                .isZero();
    }

    private void refused(Path target, String why) throws Exception {
        byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;
        assertThat(run("export", project.toString(), "--format", "csv", "--out", target.toString())).isEqualTo(1);
        assertThat(err).contains("will not write").contains(why).doesNotContain("internal error");
        assertThat(err.strip().lines()).hasSize(1);
        if (before != null) {
            assertThat(Files.readAllBytes(target)).isEqualTo(before);
        }
        assertThat(run("stats", project.toString())).as(err).isZero();
    }

    @Test
    void exportOntoTheProjectItselfIsRefusedAndTheProjectStays() throws Exception {
        refused(project, "it is a Thematica project");
        refused(dir.resolve("./study.thematica"), "it is a Thematica project");
    }

    @Test
    void exportThroughASymlinkOrAHardLinkToTheProjectIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), project);
        refused(link, "Thematica project");
        Path hard = Files.createLink(dir.resolve("hard.csv"), project);
        refused(hard, "Thematica project");
    }

    @Test
    void exportOntoABackupOrIntoTheBackupsFolderIsRefused() throws Exception {
        assertThat(run("backup", project.toString())).isZero();
        Path backup = Backups.list(project).get(0).file();
        refused(backup, "backups folder");
        refused(Backups.folderOf(project).resolve("new.csv"), "backups folder");
        assertThat(run("restore", project.toString(), "--latest")).as(err).isZero();
    }

    @Test
    void exportOntoAnotherProjectOrASidecarIsRefused() throws Exception {
        Path other = dir.resolve("other.thematica");
        assertThat(run("new", other.toString())).isZero();
        refused(other, "it is a Thematica project");
        refused(dir.resolve("study.thematica-wal"), "belongs to the project beside it");
        refused(dir.resolve("study.thematica.lock"), "belongs to the project beside it");
    }

    @Test
    void anOrdinaryFileIsStillReplaced() throws Exception {
        Path csv = dir.resolve("codings.csv");
        Files.writeString(csv, "old");
        assertThat(run("export", project.toString(), "--format", "csv", "--out", csv.toString())).as(err).isZero();
        assertThat(Files.readString(csv)).startsWith("document,case,code");
        assertThat(Files.exists(dir.resolve("codings.csv.part"))).isFalse();
    }
}
