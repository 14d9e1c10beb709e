package org.thematica.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.edit.CreateCodings;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.service.ImportService;
import org.thematica.service.Progress;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.ui.charts.BarChartPane;
import org.thematica.ui.retrieval.PassagesPane;
import org.thematica.ui.transcript.TranscriptContent;
import org.thematica.ui.transcript.TranscriptView;

/**
 * Applying a code in the full window (issue 11, part 3): the demo project plus a real-shaped
 * transcript (1.3 MB in 48,000 short lines) carrying 5,000 codings, opened in the main window
 * at 1600 × 1000 with the dock on the Chart tab, as a user has it. Each way of applying a code
 * is timed from the user's last input (Enter in the code finder, the digit key, the second click
 * of a double-click in the codebook) to the layout pulse that shows both the new highlight and
 * the dock's visible view updated (the chart's new figure; the Passages list holding the new
 * passage when the codebook's first click has switched the dock there). Input goes through the
 * glass robot, so it takes the window's own event path. Between applications everything queued
 * is let finish, so each is timed from a quiet window.
 *
 * <p>Run by hand: {@code java -cp target/test-classes:target/classes:CP org.thematica.bench.ApplyInWindowBenchmark}
 * ({@code -Dbench.applies=50 -Dbench.label=after}); appends to bench/results.md.
 */
public final class ApplyInWindowBenchmark {
    enum Way {
        FINDER("Ctrl+K, type the code's name, Enter (timed from Enter)"),
        DIGIT("digit key 1–9 (a recent code)"),
        CODEBOOK("double-click a code in the codebook (timed from the second click)");

        final String label;

        Way(String label) {
            this.label = label;
        }
    }

    /** One application: the dock tab shown when it was made, and ms to the highlight, the view, both. */
    record Timing(String tab, double highlight, double view, double both, long input, long cpuAtInput) {
    }

    /** What an application cost besides its latency: CPU time of the whole process, and time until all was done. */
    record Cost(double cpuMs, double quietMs) {
    }

    private static final int WARM_UPS = 5;

