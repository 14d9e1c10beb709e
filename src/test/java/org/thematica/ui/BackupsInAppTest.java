package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.store.Backups;

/**
 * The app backs a project up when it opens it, File ▸ Backups restores one, and a damaged or
 * tampered project is offered its way out in the window rather than only on the command line.
 */
class BackupsInAppTest {
    @TempDir
    static Path dir;
    static AppDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = AppDriver.start(dir.resolve("home"));
    }

    @AfterAll
    static void stop() throws Exception {
        driver.stop();
    }

    @Test
    void openingBacksUpAndTheDialogRestoresAnEarlierState() throws Exception {
        Path file = dir.resolve("study.thematica");
        try (Project p = Project.create(file, Settings.forUser("tester"))) {
            p.codebook().defineCode("early", null, null, null);
        }
        driver.open(file);
        driver.waitFor(() -> Backups.list(file).size() == 1);
        assertThat(Backups.list(file).get(0).reason()).isEqualTo("open");

        driver.project().codebook().defineCode("later", null, null, null);
        driver.fxLater(() -> driver.app.backups());
        driver.waitFor(() -> driver.robot.lookup("#backups-list").tryQuery().isPresent());
        driver.fx(() -> driver.robot.lookup("#backups-list").queryAs(ListView.class).getSelectionModel().select(0));
        driver.robot.clickOn("Restore…");
        driver.waitFor(() -> driver.robot.lookup("Restore this backup?").tryQuery().isPresent());
        driver.robot.clickOn("OK");
        driver.waitFor(() -> driver.app.workbench() != null && driver.project().repos().codes.byName("early").isPresent()
                && driver.project().repos().codes.byName("later").isEmpty());
        assertThat(Backups.list(file)).extracting(Backups.Backup::reason).contains("before-restore", "close", "open");
    }

    @Test
    void aDamagedProjectIsOfferedItsLatestGoodBackup() throws Exception {
        Path file = dir.resolve("damaged.thematica");
        try (Project p = Project.create(file, Settings.forUser("tester"))) {
            org.thematica.testing.TestProjects.fillPages(p);
            p.backUp("manual").orElseThrow();
        }
        org.thematica.testing.TestProjects.damagePages(file);
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> driver.app.open(file, org.thematica.store.Database.Mode.READ_WRITE));
        driver.waitFor(() -> driver.robot.lookup("This project is damaged").tryQuery().isPresent());
        driver.snapshotWindow("damaged-project-offer.png", driver.robot.lookup("Restore backup").query());
        driver.robot.clickOn("Restore backup");
        driver.waitFor(() -> driver.app.workbench() != null && driver.project().file().equals(file)
                && driver.project().repos().codes.countLive() == 30);
        assertThat(Backups.list(file)).extracting(Backups.Backup::reason).contains("damaged", "manual");
    }

    @Test
    void aTamperedProjectIsOfferedRepairAndOpensWithEveryCodeAndNoneOfTheTrigger() throws Exception {
        Path file = dir.resolve("tampered.thematica");
        try (Project p = Project.create(file, Settings.forUser("tester"))) {
            org.thematica.testing.TestProjects.fillPages(p);
        }
        // The trigger of the issue: it wipes the codebook as soon as a new person opens the file.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var s = c.createStatement()) {
            s.execute("CREATE TRIGGER wipe_on_coder AFTER INSERT ON coder BEGIN DELETE FROM code; END");
        }
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> driver.app.open(file, org.thematica.store.Database.Mode.READ_WRITE));
        driver.waitFor(() -> driver.robot.lookup("This project is not as Thematica made it").tryQuery().isPresent());
        driver.snapshotWindow("tampered-project-offer.png", driver.robot.lookup("Back up and repair").query());
        driver.robot.clickOn("Back up and repair");
        driver.waitFor(() -> driver.app.workbench() != null && driver.project().file().equals(file));
        driver.project().codebook().defineCode("after repair", null, null, null);
        assertThat(driver.project().repos().codes.countLive()).isEqualTo(31);
        assertThat(org.thematica.store.SchemaCheck.of(file)).isEmpty();
        assertThat(Backups.list(file)).extracting(Backups.Backup::reason).contains("before-repair");
    }
}
