package org.thematica.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollBar;
import org.thematica.service.WorkspaceService.DocumentRow;
import org.thematica.ui.charts.BarChartPane;
import org.thematica.ui.charts.BarChartViewModel;
import org.thematica.ui.transcript.TranscriptContent;

/**
 * One child process of {@link FullWindowBenchmark}: starts the real app on a project (as
 * {@link AppWindow} does), puts the dock on the Chart tab as a user has it, and runs the probes
 * named on its command line, in order. Each probe prints its samples as lines
 * {@code RESULT name value} (times in ms, memory in MB) for the parent to collect.
 *
 * <p><b>Adding a row</b> (import until codable, start-up, the search pane's count, ...): write a
 * {@link Probe} here that drives the window as a user would and reports its samples, register it
 * in {@link #PROBES}, and add a {@link FullWindowBenchmark.Row} reading them.
 *
 * <p>{@code FullWindowProbe --project P --home H --document NAME --other NAME --probes open,scroll}
 */
public final class FullWindowProbe {
    /** One measurement in the running window. */
    interface Probe {
        void run(AppWindow w, Args args, Out out) throws Exception;
    }

    /** What the parent asked for: the document to open, another one to switch to, and the probes. */
    record Args(Path project, Path home, String document, String other, List<String> probes, int applies) {
        static Args parse(String[] a) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i + 1 < a.length; i += 2) {
                m.put(a[i].replaceFirst("^--", ""), a[i + 1]);
            }
            return new Args(Path.of(m.get("project")), Path.of(m.get("home")), m.get("document"), m.get("other"),
                    List.of(m.getOrDefault("probes", "open").split(",")), Integer.parseInt(m.getOrDefault("applies", "10")));
        }
    }

    /** The samples, printed as the parent reads them. */
    static final class Out {
        void sample(String name, double value) {
            System.out.printf(Locale.ROOT, "RESULT %s %.3f%n", name, value);
            System.out.flush();
        }

        void note(String text) {
            System.out.println("NOTE " + text);
            System.out.flush();
        }
    }

    /** The probes by name; the parent lists those it wants per process. */
    static final Map<String, Probe> PROBES = Map.of(
            "open", FullWindowProbe::open,
            "scroll", FullWindowProbe::scroll,
            "apply", ApplyProbe::apply,
            "memory", FullWindowProbe::memory,
            "startup", FullWindowProbe::startup,
            "screenshot", FullWindowProbe::screenshot);

    /** How many times the warm open is repeated in one process. */
    static final int WARM_OPENS = 3;

    private FullWindowProbe() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv);
        AppWindow.configureHeadless(args.home());
        Out out = new Out();
        try {
            AppWindow w = AppWindow.start(args.project());
            w.showDockTab("chart-tab");
            waitForChart(w);
            w.settle();
            for (String name : args.probes()) {
                Probe p = PROBES.get(name);
                if (p == null) {
                    throw new IllegalArgumentException("no probe " + name + "; known: " + PROBES.keySet());
                }
                p.run(w, args, out);
            }
        } catch (Throwable t) {
            t.printStackTrace();
            System.out.println("FAILED " + t);
            System.out.flush();
            Runtime.getRuntime().halt(2);
        }
        Runtime.getRuntime().halt(0); // no shutdown work (backups on close) in the figures
    }

    static BarChartViewModel chart(AppWindow w) {
        return ((BarChartPane) w.lookup("#bar-chart")).model();
    }

    private static void waitForChart(AppWindow w) throws Exception {
        AppWindow.waitUntil(120_000, () -> {
            try {
                return w.fx(() -> chart(w).chartProperty().get() != null);
            } catch (Exception e) {
                return false;
            }
        });
    }

    // ---- open -----------------------------------------------------------------------------------

    /**
     * Chooses the document in the Documents pane (a click on its row) and times until the layout
     * pulse that painted its first screen of text: once as the first open of the session, then
     * {@link #WARM_OPENS} times more after switching to another document and back.
     */
    static void open(AppWindow w, Args args, Out out) throws Exception {
        out.sample("open.cold", openDocument(w, args.document()));
        for (int i = 0; i < WARM_OPENS; i++) {
            openDocument(w, args.other());
            out.sample("open.warm", openDocument(w, args.document()));
        }
    }

    /** Clicks the document's row and returns the ms to the pulse that painted its text. */
    static double openDocument(AppWindow w, String name) throws Exception {
        w.settle();
        CompletableFuture<Double> painted = new CompletableFuture<>();
        w.fx(() -> {
            Bounds row = w.cellOnScreen("#documents", item -> item instanceof DocumentRow r
                    && r.document().name().equals(name)).orElseThrow(() -> new IllegalStateException(
                    "no row for " + name + " in the Documents pane"));
            long start = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (shows(w, name)) {
                    w.scene().removePostLayoutPulseListener(listener[0]);
                    painted.complete((System.nanoTime() - start) / 1e6);
                }
            };
            w.scene().addPostLayoutPulseListener(listener[0]);
            w.click(row);
            return null;
        });
        return painted.get(120, TimeUnit.SECONDS);
    }

    /** On the FX thread: the transcript shows this document with rows laid out (and so painted). */
    private static boolean shows(AppWindow w, String name) {
        TranscriptContent c = w.area().content();
        return c != null && c.transcript().document().name().equals(name)
                && w.workbench().transcript().getCenter() == w.area()
                && w.area().lookupAll(".paragraph-box").stream().anyMatch(n -> n.isVisible()
                && n.getLayoutBounds().getHeight() > 0);
    }

    // ---- scroll ---------------------------------------------------------------------------------

    /**
     * One wheel step (the robot's wheel over the text) and one jump (a row far away shown at the
     * top, as dragging the scroll bar's thumb does), each timed two ways: the work, from the event
     * to the end of the layout pass that showed it (CSS, layout, the rows painted), and the wait
     * to that pulse, which adds the time until the pulse timer fires (up to a frame).
     */
    static void scroll(AppWindow w, Args args, Out out) throws Exception {
        ensureOpen(w, args.document());
        Bounds text = w.fx(() -> w.area().localToScreen(w.area().getLayoutBounds()));
        w.fx(() -> {
            w.robot().mouseMove(text.getCenterX(), text.getCenterY());
            return null;
        });
        w.fx(() -> {
            w.area().showRowAtTop(w.area().rowCount() / 2);
            return null;
        });
        w.settle();
        for (int i = 0; i < 60; i++) {
            // Monocle's wheel: a negative amount is a notch towards the user (the text moves up)
            double[] t = untilScrolled(w, () -> w.robot().mouseWheel(-1));
            out.sample("scroll.wheel.work", t[0]);
            out.sample("scroll.wheel.pulse", t[1]);
        }
        int rows = w.fx(() -> w.area().rowCount());
        Random random = new Random(5);
        for (int i = 0; i < 40; i++) {
            int target = random.nextInt(rows);
            double[] t = untilScrolled(w, () -> w.area().showRowAtTop(target));
            out.sample("scroll.jump.work", t[0]);
            out.sample("scroll.jump.pulse", t[1]);
        }
    }

    /** {work, to the pulse}: see {@link #scroll}. */
    private static double[] untilScrolled(AppWindow w, Runnable gesture) throws Exception {
        w.pulse();
        CompletableFuture<double[]> done = new CompletableFuture<>();
        w.fx(() -> {
            ScrollBar bar = verticalBar(w);
            double before = bar.getValue();
            long[] pre = new long[1];
            Runnable[] listeners = new Runnable[2];
            long start = System.nanoTime();
            listeners[0] = () -> pre[0] = System.nanoTime();
            listeners[1] = () -> {
                if (bar.getValue() != before) {
                    long end = System.nanoTime();
                    w.scene().removePreLayoutPulseListener(listeners[0]);
                    w.scene().removePostLayoutPulseListener(listeners[1]);
                    done.complete(new double[] {(handled[0] - start + end - pre[0]) / 1e6, (end - start) / 1e6});
                }
            };
            w.scene().addPreLayoutPulseListener(listeners[0]);
            w.scene().addPostLayoutPulseListener(listeners[1]);
            gesture.run();
            handled[0] = System.nanoTime();
            javafx.application.Platform.requestNextPulse();
            return null;
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    /** When the last gesture's handler returned (FX thread only). */
    private static final long[] handled = new long[1];

    private static ScrollBar verticalBar(AppWindow w) {
        return w.area().lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.VERTICAL).map(n -> (ScrollBar) n).findFirst()
                .orElseThrow();
    }

    static void ensureOpen(AppWindow w, String name) throws Exception {
        if (!w.fx(() -> shows(w, name))) {
            openDocument(w, name);
        }
        w.settle();
    }

    // ---- memory and start-up --------------------------------------------------------------------

    /** The process's peak resident set so far (VmHWM), its resident set now, and the heap in use now. */
    static void memory(AppWindow w, Args args, Out out) throws Exception {
        long[] rss = AppWindow.residentMb();
        out.sample("memory.peakRss", rss[0]);
        out.sample("memory.rss", rss[1]);
        out.sample("memory.heapUsed", java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()
                .getUsed() / (1024.0 * 1024));
    }

    /** A picture of the window as it is now, into the app's home folder (window.png), to look at. */
    static void screenshot(AppWindow w, Args args, Out out) throws Exception {
        var image = w.fx(() -> w.scene().snapshot(null));
        Path file = java.nio.file.Files.createDirectories(args.home()).resolve("window.png");
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        out.note("screenshot: " + file);
    }

    /**
     * From the JVM's start to the main window with the project open (as {@link AppWindow#start}
     * first saw it). A hook for the start-up row (issue 11, must have 5); not a target of this probe.
     */
    static void startup(AppWindow w, Args args, Out out) {
        out.sample("startup.mainWindow", w.mainWindowMillis - w.jvmStartMillis);
    }
}
