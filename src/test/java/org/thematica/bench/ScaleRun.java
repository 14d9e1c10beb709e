package org.thematica.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.thematica.analysis.Corpus;
import org.thematica.bench.ScaleTable.Cell;
import org.thematica.bench.ScaleTable.Target;
import org.thematica.export.FigureExporter;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureSettings;
import org.thematica.service.FigureCatalog;
import org.thematica.service.FigureSource;
import org.thematica.service.Project;
import org.thematica.service.RetrievalService;
import org.thematica.service.SearchRun;
import org.thematica.service.Settings;
import org.thematica.service.WorkspaceService;
import org.thematica.store.Database;
import org.thematica.ui.transcript.TranscriptLayout;

/** The research-scale measurements on one generated project; fills one column of the table. */
final class ScaleRun {
    /** How often each measurement is repeated. */
    record Options(int importRuns, int opens, int warmUpEdits, int edits, int searchRuns, int exportRuns) {
    }

    static final String NOT_IN_BUILD = "n/a (not in this build)";
    private static final String[][] QUERIES = {
        {"single word", "security"},
        {"phrase", "\"security vacuum\""},
        {"absent word", "Fallujah"},
        {"Arabic word", "الكهرباء"},
    };

    private final ProjectGenerator.Size size;
    private final String column;
    private final Path project;
    private final Path work;
    private final Options o;
    private final ScaleTable table;
    private final StringBuilder notes;

    ScaleRun(ProjectGenerator.Size size, Path project, Path work, Options o, ScaleTable table, StringBuilder notes) {
        this.size = size;
        this.column = size.name().toLowerCase(Locale.ROOT);
        this.project = project;
        this.work = work;
        this.o = o;
        this.table = table;
        this.notes = notes;
    }

    void run() throws Exception {
        importThroughput();
        openToFirstDocument();
        try (Project p = Project.open(project, Database.Mode.READ_WRITE, Settings.forUser("bench"))) {
            long t0 = System.nanoTime();
            p.analysis().corpus();
            double corpusMs = (System.nanoTime() - t0) / 1e6;
            table.put("analysis corpus, first read (what the charts wait for after opening)", null, column,
                    Cell.of(Samples.time(corpusMs), corpusMs));
            edits(p);
            search(p);
            Corpus corpus = p.analysis().corpus();
            wordCloud(p, corpus);
            exports(p, corpus);
            long live = MachineInfo.liveHeapMb();
            table.put("heap in use after a full GC (project open, corpus read)", null, column, Cell.of(live + " MB", live));
            var t = p.repos().stats.totals();
            notes.append(String.format(Locale.ROOT, "- %s: %,d documents, %,d words, %,d codings, %,d codes, %,d themes,"
                    + " %.0f MB file.%n", column, t.documents(), t.words(), t.codings(), t.codes(), t.themes(),
                    Files.size(project) / 1e6));
        }
    }

    /** Imports before the timed ones: the small size runs first in a fresh JVM, and 100k words barely warm it. */
    private static final int IMPORT_WARM_UPS = 3;

    /** Item 1: the size's transcripts imported into a fresh project, through ImportService as the generator does. */
    private void importThroughput() throws Exception {
        Path texts = Files.createDirectories(work.resolve("texts-" + column));
        List<Path> files = ProjectGenerator.writeTexts(texts, size, 1);
        List<Double> rates = new ArrayList<>();
        double cold = 0;
        for (int run = -IMPORT_WARM_UPS; run < o.importRuns(); run++) {
            Path file = work.resolve("import-" + column + ".thematica");
            long words;
            long start;
            long end;
            try (Project p = Project.create(file, Settings.forUser("bench"))) {
                start = System.nanoTime();
                words = ProjectGenerator.importTexts(p, files);
                end = System.nanoTime();
            }
            if (run == -IMPORT_WARM_UPS) {
                cold = words / ((end - start) / 1e9);
            }
            if (run >= 0) {
                rates.add(words / ((end - start) / 1e9));
            }
            for (String suffix : List.of("", ".lock", "-wal", "-shm")) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        }
        ProjectGenerator.deleteTree(texts);
        Samples s = Samples.of(rates);
        table.put("import through ImportService, search index included (words/s)",
                Target.atLeast("≥ 1 M words/s", null, 1e6), column, Cell.of(s.rateSpread(), s.median()));
        notes.append(String.format(Locale.ROOT, "- %s, import: the first (cold) run of this size, before the JIT had"
                + " compiled the import path: %.2f M words/s.%n", column, cold / 1e6));
    }

