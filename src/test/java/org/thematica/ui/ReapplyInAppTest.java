package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * Applying a code to a passage it already codes (the same coder) is refused quietly, on the
 * status line; before, it opened a "Something went wrong" dialog (issue 11, found on the way).
 */
class ReapplyInAppTest {
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

    private String status() throws Exception {
        return driver.fxGet(() -> driver.workbench().context().messageProperty().get());
    }

    private boolean dialogShown() throws Exception {
        return driver.fxGet(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane));
    }

    @Test
    void reapplyingTheSameCodeToTheSamePassageIsAStatusLineNote() throws Exception {
        WorkbenchContext context = driver.workbench().context();
        Document interview = driver.project().repos().documents.all().stream()
                .filter(d -> d.kind() == DocumentKind.INTERVIEW).findFirst().orElseThrow();
        driver.fx(() -> context.selection().documentProperty().set(interview.id()));
        driver.waitFor(() -> driver.fxGet(() -> driver.area().length() > 100));
        driver.fx(() -> {
            driver.area().requestFocus();
            driver.area().selectRange(40, 70);
        });
        int before = driver.project().repos().codings.allLive().size();

        driver.fx(() -> context.applyCodeNamed("said twice"));
        driver.waitFor(() -> status().startsWith("Coded"));
        long code = driver.project().repos().codes.byName("said twice").orElseThrow().id();

        // again, by name (the code finder) and by id (a digit key, the codebook)
        driver.fx(() -> context.applyCodeNamed("said twice"));
        driver.settle();
        assertThat(status()).startsWith("This passage is already coded as 'said twice'").endsWith("Nothing was coded.");
        assertThat(dialogShown()).as("no error dialog").isFalse();
        driver.fx(() -> context.say(""));
        driver.fx(() -> context.applyCode(code));
        driver.settle();
        assertThat(status()).startsWith("This passage is already coded as 'said twice'");
        assertThat(dialogShown()).as("no error dialog").isFalse();
        assertThat(driver.project().repos().codings.allLive()).hasSize(before + 1);
        driver.snapshot("reapply-status-line.png");
    }
}