    private ApplyInWindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        WindowDriver.headless();
        int applies = Integer.getInteger("bench.applies", 50);
        String label = System.getProperty("bench.label", "");
        Path dir = Files.createTempDirectory("thematica-apply-bench");
        Path projectFile = dir.resolve("study.thematica");
        String text = TranscriptGenerator.shortLines(7, 48_000);
        long documentId = build(projectFile, dir, text);
        StringBuilder out = new StringBuilder();
        double loadBefore = MachineInfo.loadAverage();
        try (WindowDriver window = WindowDriver.start(projectFile, dir.resolve("home"))) {
            window.showTab("chart-tab");
            window.fx(() -> {
                window.workbench().context().selection().documentProperty().set(documentId);
                return null;
            });
            TranscriptView area = window.workbench().transcript().area();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.fx(() -> area.length() == text.length()));
            window.settle();
            List<String> codes = window.onProject(p -> p.repos().codes.all().stream().map(Code::name).toList());
            Map<Way, List<Timing>> results = new java.util.LinkedHashMap<>();
            List<Double> finderOpen = new ArrayList<>();
            Random random = new Random(17);
            String only = System.getProperty("bench.ways"); // e.g. FINDER,DIGIT
            List<Way> ways = only == null ? List.of(Way.values())
                    : java.util.Arrays.stream(only.split(",")).map(String::strip).map(Way::valueOf).toList();
            int pace = Integer.getInteger("bench.pace", 0);
            Map<Way, List<Cost>> costs = new java.util.LinkedHashMap<>();
            for (Way way : ways) {
                List<Timing> timings = new ArrayList<>();
                List<Cost> spent = new ArrayList<>();
                long lastInput = 0;
                for (int i = -WARM_UPS; i < applies; i++) {
                    window.showTab("chart-tab");
                    if (pace == 0) {
                        window.settle();
                    } else {
                        // a coder at work: the next code comes `pace` ms after the last, whatever is still running
                        Thread.sleep(Math.max(0, pace - (System.nanoTime() - lastInput) / 1_000_000));
                    }
                    Timing t = applyOnce(window, way, text, codes, random, i >= 0 ? finderOpen : new ArrayList<>());
                    lastInput = t.input();
                    Cost c = null;
                    if (pace == 0) {
                        window.settle();
                        c = new Cost((processCpuNanos() - t.cpuAtInput()) / 1e6, (System.nanoTime() - t.input()) / 1e6);
                    }
                    if (i >= 0) {
                        timings.add(t);
                        if (c != null) {
                            spent.add(c);
                        }
                    }
                }
                results.put(way, timings);
                costs.put(way, spent);
            }
            double loadAfter = MachineInfo.loadAverage();
            out.append("\n## Applying a code in the full window").append(label.isEmpty() ? "" : " (" + label + ")")
                    .append(" — ").append(LocalDate.now()).append("\n\nMachine: ").append(MachineInfo.describe())
                    .append(", JavaFX software pipeline (headless Monocle, 1600 × 1000). Demo project plus a"
                            + " transcript of ").append(String.format(Locale.ROOT, "%.2f MB in %,d lines",
                            text.length() / 1e6, text.lines().count()))
                    .append(" with 5,000 codings of the demo's codes; dock on the Chart tab. ")
                    .append(pace == 0 ? "Each application from a quiet window (all work of the previous one done)"
                            : "One application every " + pace + " ms, whatever is still running")
                    .append(". n = ").append(applies)
                    .append(" per way, after ").append(WARM_UPS).append(" warm-ups; load average (1 min) ")
                    .append(String.format(Locale.ROOT, "%.2f before, %.2f after", loadBefore, loadAfter))
                    .append(". Times from the last input to the layout pulse showing the highlight, the dock's"
                            + " visible view, and both; CPU is the whole process's, from the last input until all"
                            + " work is done (the benchmark's own waiting included).\n\n")
                    .append("| way | dock tab shown | both: median | both: p95 | highlight: median | highlight: p95"
                            + " | view: median | view: p95 | max | CPU per application: median | all work done after:"
                            + " median |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (var e : results.entrySet()) {
                List<Timing> ts = e.getValue();
                String tabs = ts.stream().map(Timing::tab).distinct().reduce((a, b) -> a + ", " + b).orElse("");
                List<Double> both = ts.stream().map(Timing::both).toList();
                List<Double> hl = ts.stream().map(Timing::highlight).toList();
                List<Double> view = ts.stream().map(Timing::view).toList();
                List<Cost> cs = costs.get(e.getKey());
                out.append(String.format(Locale.ROOT, "| %s | %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms"
                                + " | %.0f ms | %.0f ms | %s | %s |%n", e.getKey().label, tabs, median(both), p95(both),
                        median(hl), p95(hl), median(view), p95(view), Collections.max(both),
                        cs.isEmpty() ? "–" : String.format(Locale.ROOT, "%.0f ms",
                                median(cs.stream().map(Cost::cpuMs).toList())),
                        cs.isEmpty() ? "–" : String.format(Locale.ROOT, "%.0f ms",
                                median(cs.stream().map(Cost::quietMs).toList()))));
            }
            out.append(String.format(Locale.ROOT, "%nThe code finder, from Ctrl+K to the finder shown: %.0f ms"
                    + " median, %.0f ms p95 (n = %d).%n", median(finderOpen), p95(finderOpen), finderOpen.size()));
        }
        System.out.print(out);
        Path file = Path.of("bench", "results.md");
        Files.writeString(file, out, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.println("appended to " + file.toAbsolutePath());
        ProjectGenerator.deleteTree(dir);
        System.exit(0);
    }

    /** The demo project, with the transcript imported as an interview and coded 5,000 times with its codes. */
    private static long build(Path projectFile, Path dir, String text) throws Exception {
        org.thematica.cli.DemoProject.build(projectFile, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        Path file = dir.resolve("P09 Long interview.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (Project p = Project.open(projectFile, org.thematica.store.Database.Mode.READ_WRITE,
                Settings.forUser("bench"))) {
            p.imports().importFiles(new ImportService.Request(List.of(file), DocumentKind.INTERVIEW, null, null, null),
                    false, new ArrayList<>(), Progress.NONE);
            Document d = p.repos().documents.byName("P09 Long interview").orElseThrow();
            List<Code> codes = p.repos().codes.all();
            Random random = new Random(11);
            List<Coding> codings = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                int start = random.nextInt(text.length() - 600);
                int end = start + 20 + random.nextInt(500);
                codings.add(new Coding(0, p.newGuid(), d.id(), codes.get(random.nextInt(codes.size())).id(), start, end,
                        text.substring(start, end), p.coder().id(), p.now()));
            }
            p.history().perform("Seed codings", session -> session.apply(new CreateCodings(codings)));
            return d.id();
        }
    }

    /** Selects a passage on screen, applies a code the given way, and times it. */
    private static Timing applyOnce(WindowDriver window, Way way, String text, List<String> codes, Random random,
                                    List<Double> finderOpen) throws Exception {
        TranscriptView area = window.workbench().transcript().area();
        int at = text.indexOf(' ', random.nextInt(text.length() - 2_000)) + 1;
        int end = text.indexOf(' ', at + 15 + random.nextInt(60));
        window.fx(() -> {
            area.showOffset(at);
            return null;
        });
        window.pulse();
        window.fx(() -> {
            area.requestFocus();
            area.selectRange(at, end);
            return null;
        });
        long newestCoding = window.onProject(p -> p.repos().codings.allLive().stream().mapToLong(Coding::id).max()
                .orElse(0));
        Probe probe = new Probe(window, newestCoding);
        Scene scene = window.stage.getScene();
        switch (way) {
            case FINDER -> {
                long[] asked = new long[1];
                long[] shown = new long[1];
                ListChangeListener<Window> windows = c -> {
                    if (asked[0] != 0 && shown[0] == 0 && Window.getWindows().stream().anyMatch(w -> w.isShowing()
                            && w.getScene() != null && w.getScene().lookup("#code-finder-query") != null)) {
                        shown[0] = System.nanoTime();
                    }
                };
                EventHandler<KeyEvent> ctrlK = e -> {
                    if (e.getCode() == KeyCode.K && e.isShortcutDown() && asked[0] == 0) {
                        asked[0] = System.nanoTime();
                    }
                };
                window.fx(() -> {
                    Window.getWindows().addListener(windows);
                    scene.addEventFilter(KeyEvent.KEY_PRESSED, ctrlK);
                    return null;
                });
                window.robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.fx(() -> shown[0] != 0));
                window.fx(() -> {
                    Window.getWindows().removeListener(windows);
                    scene.removeEventFilter(KeyEvent.KEY_PRESSED, ctrlK);
                    return null;
                });
                finderOpen.add((shown[0] - asked[0]) / 1e6);
                window.robot.write(codes.get(random.nextInt(codes.size())));
                Scene popup = window.fx(() -> window.robot.lookup("#code-finder-query").query().getScene());
                return probe.time(popup, KeyEvent.KEY_PRESSED, e -> e.getCode() == KeyCode.ENTER,
                        () -> window.robot.type(KeyCode.ENTER));
            }
            case DIGIT -> {
                int recent = window.fx(() -> window.workbench().context().recentCodes().ids().size());
                KeyCode key = KeyCode.valueOf("DIGIT" + (1 + random.nextInt(Math.max(1, recent))));
                return probe.time(scene, KeyEvent.KEY_PRESSED, e -> e.getCode() == key, () -> window.robot.type(key));
            }
            case CODEBOOK -> {
                String name = ((Labeled) window.fx(() -> visibleCodeCell(scene.getRoot(), codes, random))).getText();
                // looked up at each try: the codebook may have drawn its rows anew since
                return probe.time(scene, MouseEvent.MOUSE_CLICKED, e -> e.getClickCount() == 2,
                        () -> window.robot.doubleClickOn(unchecked(() -> window.fx(() ->
                                visibleCodeCell(scene.getRoot(), List.of(name), random)))));
            }
            default -> throw new IllegalStateException();
        }
    }

    private static <T> T unchecked(java.util.concurrent.Callable<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code's name label in the codebook, on screen. */
    private static Node visibleCodeCell(Parent root, List<String> codes, Random random) {
        List<Node> found = new ArrayList<>();
        for (Node n : root.lookupAll(".codebook-cell")) {
            if (n.isVisible() && n.getScene() != null && n.localToScene(n.getBoundsInLocal()).getMinY() > 0
                    && n.localToScene(n.getBoundsInLocal()).getMaxY() < n.getScene().getHeight() - 40) {
                for (Node label : ((Parent) n).lookupAll(".label")) {
                    if (label instanceof Labeled l && codes.contains(l.getText())) {
                        found.add(label);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no code of the codebook is on screen");
        }
        return found.get(random.nextInt(found.size()));
    }

    /**
     * Watches the window from the user's input on: the pulse that first shows the transcript's new
     * content (the restyle), and the one that first shows the dock's visible view updated.
     */
    private static final class Probe {
        private final WindowDriver window;
        private final long newestCoding;

        Probe(WindowDriver window, long newestCoding) {
            this.window = window;
            this.newestCoding = newestCoding;
        }

        <E extends InputEvent> Timing time(Scene inputScene, EventType<E> type, java.util.function.Predicate<E> last,
                                           Runnable act) throws Exception {
            Scene scene = window.stage.getScene();
            TranscriptView area = window.workbench().transcript().area();
            BarChartPane chart = (BarChartPane) window.fx(() -> scene.lookup("#bar-chart"));
            PassagesPane passages = window.fx(() -> (PassagesPane) scene.lookup("#passages"));
            TranscriptContent before = window.fx(area::content);
            long[] t0 = new long[1];
            long[] cpu0 = new long[1];
            String[] tab = new String[1];
            Object[] viewBefore = new Object[1];
            long[] highlight = new long[1];
            long[] view = new long[1];
            CompletableFuture<Void> done = new CompletableFuture<>();
            EventHandler<E> input = e -> {
                if (t0[0] == 0 && last.test(e)) {
                    t0[0] = System.nanoTime();
                    cpu0[0] = processCpuNanos();
                    tab[0] = ((javafx.scene.control.TabPane) scene.lookup("#dock")).getSelectionModel()
                            .getSelectedItem().getId();
                    viewBefore[0] = chart.canvas().figure();
                }
            };
            List<Long> pulses = new ArrayList<>();
            Runnable pulse = () -> {
                if (t0[0] == 0) {
                    return;
                }
                long now = System.nanoTime();
                pulses.add(now);
                if (highlight[0] == 0 && area.content() != before) {
                    highlight[0] = now;
                }
                if (view[0] == 0 && switch (tab[0]) {
                    case "chart-tab" -> chart.canvas().figure() != viewBefore[0];
                    case "passages-tab" -> passages != null && passages.model().passagesProperty().get() != null
                            && passages.model().passagesProperty().get().rows().stream()
                            .anyMatch(p -> p.coding().id() > newestCoding);
                    default -> true;
                }) {
                    view[0] = now;
                }
                if (highlight[0] != 0 && view[0] != 0) {
                    done.complete(null);
                }
            };
            long[] written = new long[1];
            long[] delivered = new long[1];
            var context = window.workbench().context();
            java.util.function.Consumer<org.thematica.edit.EditHistory.Event> onWrite = e -> written[0] = System.nanoTime();
            java.util.function.Consumer<org.thematica.ui.workbench.ProjectEvents.Change> onDeliver =
                    c -> delivered[0] = System.nanoTime();
            window.fx(() -> {
                inputScene.addEventFilter(type, input);
                scene.addPostLayoutPulseListener(pulse);
                context.project().history().addListener(onWrite);
                context.events().addListener(onDeliver);
                return null;
            });
            act.run();
            // under load the robot's two clicks can arrive too far apart to make a double-click (then
            // nothing was applied): click again
            for (int retry = 0; retry < 3 && !waitUntil(() -> t0[0] != 0, 5_000); retry++) {
                act.run();
            }
            try {
                done.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("not done: input " + (t0[0] != 0) + ", tab " + tab[0] + ", highlight "
                        + (highlight[0] != 0) + ", view " + (view[0] != 0) + "; status line: "
                        + window.fx(() -> window.workbench().context().messageProperty().get()), e);
            } finally {
                window.fx(() -> {
                    inputScene.removeEventFilter(type, input);
                    scene.removePostLayoutPulseListener(pulse);
                    context.project().history().removeListener(onWrite);
                    context.events().removeListener(onDeliver);
                    return null;
                });
                if (Boolean.getBoolean("bench.debug")) {
                    System.err.printf(Locale.ROOT, "written %.0f, delivered %.0f, highlight %.0f, view %.0f ms; %s%n",
                            (written[0] - t0[0]) / 1e6, (delivered[0] - t0[0]) / 1e6, (highlight[0] - t0[0]) / 1e6,
                            (view[0] - t0[0]) / 1e6, window.fx(() -> context.messageProperty().get()));
                    System.err.println("  pulses at " + pulses.stream().map(p -> String.valueOf((p - t0[0]) / 1_000_000))
                            .toList());
                }
            }
            double h = (highlight[0] - t0[0]) / 1e6;
            double v = (view[0] - t0[0]) / 1e6;
            return new Timing(tab[0].replace("-tab", ""), h, v, Math.max(h, v), t0[0], cpu0[0]);
        }

        private boolean waitUntil(java.util.concurrent.Callable<Boolean> condition, long ms) throws Exception {
            long until = System.currentTimeMillis() + ms;
            while (System.currentTimeMillis() < until) {
                if (window.fx(condition)) {
                    return true;
                }
                Thread.sleep(20);
            }
            return false;
        }
    }

    /** CPU time of the whole process so far (every thread, the collector's too). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static double p95(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }
}