    /** Item 2: Project.open and what the window needs to show the first document of the list. */
    private void openToFirstDocument() throws Exception {
        List<Double> total = new ArrayList<>();
        List<Double> open = new ArrayList<>();
        List<Double> list = new ArrayList<>();
        List<Double> read = new ArrayList<>();
        List<Double> styled = new ArrayList<>();
        int codings = 0;
        for (int run = -1; run < o.opens(); run++) { // one warm-up
            long t0 = System.nanoTime();
            try (Project p = Project.open(project, Database.Mode.READ_WRITE, Settings.forUser("bench"))) {
                long t1 = System.nanoTime();
                List<WorkspaceService.DocumentRow> rows = p.workspace().documents();
                long t2 = System.nanoTime();
                WorkspaceService.Transcript t = p.workspace().transcript(rows.get(0).document().id());
                long t3 = System.nanoTime();
                TranscriptLayout.prepare(t, p.repos().codes.all());
                long t4 = System.nanoTime();
                codings = t.codings();
                if (run >= 0) {
                    total.add((t4 - t0) / 1e6);
                    open.add((t1 - t0) / 1e6);
                    list.add((t2 - t1) / 1e6);
                    read.add((t3 - t2) / 1e6);
                    styled.add((t4 - t3) / 1e6);
                }
            }
        }
        Samples s = Samples.of(total);
        table.put("open project → first document ready to show (median, min–max)",
                Target.atMost("≤ 1 s", "large", 1000), column, Cell.of(s.medianSpread(), s.median()));
        notes.append(String.format(Locale.ROOT, "- %s, open → first document (%,d codings), medians: Project.open %s,"
                        + " document list %s, text + turns + codings %s, styled text %s.%n", column, codings,
                Samples.time(Samples.of(open).median()), Samples.time(Samples.of(list).median()),
                Samples.time(Samples.of(read).median()), Samples.time(Samples.of(styled).median())));
    }

    /** Item 4: one coding end to end, each part and the sum, at p50 and p95. */
    private void edits(Project p) throws Exception {
        Map<String, List<Double>> times = EditLoop.run(p, o.warmUpEdits(), o.edits());
        boolean cloud = times.containsKey(EditLoop.CLOUD);
        Samples sum = Samples.of(times.get(EditLoop.SUM));
        table.put("apply one coding end to end: write + corpus + chart + matrix + word cloud (" + o.edits() + " edits)"
                        + (cloud ? "" : "; no word cloud in this build"), Target.atMost("p95 ≤ 50 ms", "large", 50),
                column, Cell.of(sum.p50p95(), sum.percentile(95)));
        part("· " + EditLoop.WRITE, times.get(EditLoop.WRITE));
        part("· " + EditLoop.CORPUS, times.get(EditLoop.CORPUS));
        part("· bar chart rebuilt (theme-frequencies)", times.get(EditLoop.CHART));
        part("· matrix rebuilt (theme-matrix)", times.get(EditLoop.MATRIX));
        part("· word cloud rebuilt (word-cloud)", times.get(EditLoop.CLOUD));
        part("· of which GC pauses (whole edit, map included)", times.get(EditLoop.GC));
        part("thematic map rebuilt after the coding (extra, not in the sum)", times.get(EditLoop.MAP));
    }

    private void part(String label, List<Double> ms) {
        table.put(label, null, column, ms == null ? Cell.text(NOT_IN_BUILD) : Cell.text(Samples.of(ms).p50p95()));
    }

