package org.thematica.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.thematica.bench.ProjectGenerator.Size;
import org.thematica.bench.ScaleTable.Cell;
import org.thematica.bench.ScaleTable.Target;

/**
 * Issue 5 at research scale: the three generated projects (ProjectGenerator, seed 1) measured
 * the same way and reported as one table with the targets: import throughput, opening
 * to the first document, one coding end to end with the charts, search, the word cloud, figure
 * exports and peak heap; then the coding view on a 1.3 MB transcript (TranscriptBenchmark, in
 * this JVM). Appends the table to bench/results.md.
 *
 * <p>{@code ResearchScaleBenchmark [--sizes small,medium,large] [--project-dir DIR] [--edits N]
 * [--no-transcript] [--results FILE]}. With {@code --project-dir} the projects are
 * DIR/SIZE.thematica, generated there when missing and kept; without it they are generated
 * into a temp folder that is deleted at the end. Run the large size with {@code -Xmx1g}:
 * finishing shows that it fits the 1 GB target.
 */
public final class ResearchScaleBenchmark {
    private ResearchScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<Size> sizes = List.of(Size.values());
        Path projectDir = null;
        int edits = 40;
        boolean transcript = true;
        Path results = Path.of("bench", "results.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(","))
                        .map(s -> Size.valueOf(s.strip().toUpperCase(Locale.ROOT))).sorted().toList();
                case "--project-dir" -> projectDir = Path.of(args[++i]);
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--no-transcript" -> transcript = false;
                case "--results" -> results = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --sizes small,medium,large --project-dir DIR --edits N --no-transcript --results FILE");
            }
        }
        long started = System.nanoTime();
        double loadBefore = MachineInfo.loadAverage();
        boolean temporary = projectDir == null;
        Path dir = temporary ? Files.createTempDirectory("thematica-scale") : Files.createDirectories(projectDir);
        ScaleRun.Options options = new ScaleRun.Options(5, 7, 5, edits, 21, 5);
        ScaleTable table = new ScaleTable(sizes.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
        StringBuilder notes = new StringBuilder();
        for (Size size : sizes) {
            String name = size.name().toLowerCase(Locale.ROOT);
            Path file = dir.resolve(name + ".thematica");
            if (!Files.exists(file)) {
                long g0 = System.nanoTime();
                ProjectGenerator.generate(file, size, 1);
                notes.append(String.format(Locale.ROOT, "- %s generated in %.1f s.%n", name, (System.nanoTime() - g0) / 1e9));
            }
            Path work = Files.createTempDirectory(dir, "work-" + name);
            MachineInfo.resetPeakHeap();
            System.out.println("measuring " + name + " ...");
            new ScaleRun(size, file, work, options, table, notes).run();
            long peak = MachineInfo.peakHeapMb();
            table.put("peak heap during the size's run (sum of the heap pools' peaks)", Target.atMost("≤ 1 GB", "large",
                    1024), name, Cell.of(peak + " MB", peak));
            ProjectGenerator.deleteTree(work);
            System.out.print(table.markdown());
        }
        if (transcript) {
            System.out.println("measuring the coding view (TranscriptBenchmark) ...");
            TranscriptBenchmark.Result r = TranscriptBenchmark.run(5);
            Samples open = Samples.of(r.open());
            Samples apply = Samples.of(r.apply());
            table.putShared("coding view: load + highlight a 1.3 MB transcript with 5,000 codings, to first paint"
                    + " (TranscriptBenchmark, same for every size)", Target.atMost("< 0.5 s (DESIGN.md)", null, 500),
                    Cell.of(open.medianSpread(), open.median()));
            table.putShared("coding view: apply one code, write to restyled highlight (TranscriptBenchmark)",
                    Target.atMost("≤ 50 ms (DESIGN.md)", null, 50), Cell.of(apply.medianSpread(), apply.median()));
        }
        if (temporary) {
            ProjectGenerator.deleteTree(dir);
        }
        double minutes = (System.nanoTime() - started) / 6e10;
        String section = section(args, sizes, options, table, notes, loadBefore, minutes);
        System.out.print(section);
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("appended to " + results.toAbsolutePath());
        System.exit(0); // JavaFX may leave threads behind
    }

    private static String section(String[] args, List<Size> sizes, ScaleRun.Options o, ScaleTable table, StringBuilder notes,
                                  double loadBefore, double minutes) {
        String command = System.getProperty("bench.command");
        List<String> jvm = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        String java = "java " + String.join(" ", jvm) + " -cp … " + ResearchScaleBenchmark.class.getName()
                + (args.length == 0 ? "" : " " + String.join(" ", args));
        return String.format(Locale.ROOT, "%n## Research scale (issue 5): %s — %s%n%n"
                        + "Machine: %s. Load average %.2f before, %.2f after; %.1f min in all.%n%n"
                        + "Command: `%s`%s.%n%n"
                        + "Projects from ProjectGenerator (seed 1). Times are medians (spread min–max) or p50 · p95;"
                        + " import %d runs after three warm-ups (the cold first run is in the notes), open %d runs after a warm-up (each a fresh Project.open"
                        + " in the same JVM, OS file cache warm), %d codings after %d warm-ups, %d searches after"
                        + " warm-ups (fewer when slow), exports %d runs after a warm-up. Peak heap is the sum of the heap pools' peaks,"
                        + " reset after a GC before each size (an upper bound of the high-water mark, which the"
                        + " collector lets grow lazily); the JVM's max heap above is the hard limit this run"
                        + " finished within.%n%n%s%n%s",
                sizes.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).reduce((a, b) -> a + ", " + b).orElse(""),
                LocalDate.now(), MachineInfo.describe(), loadBefore, MachineInfo.loadAverage(),
                minutes, command != null ? command : java, command != null ? " (runs `" + java + "`)" : "", o.importRuns(),
                o.opens(), o.edits(), o.warmUpEdits(), o.searchRuns(), o.exportRuns(), table.markdown(), notes);
    }
}
