package org.thematica.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.thematica.edit.CreateCode;
import org.thematica.edit.CreateCodings;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.model.Palette;
import org.thematica.service.ImportService;
import org.thematica.service.Progress;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.ui.common.Background;
import org.thematica.ui.transcript.TranscriptPane;
import org.thematica.ui.transcript.TranscriptViewModel;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The coding view on a large transcript: a 1.3 MB transcript with 5,000 overlapping codings
 * (30 codes) is opened in the real transcript pane (headless JavaFX, software rendering) and
 * timed to the first layout pulse after the text is shown; then scrolling (one layout pulse
 * per jump of ~50 paragraphs) and applying one code end to end (write, undo entry, restyle,
 * next pulse). Repeated; median and spread printed and appended to bench/results.md.
 */
public final class TranscriptBenchmark {
    /** Codes applied per run, each at another place: enough for a p95 over the runs. */
    static final int APPLIES = 10;

    private TranscriptBenchmark() {
    }

    /** The transcripts measured. */
    enum Shape {
        /** Like the largest real transcript: 1.3 MB in 48,000 short lines (DESIGN.md, issue 9). */
        SHORT_LINES_NO_CODINGS("1.3 MB in 48,000 short lines, no codings", 0),
        SHORT_LINES("1.3 MB in 48,000 short lines, 5,000 codings", 5_000),
        /** The earlier shape: 1,908 long paragraphs. */
        LONG_PARAGRAPHS("1.3 MB in 1,908 long paragraphs, 5,000 codings", 5_000),
        /** Real-shaped (issue 11): timestamped speaker turns, ~11,500 turns in 48,000 lines, 20 speakers. */
        REAL_NO_CODINGS("real-shaped, 48,000 lines, no codings", 0),
        REAL_5000("real-shaped, 48,000 lines, 5,000 codings", 5_000),
        REAL_20000("real-shaped, 48,000 lines, 20,000 codings", 20_000);

        final String label;
        final int codings;

        Shape(String label, int codings) {
            this.label = label;
            this.codings = codings;
        }

        String text() {
            return switch (this) {
                case LONG_PARAGRAPHS -> TranscriptGenerator.generate(7, 185_000);
                case REAL_NO_CODINGS, REAL_5000, REAL_20000 -> RealShapedProject.largeText();
                default -> TranscriptGenerator.shortLines(7, 48_000);
            };
        }
    }

