package org.thematica.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.ui.ThematicaApp;
import org.thematica.ui.common.Background;
import org.thematica.ui.shell.MainView;
import org.thematica.ui.shell.Workbench;

/**
 * The real main window for a benchmark, headless (Monocle, software rendering) at 1600 × 1000:
 * started as the launcher starts it, on a project file, with its own home and preferences.
 * Input goes through TestFX's glass robot, so keys and clicks take the window's own event path.
 */
final class WindowDriver implements AutoCloseable {
    final Stage stage;
    final ThematicaApp app;
    final FxRobot robot = new FxRobot();
    private final String prefs;

    private WindowDriver(Stage stage, ThematicaApp app, String prefs) {
        this.stage = stage;
        this.app = app;
        this.prefs = prefs;
    }

    /** Sets the headless toolkit's properties; call before anything touches JavaFX. */
    static void headless() {
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "true");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", "1600x1000-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    /** Starts the app on {@code project} with a fresh home and preferences, and waits for its window. */
    static WindowDriver start(Path project, Path home) throws Exception {
        String prefs = "org/thematica/bench/" + home.getFileName();
        System.setProperty("thematica.home", home.toString());
        System.setProperty("thematica.prefs", prefs);
        Stage stage = FxToolkit.registerPrimaryStage();
        ThematicaApp app = (ThematicaApp) FxToolkit.setupApplication(ThematicaApp.class, project.toString());
        WindowDriver window = new WindowDriver(stage, app, prefs);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.fx(() -> stage.getScene().getRoot()
                instanceof MainView));
        window.fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
            return null;
        });
        return window;
    }

    MainView view() throws Exception {
        return fx(() -> (MainView) stage.getScene().getRoot());
    }

    Workbench workbench() throws Exception {
        return view().workbench();
    }

    /** Selects the dock's tab with this id ("chart-tab", "passages-tab", ...), as a click on it would. */
    void showTab(String id) throws Exception {
        fx(() -> {
            TabPane dock = (TabPane) stage.getScene().lookup("#dock");
            dock.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> dock.getSelectionModel().select(t));
            return null;
        });
    }

    /** The id of the dock's tab shown now. */
    String shownTab() throws Exception {
        return fx(() -> ((TabPane) stage.getScene().lookup("#dock")).getSelectionModel().getSelectedItem().getId());
    }

    /**
     * Waits until the project thread and the analysis thread have run everything queued, and
     * what they handed back to the FX thread, several rounds over (work hops between them).
     */
    void settle() throws Exception {
        Workbench w = workbench();
        for (int round = 0; round < 4; round++) {
            drain(w.context().background());
            drain(w.context().compute());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static void drain(Background thread) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        thread.run(() -> null, x -> done.complete(null));
        done.get(120, TimeUnit.SECONDS);
    }

    /** Reads the project on its own thread (the only one allowed to touch it) and waits for the result. */
    <T> T onProject(ProjectWork<T> work) throws Exception {
        Workbench w = workbench();
        CompletableFuture<T> result = new CompletableFuture<>();
        w.context().background().run(() -> work.run(w.context().project()), result::complete);
        return result.get(120, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    interface ProjectWork<T> {
        T run(org.thematica.service.Project project) throws Exception;
    }

    /** Runs on the FX thread and waits for the result. */
    <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    }

    /** Waits for the next layout pulse. */
    void pulse() throws Exception {
        CompletableFuture<Void> pulsed = new CompletableFuture<>();
        Platform.runLater(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(listener[0]);
                pulsed.complete(null);
            };
            stage.getScene().addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        pulsed.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        java.util.prefs.Preferences.userRoot().node(prefs).removeNode();
        System.clearProperty("thematica.home");
        System.clearProperty("thematica.prefs");
    }
}
