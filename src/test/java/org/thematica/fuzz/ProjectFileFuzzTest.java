package org.thematica.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.thematica.service.CheckService;
import org.thematica.service.Project;
import org.thematica.store.Database;
import org.thematica.store.ProjectException;
import org.thematica.testing.TestProjects;

/**
 * A project file damaged on purpose (truncated, bytes flipped, garbage) or replaced by random
 * bytes: opening it either refuses with a one-line ProjectException naming the file and leaves
 * the file and its folder exactly as they were, or opens it and the integrity check reports
 * what it finds. Never another exception, never a hang.
 */
class ProjectFileFuzzTest {
    static Path good;
    static byte[] goodBytes;

    @BeforeAll
    static void makeAProject() throws Exception {
        Path dir = Files.createTempDirectory("fuzz-project");
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "A.txt", "Interviewer: Why?\nKarim: The militias came after the army left.\n"
                    .repeat(200));
            for (int i = 0; i < 40; i++) {
                p.coding().codeRange("A", "code " + (i % 7), i * 50, i * 50 + 30, null);
            }
            good = p.file();
        }
        goodBytes = Files.readAllBytes(good);
    }

    @AfterAll
    static void clean() throws Exception {
        try (var files = Files.list(good.getParent())) {
            files.forEach(f -> f.toFile().delete());
        }
    }

    private static String fingerprint(Path file) throws Exception {
        StringBuilder s = new StringBuilder(Arrays.hashCode(Files.readAllBytes(file)) + "");
        try (var files = Files.list(file.getParent())) {
            files.map(f -> f.getFileName().toString()).sorted().forEach(n -> s.append(' ').append(n));
        }
        return s.toString();
    }

    private static void openDamaged(byte[] bytes) throws Exception {
        Path dir = Files.createTempDirectory("fuzz-open");
        Path file = dir.resolve("damaged.thematica");
        Files.write(file, bytes);
        try {
            openAndCheck(file);
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void openAndCheck(Path file) throws Exception {
        String before = fingerprint(file);
        try (Database db = Database.open(file, Database.Mode.READ_WRITE)) {
            // judged healthy by quick_check: reading must work or fail as a StoreException
            db.queryLong("SELECT COUNT(*) FROM coding");
        } catch (ProjectException refused) {
            assertThat(refused.getMessage()).startsWith("damaged.thematica: ").doesNotContain("\n");
            assertThat(fingerprint(file)).as("a refused file and its folder are unchanged").isEqualTo(before);
            return;
        } catch (org.thematica.store.StoreException readFailed) {
            // opened, then a read hit damage quick_check did not see: reported as what it is
            assertThat(readFailed.getMessage()).isNotBlank();
            return;
        }
        // the store opened it and could read it: the whole project opens, and its check runs
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            CheckService.Report report = p.check().run();
            assertThat(report.notes()).anyMatch(n -> n.startsWith("document texts: "));
        } catch (ProjectException e) {
            assertThat(e.getMessage()).startsWith("damaged.thematica: ").doesNotContain("\n");
        }
    }

    @TestFactory
    Stream<DynamicTest> aDamagedProjectIsRefusedUntouchedOrOpenedAndChecked() {
        return Seeds.cases("damaged project", 80, r -> HostileFiles.mutate(goodBytes, r), ProjectFileFuzzTest::openDamaged);
    }

    @TestFactory
    Stream<DynamicTest> randomBytesAreNotAProject() {
        return Seeds.cases("random bytes", 40, Seeds::bytes, ProjectFileFuzzTest::openDamaged);
    }
}