    /**
     * What the runs measured (times in ms; scroll and wheel pooled over all runs), the JVM's peak
     * heap, and the transcript's size.
     */
    record Result(List<Double> open, List<Double> scroll, List<Double> wheel, List<Double> apply, long heapMb,
                  double megabytes, long paragraphs, long retainedMb) {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        String only = System.getProperty("bench.shapes"); // e.g. SHORT_LINES,LONG_PARAGRAPHS
        List<Shape> shapes = only == null ? List.of(Shape.SHORT_LINES_NO_CODINGS, Shape.SHORT_LINES, Shape.LONG_PARAGRAPHS)
                : java.util.Arrays.stream(only.split(",")).map(String::strip).map(Shape::valueOf).toList();
        Map<Shape, Result> results = run(runs, shapes);
        String machine = MachineInfo.describe() + ", JavaFX software pipeline (headless Monocle)";
        StringBuilder section = new StringBuilder("\n## Coding view on a large transcript — " + LocalDate.now()
                + "\n\nMachine: " + machine + ". " + runs + " runs after a warm-up; scroll figures pool 40 jumps and 60"
                + " wheel steps per run; apply figures pool " + APPLIES + " codes per run, each on a passage on screen, "
                + "timed from the command to the layout pulse that painted its highlight.\n");
        for (Map.Entry<Shape, Result> e : results.entrySet()) {
            Result r = e.getValue();
            String table = "| measure | median | p95 | min | max |\n|---|---|---|---|---|\n"
                    + row("open + first paint", r.open())
                    + row("scroll: one jump of ~50 rows, to next layout pulse", r.scroll())
                    + row("scroll: one wheel step (60 px), to next layout pulse", r.wheel())
                    + (r.apply().isEmpty() ? "" : row("apply one code: write + undo entry + restyle + paint", r.apply()))
                    + String.format(Locale.ROOT, "| heap in use with the document open, after a full GC (most of the runs) | %d MB | | | |%n",
                    r.retainedMb())
                    + String.format(Locale.ROOT, "| peak heap (sum of the pools' peaks, all shapes so far, garbage included) | %d MB | | | |%n",
                    r.heapMb());
            section.append(String.format(Locale.ROOT, "%n### %s (%.2f MB, %,d lines)%n%n", e.getKey().label,
                    r.megabytes(), r.paragraphs())).append(table);
        }
        System.out.print(section);
        Path file = Path.of("bench", "results.md");
        Files.writeString(file, section, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.println("appended to " + file.toAbsolutePath());
        System.exit(0);
    }

    /** The real-shaped transcript with 5,000 codings, for benchmarks that report it beside their own. */
    static Result run(int runs) throws Exception {
        return run(runs, List.of(Shape.SHORT_LINES)).get(Shape.SHORT_LINES);
    }

    /**
     * Builds each shape's project in a temp folder, starts JavaFX (headless Monocle, software
     * rendering), measures {@code runs} runs of each after a warm-up, and stops JavaFX again (so it
     * runs once per JVM).
     */
    static Map<Shape, Result> run(int runs, List<Shape> shapes) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false); // stages come and go between runs; keep the toolkit
        Map<Shape, Result> results = new java.util.LinkedHashMap<>();
        for (Shape shape : shapes) {
            results.put(shape, run(runs, shape));
        }
        Platform.exit();
        return results;
    }

    private static Result run(int runs, Shape shape) throws Exception {
        Path dir = Files.createTempDirectory("thematica-transcript-bench");
        Path file = dir.resolve("large.txt");
        String text = shape.text();
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Path projectFile = dir.resolve("bench.thematica");
        long documentId;
        try (Project p = Project.create(projectFile, Settings.forUser("bench"))) {
            p.imports().importFiles(new ImportService.Request(List.of(file), DocumentKind.INTERVIEW, null, null, null),
                    false, new ArrayList<>(), Progress.NONE);
            Document d = p.repos().documents.all().get(0);
            documentId = d.id();
            if (shape.codings > 0) {
                seedCodings(p, d, text, shape.codings);
            }
        }
        List<Double> open = new ArrayList<>();
        List<Double> scroll = new ArrayList<>();
        List<Double> apply = new ArrayList<>();
        List<Double> wheel = new ArrayList<>();
        long retained = 0;
        for (int run = -1; run < runs; run++) { // one warm-up
            try (Project p = Project.open(projectFile, org.thematica.store.Database.Mode.READ_WRITE,
                    Settings.forUser("bench")); Background bg = new Background(Throwable::printStackTrace)) {
                Measured m = measure(p, bg, documentId);
                if (run >= 0) {
                    open.add(m.openMs());
                    scroll.addAll(m.scrollMs());
                    wheel.addAll(m.wheelMs());
                    apply.addAll(m.applyMs());
                    retained = Math.max(retained, m.retainedMb());
                }
                for (int k = 0; k < APPLIES; k++) {
                    p.history().undo(); // leave the project as it was for the next run
                }
            }
        }
        ProjectGenerator.deleteTree(dir);
        return new Result(open, scroll, wheel, apply, peakHeapMb(), text.length() / 1e6, text.lines().count(),
                retained);
    }

    private record Measured(double openMs, List<Double> scrollMs, List<Double> wheelMs, List<Double> applyMs,
                            long retainedMb) {
    }

    private static Measured measure(Project p, Background bg, long documentId) throws Exception {
        CompletableFuture<Object[]> built = new CompletableFuture<>();
        Platform.runLater(() -> {
            WorkbenchContext context = new WorkbenchContext(p, bg);
            TranscriptPane pane = new TranscriptPane(new TranscriptViewModel(context));
            Stage stage = new Stage();
            Scene scene = new Scene(pane, 1000, 800);
            // the app's stylesheet, as in the window: its looked-up colours (-th-turn) and rules cost time too
            scene.getStylesheets().add(org.thematica.ui.ThematicaApp.class.getResource("app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            pane.activate();
            built.complete(new Object[] {context, pane, stage});
        });
        Object[] parts = built.get(30, TimeUnit.SECONDS);
        WorkbenchContext context = (WorkbenchContext) parts[0];
        TranscriptPane pane = (TranscriptPane) parts[1];
        Stage stage = (Stage) parts[2];

        // open: from choosing the document to the first layout pulse with its text
        CompletableFuture<Long> painted = new CompletableFuture<>();
        long start = System.nanoTime();
        Platform.runLater(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (pane.area().length() > 0) {
                    painted.complete(System.nanoTime());
                    stage.getScene().removePostLayoutPulseListener(listener[0]);
                }
            };
            stage.getScene().addPostLayoutPulseListener(listener[0]);
            context.selection().documentProperty().set(documentId);
        });
        double openMs = (painted.get(60, TimeUnit.SECONDS) - start) / 1e6;
        long retainedMb = retainedHeapMb();

        List<Double> scrolls = new ArrayList<>();
        Random random = new Random(3);
        int paragraphs = onFx(() -> pane.area().rowCount());
        for (int i = 0; i < 40; i++) {
            int target = Math.min(paragraphs - 1, (i * 50 + random.nextInt(20)) % paragraphs);
            scrolls.add(untilPulse(stage, () -> pane.area().showRowAtTop(target)));
        }

        List<Double> wheel = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            wheel.add(untilPulse(stage, () -> pane.area().scrollYBy(60)));
        }

        // apply a code to a passage on screen, end to end: from the command to the layout pulse that
        // painted its highlight; several per run, each at another place, for a p95
        List<Double> applies = new ArrayList<>();
        String text = onFx(() -> pane.area().text());
        int from = text.length() / 10;
        for (int k = 0; k < APPLIES; k++) {
            int at = text.indexOf("security", from);
            from = at + text.length() / (2 * APPLIES);
            onFx(() -> {
                pane.area().showOffset(at);
                return null;
            });
            untilPulse(stage, () -> { });
            CompletableFuture<Long> restyled = new CompletableFuture<>();
            long[] applyStart = new long[1];
            String code = "benchmark code " + k;
            Platform.runLater(() -> {
                pane.area().selectRange(at, at + 20);
                Runnable[] listener = new Runnable[1];
                String before = pane.area().highlightAt(at + 1).toString();
                listener[0] = () -> {
                    if (!pane.area().highlightAt(at + 1).toString().equals(before)) {
                        restyled.complete(System.nanoTime());
                        stage.getScene().removePostLayoutPulseListener(listener[0]);
                    }
                };
                stage.getScene().addPostLayoutPulseListener(listener[0]);
                applyStart[0] = System.nanoTime();
                context.applyCodeNamed(code);
            });
            applies.add((restyled.get(60, TimeUnit.SECONDS) - applyStart[0]) / 1e6);
        }
        onFx(() -> {
            pane.deactivate();
            stage.close();
            return null;
        });
        context.dispose();
        return new Measured(openMs, scrolls, wheel, applies, retainedMb);
    }

    private static double untilPulse(Stage stage, Runnable change) throws Exception {
        CompletableFuture<Long> pulsed = new CompletableFuture<>();
        long[] start = new long[1];
        Platform.runLater(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                pulsed.complete(System.nanoTime());
                stage.getScene().removePostLayoutPulseListener(listener[0]);
            };
            start[0] = System.nanoTime();
            change.run();
            stage.getScene().addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        return (pulsed.get(30, TimeUnit.SECONDS) - start[0]) / 1e6;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    /** 5,000 codings of 30 codes over the text, many overlapping, as one edit. */
    static void seedCodings(Project p, Document d, String text, int count) throws Exception {
        Random random = new Random(11);
        p.history().perform("Seed codings", session -> {
            List<Long> codes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                session.apply(new CreateCode(new Code(0, p.newGuid(), "code " + i, Palette.colour(i), "", null)));
                codes.add(session.repos().codes.byName("code " + i).orElseThrow().id());
            }
            List<Coding> codings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int start = random.nextInt(text.length() - 600);
                int end = start + 20 + random.nextInt(500);
                codings.add(new Coding(0, p.newGuid(), d.id(), codes.get(random.nextInt(codes.size())), start, end,
                        text.substring(start, end), p.coder().id(), p.now()));
            }
            session.apply(new CreateCodings(codings));
        });
    }

    private static String row(String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int p95 = Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1);
        return String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n", name,
                sorted.get(sorted.size() / 2), sorted.get(p95), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    /** What the JVM keeps after a full collection: the open project, the view and its caches. */
    static long retainedHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
