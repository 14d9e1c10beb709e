package org.thematica.bench;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.thematica.Launcher;
import org.thematica.ui.shell.MainView;
import org.thematica.ui.shell.Workbench;
import org.thematica.ui.transcript.TranscriptView;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The real application in this JVM, started as a user starts it ({@link Launcher}, a project
 * file as argument) on a headless Monocle screen, and driven as a user drives it: through the
 * glass robot (clicks, keys, the wheel), so every event runs the app's own handlers. For the
 * full-window benchmark's child processes ({@link FullWindowProbe}); it never touches the
 * project itself, only the window.
 */
final class AppWindow {
    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;

    /** When this JVM started (for start-up rows: from here to a usable window). */
    final long jvmStartMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    /** When {@link #start} saw the main window with the project open, in {@link System#currentTimeMillis()}. */
    long mainWindowMillis;
    private Stage stage;
    private Robot robot;

    private AppWindow() {
    }

    /** The headless screen and the app's folders: set before JavaFX or the app reads them. */
    static void configureHeadless(Path home) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", WIDTH + "x" + HEIGHT + "-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("thematica.home", home.toString());
        System.setProperty("thematica.prefs", "org/thematica/bench/" + ProcessHandle.current().pid());
    }

    /** Starts the app on {@code project} and waits for its main window, sized {@link #WIDTH}×{@link #HEIGHT}. */
    static AppWindow start(Path project) throws Exception {
        Thread launcher = new Thread(() -> Launcher.main(new String[] {project.toString()}), "launcher");
        launcher.setDaemon(true);
        launcher.start();
        AppWindow w = new AppWindow();
        waitUntil(120_000, () -> mainStage().isPresent());
        w.stage = mainStage().orElseThrow();
        w.mainWindowMillis = System.currentTimeMillis();
        w.fx(() -> {
            w.stage.setX(0);
            w.stage.setY(0);
            w.stage.setWidth(WIDTH);
            w.stage.setHeight(HEIGHT);
            w.robot = new Robot();
            return null;
        });
        w.settle();
        return w;
    }

    private static Optional<Stage> mainStage() {
        CompletableFuture<Optional<Stage>> f = new CompletableFuture<>();
        try {
            Platform.runLater(() -> f.complete(Window.getWindows().stream()
                    .filter(x -> x instanceof Stage s && s.getScene() != null
                            && s.getScene().getRoot() instanceof MainView)
                    .map(x -> (Stage) x).findFirst()));
        } catch (IllegalStateException notYet) {
            return Optional.empty(); // the toolkit has not started
        }
        try {
            return f.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    Stage stage() {
        return stage;
    }

    Scene scene() {
        return stage.getScene();
    }

    /** On the FX thread: the workbench shown now. */
    Workbench workbench() {
        return ((MainView) stage.getScene().getRoot()).workbench();
    }

    /** On the FX thread. */
    WorkbenchContext context() {
        return workbench().context();
    }

    /** On the FX thread. */
    TranscriptView area() {
        return workbench().transcript().area();
    }

    /** On the FX thread. */
    Robot robot() {
        return robot;
    }

    /** On the FX thread: a node of the main window by CSS selector ("#dock", "#bar-chart"). */
    <T extends Node> T lookup(String selector) {
        @SuppressWarnings("unchecked")
        T node = (T) stage.getScene().lookup(selector);
        if (node == null) {
            throw new IllegalStateException("no " + selector + " in the window");
        }
        return node;
    }

    /** Shows a tab of the dock below the transcript ("chart-tab", "search-tab", ...), as a click on it does. */
    void showDockTab(String tabId) throws Exception {
        fx(() -> {
            TabPane dock = lookup("#dock");
            dock.getSelectionModel().select(dock.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .orElseThrow());
            return null;
        });
    }

    /** On the FX thread: whether that tab of the dock is the one shown. */
    boolean dockShows(String tabId) {
        TabPane dock = lookup("#dock");
        return tabId.equals(dock.getSelectionModel().getSelectedItem().getId());
    }

    /** On the FX thread: the middle of the visible tree cell holding {@code item}'s row, on screen. */
    Optional<Bounds> cellOnScreen(String treeSelector, java.util.function.Predicate<Object> item) {
        Node tree = lookup(treeSelector);
        return tree.lookupAll(".tree-cell").stream().filter(n -> n instanceof TreeCell<?> c && !c.isEmpty()
                && c.isVisible() && item.test(c.getItem())).findFirst().map(n -> n.localToScreen(n.getBoundsInLocal()));
    }

    /** On the FX thread: a press and release of the primary button at the middle of {@code b}. */
    void click(Bounds b) {
        robot.mouseMove(b.getCenterX(), b.getCenterY());
        robot.mouseClick(MouseButton.PRIMARY);
    }

    /** On the FX thread: keys pressed together and released in reverse order (Ctrl+K: CONTROL, K). */
    void keys(KeyCode... codes) {
        for (KeyCode c : codes) {
            robot.keyPress(c);
        }
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.keyRelease(codes[i]);
        }
    }

    /** On the FX thread: types lower-case letters, digits and spaces. */
    void type(String text) {
        for (char c : text.toCharArray()) {
            robot.keyType(c == ' ' ? KeyCode.SPACE : Character.isDigit(c) ? KeyCode.valueOf("DIGIT" + c)
                    : KeyCode.valueOf(String.valueOf(Character.toUpperCase(c))));
        }
    }

    /**
     * Waits until the app is idle: everything queued on the project thread and the analysis thread
     * has run, then the FX thread's queue, then two pulses.
     */
    void settle() throws Exception {
        for (int round = 0; round < 2; round++) {
            CompletableFuture<Void> project = new CompletableFuture<>();
            CompletableFuture<Void> compute = new CompletableFuture<>();
            fx(() -> {
                context().background().run(() -> null, x -> project.complete(null));
                context().compute().run(() -> null, x -> compute.complete(null));
                return null;
            });
            project.get(120, TimeUnit.SECONDS);
            compute.get(120, TimeUnit.SECONDS);
            pulse();
            pulse();
        }
    }

    /** Waits for the next layout pulse of the main window. */
    void pulse() throws Exception {
        CompletableFuture<Void> pulsed = new CompletableFuture<>();
        fx(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene().removePostLayoutPulseListener(listener[0]);
                pulsed.complete(null);
            };
            scene().addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
            return null;
        });
        pulsed.get(60, TimeUnit.SECONDS);
    }

    /** Runs on the FX thread and waits for the result. */
    <T> T fx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    static void waitUntil(long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out after " + millis + " ms");
            }
            Thread.sleep(20);
        }
    }

    /** This process's peak and current resident set (VmHWM, VmRSS from /proc/self/status), in MB; -1 elsewhere. */
    static long[] residentMb() {
        long peak = -1;
        long now = -1;
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    peak = kb(line) / 1024;
                } else if (line.startsWith("VmRSS:")) {
                    now = kb(line) / 1024;
                }
            }
        } catch (java.io.IOException e) {
            // not Linux: no figure
        }
        return new long[] {peak, now};
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