    /** Item 5: the project search (what `thematica search` runs) and the search pane, over a few queries. */
    private void search(Project p) throws Exception {
        RetrievalService pane = new RetrievalService(p);
        Target target = Target.atMost("p95 ≤ 50 ms", null, 50);
        StringBuilder counts = new StringBuilder();
        for (String[] q : QUERIES) {
            Samples fts = Samples.of(repeat(3, o.searchRuns(), 5_000, () -> p.repos().search.search(q[1], 20)));
            table.put("search " + q[0] + " `" + q[1] + "`: full-text index, 20 hits (`thematica search`)", target,
                    column, Cell.of(fts.p50p95(), fts.percentile(95)));
            Samples screen = Samples.of(repeat(1, o.searchRuns(), 10_000, () -> {
                SearchRun run = pane.start(q[1], 25);
                run.step(Long.MAX_VALUE); // stops once 25 are listed (or every document is read)
                return run;
            }));
            table.put("search " + q[0] + " `" + q[1] + "`: search pane, first screenful (25 occurrences) listed",
                    target, column, Cell.of(screen.p50p95(), screen.percentile(95)));
            Samples page = Samples.of(repeat(1, o.searchRuns(), 10_000, () -> {
                SearchRun run = pane.start(q[1], 500);
                run.step(Long.MAX_VALUE); // stops once 500 are listed (or every document is read)
                return run;
            }));
            table.put("search " + q[0] + " `" + q[1] + "`: search pane, first 500 occurrences in context listed",
                    target, column, Cell.of(page.p50p95(), page.percentile(95)));
            Samples kwic = Samples.of(repeat(1, o.searchRuns(), 10_000, () -> pane.search(q[1], 500)));
            table.put("search " + q[0] + " `" + q[1] + "`: search pane, every occurrence counted (500 listed)",
                    target, column, Cell.of(kwic.p50p95(), kwic.percentile(95)));
            var result = pane.search(q[1], 500);
            counts.append(String.format(Locale.ROOT, " `%s` %,d matches in %,d documents;", q[1], result.matches(),
                    result.documents()));
        }
        notes.append("- ").append(column).append(", search:").append(counts, 0, counts.length() - 1).append(".\n");
    }

    /** Item 6: the word cloud's layout, built from the corpus (n/a when this build has no word cloud). */
    private void wordCloud(Project p, Corpus corpus) throws Exception {
        String label = "word cloud layout (build of the word-cloud figure)";
        Target target = Target.atMost("≤ 300 ms", null, 300);
        Optional<FigureSource> cloud = FigureCatalog.named(EditLoop.CLOUD);
        if (cloud.isEmpty()) {
            table.put(label, target, column, Cell.text(NOT_IN_BUILD));
            return;
        }
        FigureSettings settings = p.figureSettings().load(EditLoop.CLOUD, cloud.get().defaults());
        Samples s = Samples.of(repeat(2, 9, 20_000, () -> cloud.get().build(p, corpus, settings)));
        table.put(label, target, column, Cell.of(s.medianSpread(), s.median()));
    }

    /** Item 7: every figure in PNG at 300 DPI, SVG and PDF through FigureExporter, at its saved size. */
    private void exports(Project p, Corpus corpus) throws Exception {
        Path folder = Files.createDirectories(work.resolve("export-" + column));
        for (FigureSource source : FigureCatalog.all()) {
            FigureSettings settings = p.figureSettings().load(source.name(), source.defaults());
            Figure figure = source.build(p, corpus, settings);
            StringBuilder cell = new StringBuilder();
            for (FigureExporter.Format format : FigureExporter.Format.values()) {
                Path out = folder.resolve(source.name() + "." + format.extension());
                Samples s = Samples.of(repeat(1, o.exportRuns(), 20_000, () -> {
                    FigureExporter.write(figure, settings.style(), settings.widthPt(), settings.heightPt(), 300, format,
                            out);
                    return out;
                }));
                cell.append(cell.length() == 0 ? "" : " · ").append(format).append(' ').append(Samples.time(s.median()));
            }
            table.put("export " + source.name() + " (median): PNG 300 dpi · SVG · PDF", null, column,
                    Cell.text(cell.toString()));
        }
        ProjectGenerator.deleteTree(folder);
    }

    /**
     * Times {@code work} {@code runs} times after {@code warmUps} untimed calls, stopping early
     * (after at least five) once the timed calls took {@code budgetMs} together.
     */
    static List<Double> repeat(int warmUps, int runs, double budgetMs, Callable<?> work) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            work.call();
        }
        List<Double> ms = new ArrayList<>();
        double spent = 0;
        while (ms.size() < runs && (ms.size() < 5 || spent < budgetMs)) {
            long t0 = System.nanoTime();
            work.call();
            double took = (System.nanoTime() - t0) / 1e6;
            ms.add(took);
            spent += took;
        }
        return ms;
    }
}
