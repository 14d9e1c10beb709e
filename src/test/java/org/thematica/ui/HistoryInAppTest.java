package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Verdict;
import org.thematica.service.AuditService;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.testing.TestProjects;

/** Edit ▸ History…: the audit trail in the window, and "changes since my last review" in one click (issue 12). */
class HistoryInAppTest {
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
    void oneClickShowsTheCodingsChangedSinceTheReviewersLastVerdict() throws Exception {
        Path file = dir.resolve("reviewed.thematica");
        String me = driver.project().coderName(); // the app's coder (a remembered choice, or the login name)
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-02T10:00:00Z"));
        try (Project p = Project.create(file, new Settings("Amira", now::get, () -> UUID.randomUUID().toString()))) {
            TestProjects.importText(p, dir, "P01", "The militias filled the vacuum after the withdrawal.");
            String early = p.coding().codeMatch("P01", "vacuum", "filled the vacuum", 1, null).guid();
            now.set(Instant.parse("2026-11-10T08:00:00Z"));
            p.coding().codeMatch("P01", "vacuum", "after the withdrawal", 1, null); // reviewed the same day, before
            now.set(Instant.parse("2026-11-10T09:00:00Z"));
            p.actAs(me);
            p.reviews().judgeCoding(early, Verdict.AGREE, "");
            now.set(Instant.parse("2026-11-12T09:00:00Z"));
            p.actAs("Amira");
            p.coding().codeMatch("P01", "militias", "The militias", 1, null);
            p.codebook().defineCode("withdrawal", null, "the event", null);
        }
        driver.open(file);
        driver.fx(() -> org.thematica.ui.history.HistoryWindow.show(driver.stage, driver.workbench().context()));
        driver.waitFor(() -> driver.robot.lookup("#history-table").tryQuery().isPresent());
        driver.settle();
        assertThat(rows()).extracting(AuditService.Entry::label).hasSize(6);
        driver.robot.clickOn("#history-since-review");
        driver.waitFor(() -> rows().size() == 1);
        assertThat(rows().get(0).label()).contains("'militias'");
        assertThat(rows().get(0).coder()).isEqualTo("Amira");
        assertThat(driver.fxGet(() -> ((javafx.scene.control.Label) driver.robot.lookup(".label")
                .match(n -> ((javafx.scene.control.Label) n).getText().startsWith("1 step since your last review"))
                .query()).getText())).endsWith("2026-11-10 09:00:00 UTC");
        driver.snapshotWindow("history-since-review.png", driver.robot.lookup("#history-table").query());
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<AuditService.Entry> rows() throws Exception {
        return driver.fxGet(() -> java.util.List.copyOf(
                driver.robot.lookup("#history-table").queryAs(TableView.class).getItems()));
    }
}
