package org.thematica.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.thematica.model.DocumentKind;
import org.thematica.service.ImportService;
import org.thematica.service.Progress;
import org.thematica.service.Project;
import org.thematica.service.Settings;

/**
 * Import throughput, end to end: read, decode, normalise, find speaker turns, count words,
 * hash, store the text and build the full-text index, in one transaction. Each size is
 * imported into a fresh project several times; median, min and max are reported.
 *
 * <p>Run: {@code mvn -q -Pbench verify} (or {@code -Dbench.runs=N}). Appends to bench/results.md.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 7);
        int[] sizes = {220_000, 1_000_000, 2_000_000};
        Path dir = Files.createTempDirectory("thematica-bench");
        StringBuilder table = new StringBuilder();
        table.append("| transcript | size | words | median words/s | min–max words/s | median time |\n");
        table.append("|---|---|---|---|---|---|\n");
        for (int words : sizes) {
            String text = TranscriptGenerator.generate(42, words);
            Path file = dir.resolve("transcript-" + words + ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            List<Double> seconds = new ArrayList<>();
            int counted = 0;
            for (int run = -2; run < runs; run++) { // two warm-up runs
                Path project = dir.resolve("p" + words + "-" + run + ".thematica");
                try (Project p = Project.create(project, Settings.forUser("bench"))) {
                    long start = System.nanoTime();
                    var imported = p.imports().importFiles(new ImportService.Request(List.of(file),
                            DocumentKind.INTERVIEW, null, null, null), false, new ArrayList<>(), Progress.NONE);
                    double s = (System.nanoTime() - start) / 1e9;
                    counted = imported.get(0).words();
                    if (run >= 0) {
                        seconds.add(s);
                    }
                }
                Files.deleteIfExists(project);
                Files.deleteIfExists(project.resolveSibling(project.getFileName() + ".lock"));
            }
            Collections.sort(seconds);
            double median = seconds.get(seconds.size() / 2);
            String row = String.format(Locale.ROOT, "| generated, %d turns | %.1f MB | %,d | %,.0f | %,.0f–%,.0f | %.3f s |%n",
                    text.lines().count(), Files.size(file) / 1e6, counted, counted / median,
                    counted / seconds.get(seconds.size() - 1), counted / seconds.get(0), median);
            System.out.print(row);
            table.append(row);
        }
        String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap, " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
        String section = "\n## Import throughput — " + LocalDate.now() + "\n\nMachine: " + machine + ". " + runs
                + " runs per size after 2 warm-ups, each into a fresh project (text stored, FTS5 index built,"
                + " one transaction, synchronous=FULL).\n\n" + table;
        Path results = Path.of("bench", "results.md");
        Files.createDirectories(results.getParent());
        if (!Files.exists(results)) {
            Files.writeString(results, "# Benchmark results\n\nFigures recorded by the benchmark main classes"
                    + " (mvn -q -Pbench verify). Newest sections last.\n");
        }
        Files.writeString(results, section, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        System.out.println("appended to " + results.toAbsolutePath());
    }
}
