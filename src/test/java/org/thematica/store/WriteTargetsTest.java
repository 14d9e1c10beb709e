package org.thematica.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule for user-named output files, against an open project's files reached through hard links. */
class WriteTargetsTest {
    @TempDir
    Path dir;

    @Test
    void hardLinksToAnOpenProjectsSidecarsAreRefusedWithoutReadingThem() throws Exception {
        Path project = dir.resolve("p.thematica");
        try (Database db = Database.create(project, "p", "g", "2026-01-01T00:00:00Z")) {
            db.update("INSERT INTO project_info (key, value) VALUES ('x', 'y')");
            Path shm = Files.createLink(dir.resolve("shm.csv"), ProjectFiles.shm(project));
            Path lock = Files.createLink(dir.resolve("lock.csv"), ProjectFiles.lock(project));
            Path wal = Files.createLink(dir.resolve("wal.csv"), ProjectFiles.wal(project));
            assertThat(WriteTargets.whyProtected(shm)).contains("project open here").contains("-shm");
            assertThat(WriteTargets.whyProtected(lock)).contains("project open here").contains(".lock");
            assertThat(WriteTargets.whyProtected(wal)).contains("project open here");
            assertThat(WriteTargets.whyProtected(project)).isEqualTo("it is the project open here");
            assertThat(WriteTargets.whyProtected(dir.resolve("fine.csv"))).isNull();
        }
    }
}
