package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.service.Project;
import org.thematica.service.Settings;

/** File ▸ Coder… and the status bar's coder: a second person switches, and their work is theirs (issue 12). */
class CoderInAppTest {
    @TempDir
    static Path dir;
    static AppDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = AppDriver.start(dir.resolve("home"));
    }

    @AfterAll
    static void stop() throws Exception {
        org.thematica.ui.common.UiPrefs.user().coderName(null); // the preferences outlive the test JVM
        driver.stop();
    }

    @Test
    void theStatusBarsCoderSwitchesWhoTheNextEditIsRecordedFor() throws Exception {
        Path file = dir.resolve("two-coders.thematica");
        try (Project p = Project.create(file, Settings.forUser("Amira"))) {
            p.codebook().defineCode("trust", null, null, null);
        }
        driver.open(file);
        driver.robot.clickOn("#coder");
        driver.waitFor(() -> driver.robot.lookup("#coder-name").tryQuery().isPresent());
        assertThat(driver.fxGet(() -> driver.robot.lookup("#coder-name").queryAs(ComboBox.class).getItems()))
                .as("the project's coders are offered").contains("Amira");
        driver.snapshotWindow("coder-dialog.png", driver.robot.lookup("#coder-name").query());
        driver.fx(() -> driver.robot.lookup("#coder-name").queryAs(ComboBox.class).getEditor().setText("Tom"));
        driver.robot.clickOn("OK");
        driver.waitFor(() -> driver.fxGet(() -> driver.robot.lookup("#coder").queryAs(Hyperlink.class).getText())
                .equals("coder: Tom"));
        driver.settle();
        driver.project().codebook().defineCode("fear", null, null, null);
        assertThat(driver.project().audit().entries(new org.thematica.service.AuditService.Filter("Tom", null, 5)))
                .singleElement().satisfies(e -> assertThat(e.label()).contains("'fear'"));
        assertThat(org.thematica.ui.common.UiPrefs.user().coderName()).as("remembered for the next start")
                .isEqualTo("Tom");

        // Tom chooses his colour: one undoable step; the status bar's swatch shows it
        driver.robot.clickOn("#coder");
        driver.waitFor(() -> driver.robot.lookup("#coder-colour").tryQuery().isPresent());
        driver.fx(() -> driver.robot.lookup("#coder-colour").queryAs(javafx.scene.control.ColorPicker.class)
                .setValue(javafx.scene.paint.Color.web("#CC79A7")));
        driver.robot.clickOn("OK");
        driver.waitFor(() -> "#CC79A7".equals(driver.project().coders().colours().get("Tom")));
        driver.waitFor(() -> driver.fxGet(() -> driver.robot.lookup("#coder-swatch").query().getStyle())
                .contains("#CC79A7"));
        assertThat(driver.project().audit().entries(new org.thematica.service.AuditService.Filter("Tom", null, 5)))
                .as("the colour is a step of its own").hasSize(2);
        driver.project().history().undo();
        driver.waitFor(() -> !"#CC79A7".equals(driver.project().coders().colours().get("Tom")));
        driver.waitFor(() -> !driver.fxGet(() -> driver.robot.lookup("#coder-swatch").query().getStyle())
                .contains("#CC79A7"));
    }
}
