package org.thematica.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.service.Project;
import org.thematica.ui.shell.Workbench;

/** Drives the real application in headless tests: start it, open projects, wait, look. */
final class AppDriver {
    final Stage stage;
    final ThematicaApp app;
    final FxRobot robot = new FxRobot();

    private AppDriver(Stage stage, ThematicaApp app) {
        this.stage = stage;
        this.app = app;
    }

    /** Starts the app as a user would (no arguments: it opens the demo, built in {@code home}). */
    static AppDriver start(Path home) throws Exception {
        System.setProperty("thematica.home", home.toString());
        System.setProperty("thematica.prefs", "org/thematica/test/" + home.getFileName());
        Stage stage = FxToolkit.registerPrimaryStage();
        // the primary stage is shared by every UI test in the JVM: an earlier window may have
        // bound its title, which the app then cannot set
        FxToolkit.setupFixture(() -> stage.titleProperty().unbind());
        ThematicaApp app = (ThematicaApp) FxToolkit.setupApplication(ThematicaApp.class);
        AppDriver driver = new AppDriver(stage, app);
        driver.waitFor(() -> driver.fxGet(() -> app.workbench() != null
                && stage.getScene().getRoot() instanceof org.thematica.ui.shell.MainView));
        return driver;
    }

    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("thematica.home");
        System.clearProperty("thematica.prefs");
    }

    /** Opens a project file in the running app and waits until it is shown. */
    void open(Path file) throws Exception {
        Workbench before = app.workbench();
        WaitForAsyncUtils.asyncFx(() -> app.open(file));
        waitFor(() -> fxGet(() -> app.workbench() != null && app.workbench() != before
                && app.workbench().context().project().file().equals(file)
                && stage.getScene().getRoot() instanceof org.thematica.ui.shell.MainView view
                && view.workbench() == app.workbench()));
    }

    Workbench workbench() {
        return app.workbench();
    }

    Project project() {
        return app.workbench().context().project();
    }

    org.thematica.ui.transcript.TranscriptView area() {
        return app.workbench().transcript().area();
    }

    void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    /** Runs on the FX thread and waits for it. */
    void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts something on the FX thread without waiting for it (it may open a modal dialog). */
    void fxLater(Runnable r) {
        javafx.application.Platform.runLater(r);
    }

    <T> T fxGet(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    /** Waits until the project thread has run everything queued so far, and the FX thread too. */
    void settle() throws Exception {
        Project p = project();
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        app.workbench().context().background().run(() -> null, x -> done.complete(null));
        done.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        if (p != project()) {
            throw new IllegalStateException("project changed while settling");
        }
    }

    void snapshot(String name) throws Exception {
        WritableImage image = fxGet(() -> stage.getScene().snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        File dir = new File("target/screenshots");
        dir.mkdirs();
        ImageIO.write(png, "png", new File(dir, name));
    }

    /** Saves a picture of the window (a dialog, say) that holds {@code node}. */
    void snapshotWindow(String name, javafx.scene.Node node) throws Exception {
        WritableImage image = fxGet(() -> node.getScene().snapshot(null));
        File dir = new File("target/screenshots");
        dir.mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir, name));
    }
}
