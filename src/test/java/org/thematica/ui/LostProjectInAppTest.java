package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.service.Project;
import org.thematica.service.Settings;

/**
 * When the open project's files are changed from outside anyway, the app says so plainly at the
 * next edit, stops showing "saved", and shows the project read-only (issue 9, part 1).
 */
class LostProjectInAppTest {
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
    void anEditAfterTheLogWasDeletedIsRefusedAndNothingSaysSaved() throws Exception {
        Path file = dir.resolve("study.thematica");
        try (Project p = Project.create(file, Settings.forUser("tester"))) {
            p.codebook().defineCode("early", null, null, null);
        }
        driver.open(file);
        driver.settle();
        assertThat(driver.fxGet(() -> driver.workbench().model().summaryProperty().get())).endsWith(" · saved");

        Files.delete(file.resolveSibling("study.thematica-wal")); // a second writer closing "its" project
        driver.workbench().context().background().run(
                () -> driver.project().codebook().defineCode("lost", null, null, null));

        driver.waitFor(() -> driver.robot.lookup("This project is no longer being saved").tryQuery().isPresent());
        DialogPane alert = driver.robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(alert.getContentText()).isEqualTo("study.thematica: Thematica has stopped saving this project,"
                + " because its files were changed from outside while it was open here (its write-ahead log"
                + " study.thematica-wal was deleted). Your last change may not be saved. Quit Thematica, then open the"
                + " project again.");
        driver.snapshotWindow("project-no-longer-saved.png", alert);
        driver.settle();
        assertThat(driver.fxGet(() -> driver.workbench().model().summaryProperty().get()))
                .doesNotContain("· saved").endsWith(" · NOT SAVED: changes are no longer written");
        assertThat(driver.fxGet(() -> driver.stage.getTitle())).contains("(read-only)");
        assertThat(driver.workbench().context().isReadOnly()).isTrue();
        driver.robot.clickOn("OK");
    }
}
