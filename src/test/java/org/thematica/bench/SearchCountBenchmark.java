package org.thematica.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.thematica.service.Project;
import org.thematica.service.RetrievalService;
import org.thematica.service.SearchRun;
import org.thematica.service.Settings;
import org.thematica.store.Database;

/**
 * Issue 11, item 7: the search pane's full count (every occurrence counted, the first 500
 * listed in context) on the large generated project (ProjectGenerator, seed 1, 10M words).
 * The first search of a session is timed apart from the later ones: it is the one that reads
 * the documents. The counts are printed so that two builds can be compared.
 *
 * <p>{@code SearchCountBenchmark [--project FILE] [--runs N] [--label TEXT] [--results FILE]};
 * without {@code --project} the large project is generated into a temp folder and deleted.
 * Appends a table to bench/results.md.
 */
public final class SearchCountBenchmark {
    private static final String[][] QUERIES = {
        {"single word", "security"},
        {"phrase", "\"security vacuum\""},
        {"absent word", "Fallujah"},
        {"Arabic word", "الكهرباء"},
        {"prefix", "recon*"},
        {"two words", "army militia"},
        {"OR", "electricity OR \"الماء\""},
    };

    /** The search pane's step (SearchViewModel.STEP_NANOS): it shows what a step found, then queues the next. */
    private static final long STEP_NANOS = 40_000_000;

    private SearchCountBenchmark() {
    }

    /** One search run as the pane steps it: {ms until every occurrence is counted, ms until the list is made too}. */
    private static double[] run(RetrievalService pane, String query) {
        long start = System.nanoTime();
        SearchRun run = pane.start(query, 500);
        double counted = -1;
        boolean done;
        do {
            done = run.step(STEP_NANOS);
            if (counted < 0 && run.result().counted()) {
                counted = (System.nanoTime() - start) / 1e6;
            }
        } while (!done);
        return new double[] {counted, (System.nanoTime() - start) / 1e6};
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path project = null;
        int runs = 21;
        String label = "";
        Path results = Path.of("bench", "results.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--project" -> project = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--label" -> label = args[++i];
                case "--results" -> results = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --project FILE --runs N --label TEXT --results FILE");
            }
        }
        Path temp = null;
        if (project == null) {
            temp = Files.createTempDirectory("thematica-search");
            project = ProjectGenerator.generate(temp.resolve("large.thematica"), ProjectGenerator.Size.LARGE, 1);
        }
        double loadBefore = MachineInfo.loadAverage();
        StringBuilder table = new StringBuilder("| query | first search of the session: count known · all listed"
                + " | count known: p50 · p95 (min–max) | count known and 500 listed: p50 · p95 | n | matches in"
                + " documents |\n|---|---|---|---|---|---|\n");
        long heapBefore;
        long heapAfter;
        try (Project p = Project.open(project, Database.Mode.READ_WRITE, Settings.forUser("bench"))) {
            heapBefore = MachineInfo.liveHeapMb();
            RetrievalService pane = new RetrievalService(p); // as the pane: one for the session
            for (String[] q : QUERIES) {
                double[] first = run(pane, q[1]);
                RetrievalService.SearchResult expected = pane.search(q[1], 500);
                run(pane, q[1]); // one warm-up
                List<Double> counted = new ArrayList<>();
                List<Double> listed = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    double[] ms = run(pane, q[1]);
                    counted.add(ms[0]);
                    listed.add(ms[1]);
                }
                if (!pane.search(q[1], 500).equals(expected)) {
                    throw new AssertionError(q[1] + ": the result changed between runs");
                }
                Samples c = Samples.of(counted);
                table.append(String.format(Locale.ROOT, "| %s `%s` | %s · %s | %s (%s–%s) | %s | %d | %,d in %,d |%n",
                        q[0], q[1].replace("|", "\\|"), Samples.time(first[0]), Samples.time(first[1]), c.p50p95(),
                        Samples.time(c.min()), Samples.time(c.max()), Samples.of(listed).p50p95(), c.size(),
                        expected.matches(), expected.documents()));
                System.out.print(table.substring(table.lastIndexOf("| " + q[0])));
            }
            heapAfter = MachineInfo.liveHeapMb();
        }
        if (temp != null) {
            ProjectGenerator.deleteTree(temp);
        }
        String section = String.format(Locale.ROOT, "%n## Search pane, full count (issue 11, item 7)%s — %s%n%n"
                        + "Machine: %s. Load average %.2f before, %.2f after (other builds were running on the"
                        + " machine). Project: ProjectGenerator LARGE, seed 1 (1,000 documents, 10.2 M words)."
                        + " A search run as the pane runs it (`RetrievalService.start(query, 500)`, stepped 40 ms at"
                        + " a time): until every occurrence is counted (the summary's number is final), and until the"
                        + " first 500 are listed in context too. One RetrievalService for all queries, as the pane"
                        + " keeps one; each query's first search is timed apart (the session's very first search"
                        + " reads every document), then one warm-up and n timed runs."
                        + " Heap in use after a full GC: %d MB with the project open, %d MB after the searches.%n%n%s",
                label.isEmpty() ? "" : ": " + label, LocalDate.now(), MachineInfo.describe(), loadBefore,
                MachineInfo.loadAverage(), heapBefore, heapAfter, table);
        System.out.print(section);
        Files.writeString(results, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.exit(0);
    }
}
