package org.thematica.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Issue 11's measurements in the full window: the real app ({@code Launcher} → main window,
 * headless Monocle, 1600×1000) with the dock on the Chart tab, on a study of four real-shaped
 * transcripts ({@link RealShapedProject}), the measured one 48,000 lines with 0, 5,000 or
 * 20,000 codings. Each run is a fresh child JVM ({@link FullWindowProbe}) started as a user
 * starts the app (no JVM options unless {@code -Dbench.childJvmArgs} gives some), on a fresh copy
 * of the project; runs of the three projects are interleaved. Then the transcript pane alone
 * ({@link TranscriptBenchmark}) on the same transcript, for the second column. Prints the table
 * and appends it to bench/results.md with the machine, date, load average and n.
 *
 * <p>Options: {@code -Dbench.runs=5}, {@code -Dbench.codings=0,5000,20000},
 * {@code -Dbench.label=before} (the section's title), {@code -Dbench.paneAlone=false},
 * {@code -Dbench.childJvmArgs="-Xmx512m ..."}.
 *
 * <p><b>Adding a row:</b> a probe in {@link FullWindowProbe} reports samples under a name; add a
 * {@link Row} to {@link #rows} that reads them (by project and name). Rows other helpers of issue
 * 11 measure (import until codable, start to a usable window, the search pane's full count) have
 * their place marked in {@link #rows}.
 */
public final class FullWindowBenchmark {
    /** The samples of one project's runs, by name ("open.cold", "apply.digit", ...). */
    record Collected(Map<String, List<Double>> byName) {
        List<Double> of(String name) {
            return byName.getOrDefault(name, List.of());
        }
    }

    /** One line of the table: what is measured, its target, and how each column reads the samples. */
    record Row(String measure, String target, Function<Map<Integer, Collected>, String> fullWindow,
               Function<Map<TranscriptBenchmark.Shape, TranscriptBenchmark.Result>, String> paneAlone) {
    }

    private FullWindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        List<Integer> codings = java.util.Arrays.stream(System.getProperty("bench.codings", "0,5000,20000").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        String label = System.getProperty("bench.label", "");
        double loadBefore = MachineInfo.loadAverage();
        Path work = Files.createTempDirectory("thematica-full-window");
        Map<Integer, Path> projects = new LinkedHashMap<>();
        for (int n : codings) {
            projects.put(n, RealShapedProject.build(work.resolve("fixture-" + n), n));
        }
        Map<Integer, Collected> full = new TreeMap<>();
        codings.forEach(n -> full.put(n, new Collected(new LinkedHashMap<>())));
        List<String> notes = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            for (int n : codings) {
                String probes = "startup,open,scroll" + (n == 5_000 ? ",apply" : "") + ",memory";
                Map<String, List<Double>> got = child(work.resolve("run-" + run + "-" + n), projects.get(n), probes,
                        notes);
                got.forEach((k, v) -> full.get(n).byName().computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
                System.out.printf(Locale.ROOT, "run %d, %,d codings: open %s%n", run + 1, n, got.get("open.cold"));
            }
        }
        double loadMiddle = MachineInfo.loadAverage();
        Map<TranscriptBenchmark.Shape, TranscriptBenchmark.Result> pane = Boolean.parseBoolean(
                System.getProperty("bench.paneAlone", "true")) ? TranscriptBenchmark.run(runs, List.of(
                TranscriptBenchmark.Shape.REAL_NO_CODINGS, TranscriptBenchmark.Shape.REAL_5000,
                TranscriptBenchmark.Shape.REAL_20000)) : Map.of();
        double loadAfter = MachineInfo.loadAverage();
        String text = RealShapedProject.largeText();
        String section = section(label, runs, full, pane, notes, text, loadBefore, loadMiddle, loadAfter);
        System.out.print(section);
        Path results = Path.of("bench", "results.md");
        Files.writeString(results, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("appended to " + results.toAbsolutePath());
        ProjectGenerator.deleteTree(work);
        System.exit(0);
    }

    /** Runs one child process on a fresh copy of {@code project} and returns its samples. */
    private static Map<String, List<Double>> child(Path dir, Path project, String probes, List<String> notes)
            throws Exception {
        Files.createDirectories(dir);
        Path copy = Files.copy(project, dir.resolve(project.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString()));
        String extra = System.getProperty("bench.childJvmArgs", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), FullWindowProbe.class.getName(),
                "--project", copy.toString(), "--home", dir.resolve("home").toString(),
                "--document", RealShapedProject.LARGE, "--other", RealShapedProject.OTHER, "--probes", probes));
        Path log = dir.resolve("child.log");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        String failure = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    String[] parts = line.split(" ");
                    samples.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(Double.parseDouble(parts[2]));
                } else if (line.startsWith("NOTE ")) {
                    notes.add(line.substring(5));
                } else if (line.startsWith("FAILED ")) {
                    failure = line;
                }
            }
        }
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            failure = "timed out";
        }
        if (failure != null || p.exitValue() != 0) {
            throw new IllegalStateException("child failed (" + failure + "), see " + log + ":\n"
                    + Files.readString(log).lines().limit(60).reduce("", (a, b) -> a + b + "\n"));
        }
        return samples;
    }

    /** The table's rows. Add new ones here. */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int n : new int[] {0, 5_000, 20_000}) {
            String target = n == 0 ? "≤ 0.3 s" : n == 5_000 ? "≤ 0.5 s" : "≤ 1 s";
            TranscriptBenchmark.Shape shape = n == 0 ? TranscriptBenchmark.Shape.REAL_NO_CODINGS
                    : n == 5_000 ? TranscriptBenchmark.Shape.REAL_5000 : TranscriptBenchmark.Shape.REAL_20000;
            String what = String.format(Locale.ROOT, "%,d codings", n);
            rows.add(new Row("open the transcript, " + what + ": first in the session", target,
                    s -> medianP95(s, n, "open.cold"), p -> pane(p, shape, TranscriptBenchmark.Result::open)));
            rows.add(new Row("open the transcript, " + what + ": again (warm)", target,
                    s -> medianP95(s, n, "open.warm"), p -> ""));
        }
        rows.add(new Row("apply one code, Ctrl+K finder + Enter (5,000 codings): highlight + chart", "p95 ≤ 50 ms",
                s -> medianP95(s, 5_000, "apply.finder"), p -> pane(p, TranscriptBenchmark.Shape.REAL_5000,
                TranscriptBenchmark.Result::apply)));
        rows.add(new Row("apply one code, digit key 1 (5,000 codings): highlight + chart", "p95 ≤ 50 ms",
                s -> medianP95(s, 5_000, "apply.digit"), p -> ""));
        rows.add(new Row("apply one code, codebook double-click (5,000 codings): highlight + chart", "p95 ≤ 50 ms",
                s -> medianP95(s, 5_000, "apply.codebook"), p -> ""));
        rows.add(new Row("peak RSS of the process in the coding view, 5,000 codings (VmHWM)", "≤ 300 MB",
                s -> megabytes(s, 5_000, "memory.peakRss"), p -> ""));
        for (int n : new int[] {0, 5_000, 20_000}) {
            TranscriptBenchmark.Shape shape = n == 0 ? TranscriptBenchmark.Shape.REAL_NO_CODINGS
                    : n == 5_000 ? TranscriptBenchmark.Shape.REAL_5000 : TranscriptBenchmark.Shape.REAL_20000;
            String what = String.format(Locale.ROOT, "%,d codings", n);
            rows.add(new Row("scroll one wheel step, " + what + ": work in the frame", "≤ 16.7 ms",
                    s -> medianP95(s, n, "scroll.wheel.work"), p -> pane(p, shape, TranscriptBenchmark.Result::wheel)));
            rows.add(new Row("scroll one jump (thumb drag to a far row), " + what + ": work in the frame", "≤ 16.7 ms",
                    s -> medianP95(s, n, "scroll.jump.work"), p -> pane(p, shape, TranscriptBenchmark.Result::scroll)));
        }
        // issue 11's other rows, measured by other helpers, go here as they land:
        // import until codable (≤ 0.3 s), start to a usable window (≤ 3 s; FullWindowProbe's
        // "startup" probe reports from the JVM's start to the main window), the search pane's full
        // count (≤ 50 ms).
        return rows;
    }

    private static String medianP95(Map<Integer, Collected> s, int codings, String name) {
        List<Double> values = s.containsKey(codings) ? s.get(codings).of(name) : List.of();
        if (values.isEmpty()) {
            return "—";
        }
        Samples v = Samples.of(values);
        return v.p50p95() + " (" + Samples.time(v.min()) + "–"
                + Samples.time(v.max()) + ", n=" + v.size() + ")";
    }

    private static String megabytes(Map<Integer, Collected> s, int codings, String name) {
        List<Double> values = s.containsKey(codings) ? s.get(codings).of(name) : List.of();
        if (values.isEmpty()) {
            return "—";
        }
        Samples v = Samples.of(values);
        return String.format(Locale.ROOT, "%.0f MB (%.0f–%.0f MB, n=%d)", v.median(), v.min(), v.max(), v.size());
    }

    private static String pane(Map<TranscriptBenchmark.Shape, TranscriptBenchmark.Result> p,
                               TranscriptBenchmark.Shape shape,
                               Function<TranscriptBenchmark.Result, List<Double>> values) {
        TranscriptBenchmark.Result r = p.get(shape);
        if (r == null || values.apply(r).isEmpty()) {
            return "";
        }
        Samples v = Samples.of(values.apply(r));
        return v.p50p95() + " (n=" + v.size() + ")";
    }

    private static String section(String label, int runs, Map<Integer, Collected> full,
                                  Map<TranscriptBenchmark.Shape, TranscriptBenchmark.Result> pane, List<String> notes,
                                  String text, double loadBefore, double loadMiddle, double loadAfter) {
        StringBuilder out = new StringBuilder();
        out.append("\n## Full window on a real-shaped transcript (issue 11)").append(label.isEmpty() ? "" : ": " + label)
                .append(" — ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append("\n\n");
        out.append("Machine: ").append(MachineInfo.describe()).append(" (the parent; each child JVM ran with ")
                .append(System.getProperty("bench.childJvmArgs", "").isBlank() ? "no options, as `java -jar` starts it"
                        : "`" + System.getProperty("bench.childJvmArgs") + "`")
                .append("). Load average ").append(String.format(Locale.ROOT, "%.2f before, %.2f after the full-window"
                        + " runs, %.2f at the end", loadBefore, loadMiddle, loadAfter)).append(".\n\n");
        out.append(String.format(Locale.ROOT, "Transcript: %,d characters (%.2f MB in UTF-8), %,d lines, %,d speaker"
                        + " turns, 20 speakers, timestamps, some Arabic (`TranscriptGenerator.realShaped`), in a study of"
                        + " four such interviews (the others 300 codings each), 30 codes in 6 themes.%n%n", text.length(),
                text.getBytes(StandardCharsets.UTF_8).length / 1e6, text.lines().count(),
                org.thematica.importer.SpeakerTurnDetector.detect(text).size()));
        out.append("Full window: ").append(runs).append(" child processes per number of codings, interleaved; each starts"
                + " the app (Launcher, headless Monocle, software rendering, 1600×1000) on a fresh copy of the project,"
                + " shows the dock's Chart tab, and clicks the transcript in the Documents pane (a new window opens the"
                + " first interview by itself). Open: from the click to the layout pulse that painted the transcript's"
                + " first screen; first in the session, then " + FullWindowProbe.WARM_OPENS + " times after switching"
                + " to another interview and back. Apply: " + 10 + " per way per process, each on a passage on screen"
                + " with a code not already on it; from the Enter (finder), the key press (1) or the first press of the"
                + " double-click, to the pulse at which the highlight is painted and the chart has been redrawn from the"
                + " corpus holding the new coding. Scroll work: from the event to the end of the layout pass that shows"
                + " it (CSS, layout, rows painted), without the wait for the pulse timer. Pane alone: TranscriptBenchmark"
                + " (the transcript pane in a 1000×800 stage, nothing else; open warm, after one warm-up; apply by"
                + " command, to the highlight only; scroll to the next layout pulse, the timer's wait included).\n\n");
        out.append("| measure | target | full window: median · p95 (min–max, n) | pane alone: median · p95 (n) |\n");
        out.append("|---|---|---|---|\n");
        for (Row r : rows()) {
            out.append("| ").append(r.measure()).append(" | ").append(r.target()).append(" | ")
                    .append(r.fullWindow().apply(full)).append(" | ").append(r.paneAlone().apply(pane)).append(" |\n");
        }
        out.append('\n');
        for (Map.Entry<Integer, Collected> e : full.entrySet()) {
            out.append(String.format(Locale.ROOT, "- %,d codings: start to the main window %s; peak RSS %s;"
                            + " scroll to the painted pulse: wheel %s, jump %s.%n", e.getKey(),
                    medianP95(full, e.getKey(), "startup.mainWindow"), megabytes(full, e.getKey(), "memory.peakRss"),
                    medianP95(full, e.getKey(), "scroll.wheel.pulse"), medianP95(full, e.getKey(), "scroll.jump.pulse")));
        }
        Collected five = full.get(5_000);
        if (five != null && !five.of("apply.total").isEmpty()) {
            out.append(String.format(Locale.ROOT, "- Apply: after %.0f of %.0f applies the chart was not visible (a"
                            + " click in the codebook turns the dock to Passages), so only the highlight was waited for.%n",
                    five.of("apply.chartHidden").stream().mapToDouble(Double::doubleValue).sum(),
                    five.of("apply.total").stream().mapToDouble(Double::doubleValue).sum()));
        }
        notes.stream().distinct().forEach(n -> out.append("- ").append(n).append('\n'));
        return out.toString();
    }
}
