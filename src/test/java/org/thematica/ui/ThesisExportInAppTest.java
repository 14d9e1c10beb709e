package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.service.FigureCatalog;

/** File ▸ Export for Thesis… (Ctrl+Shift+E) on the demo: a folder of figures and tables. */
class ThesisExportInAppTest {
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
    void theShortcutOpensTheDialogAndExportWritesTheFolder() throws Exception {
        Path folder = dir.resolve("chapter 4");
        driver.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        driver.waitFor(() -> driver.robot.lookup("#thesis-folder").tryQuery().isPresent());
        TextField field = driver.robot.lookup("#thesis-folder").queryAs(TextField.class);
        assertThat(field.getText()).as("a folder beside the project by default").endsWith("demo figures");
        driver.fx(() -> field.setText(folder.toString()));
        driver.snapshotWindow("thesis-export-dialog.png", field);
        driver.robot.clickOn("Export");
        int expected = FigureCatalog.all().size() * 2 + 2; // PNG and PDF by default, two Word tables
        driver.waitFor(() -> Files.isDirectory(folder) && Files.list(folder).count() == expected);
        driver.waitFor(() -> driver.fxGet(() -> driver.workbench().context().messageProperty().get())
                .startsWith("Exported " + expected + " files"));
        assertThat(folder.resolve("theme-frequencies.pdf")).exists();
        assertThat(folder.resolve("theme-frequencies.png")).exists();
    }
}
