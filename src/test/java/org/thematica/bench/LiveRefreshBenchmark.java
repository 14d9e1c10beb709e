package org.thematica.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.thematica.analysis.Corpus;
import org.thematica.model.Document;
import org.thematica.service.FigureCatalog;
import org.thematica.service.FigureSource;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.store.Database;

/**
 * How fast the analysis views follow a coding change on a large project (issue 4: bar chart
 * and matrix within 100 ms, word cloud within 500 ms). For each of N codings applied through
 * the coding service: the write itself, the analysis corpus brought up to date from the
 * touched documents, and every figure rebuilt from it (data and layout, as the window does on
 * its analysis thread; painting is a separate, size-bound cost). Prints p50/p95 and appends to
 * bench/results.md.
 *
 * <p>Run: {@code ... LiveRefreshBenchmark PROJECT [EDITS]} on a project from ProjectGenerator
 * (or let it generate the large one into a temp folder when no project is given).
 */
public final class LiveRefreshBenchmark {
    private LiveRefreshBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0])
                : ProjectGenerator.generate(Files.createTempDirectory("thematica-live").resolve("large.thematica"),
                        ProjectGenerator.Size.LARGE, 1);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, Settings.forUser("bench"))) {
            long t0 = System.nanoTime();
            Corpus corpus = p.analysis().corpus();
            double loadMs = (System.nanoTime() - t0) / 1e6;
            List<Document> docs = p.repos().documents.all();
            Set<Long> touched = new HashSet<>();
            p.history().addListener(e -> touched.addAll(e.documents()));
            Map<String, List<Double>> times = new LinkedHashMap<>();
            times.put("apply one coding (write + history)", new ArrayList<>());
            times.put("analysis corpus updated", new ArrayList<>());
            List<FigureSource> sources = FigureCatalog.all();
            for (FigureSource s : sources) {
                times.put(s.title() + " rebuilt", new ArrayList<>());
                times.put(s.title() + " rebuilt and drawn", new ArrayList<>());
            }
            Random random = new Random(5);
            for (int i = -5; i < edits; i++) { // five warm-up edits
                Document d = docs.get(random.nextInt(docs.size()));
                String text = p.repos().documents.text(d.id());
                int start = random.nextInt(text.length() - 200);
                touched.clear();
                long a = System.nanoTime();
                p.coding().apply(d, text, "code " + random.nextInt(500), start, start + 40 + random.nextInt(100), null);
                long b = System.nanoTime();
                corpus = p.analysis().update(touched);
                long c = System.nanoTime();
                List<Double> figureTimes = new ArrayList<>();
                List<Double> drawnTimes = new ArrayList<>();
                for (FigureSource s : sources) {
                    long f0 = System.nanoTime();
                    var settings = p.figureSettings().load(s.name(), s.defaults());
                    var figure = s.build(p, corpus, settings);
                    long f1 = System.nanoTime();
                    draw(figure, settings);
                    figureTimes.add((f1 - f0) / 1e6);
                    drawnTimes.add((System.nanoTime() - f0) / 1e6);
                }
                if (i >= 0) {
                    times.get("apply one coding (write + history)").add((b - a) / 1e6);
                    times.get("analysis corpus updated").add((c - b) / 1e6);
                    for (int k = 0; k < sources.size(); k++) {
                        times.get(sources.get(k).title() + " rebuilt").add(figureTimes.get(k));
                        times.get(sources.get(k).title() + " rebuilt and drawn").add(drawnTimes.get(k));
                    }
                }
            }
            StringBuilder table = new StringBuilder("| step after one coding | p50 | p95 | max |\n|---|---|---|---|\n");
            times.forEach((name, values) -> table.append(row(name, values)));
            var totals = p.repos().stats.totals();
            String section = String.format(Locale.ROOT, "%n## Live analysis views on a large project — %s%n%n"
                    + "Machine: %d cores, Java %s. Project: %,d documents, %,d words, %,d codings, %,d codes, %,d themes"
                    + " (ProjectGenerator LARGE, seed 1). Corpus first read: %.0f ms. %d codings applied through the"
                    + " coding service after 5 warm-ups; each figure rebuilt from the updated corpus (its data), then"
                    + " drawn once at its saved size, one pixel per point, into an offscreen image (the layout done"
                    + " at drawing time: the word cloud's placement, the chart's axes), as the view does.%n%n%s", LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), totals.documents(), totals.words(), totals.codings(),
                    totals.codes(), totals.themes(), loadMs, edits, table);
            System.out.print(section);
            Path results = Path.of("bench", "results.md");
            Files.writeString(results, section, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            for (int i = 0; i < edits + 5; i++) {
                p.history().undo(); // leave the project as generated
            }
        }
    }

    /** Draws the figure as a view of its saved size would: one pixel per point. */
    private static void draw(org.thematica.figure.Figure figure, org.thematica.figure.FigureSettings settings) {
        int w = (int) Math.ceil(settings.widthPt());
        int h = (int) Math.ceil(settings.heightPt());
        var image = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            org.thematica.figure.Framed.paint(figure, g, settings.widthPt(), settings.heightPt(), settings.style());
        } finally {
            g.dispose();
        }
    }

    private static String row(String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms |%n", name, sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
    }
}
