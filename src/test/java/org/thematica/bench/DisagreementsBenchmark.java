package org.thematica.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.thematica.service.AgreementOverview;
import org.thematica.service.AgreementService;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.store.Database;

/**
 * Issue 12, part 5: what the Agreement window computes after every edit on the large generated
 * project (ProjectGenerator, seed 1: 1,000 transcripts, 200,000 codings by two coders placed at
 * random, so nearly every coding is a disagreement), phase by phase (service.AgreementOverview):
 * reading (on the project's thread), measuring (beside it), and the excerpts of the first 1,000
 * passages listed (on the project's thread). Timed in one JVM after two warm-ups.
 *
 * <p>{@code DisagreementsBenchmark [--project FILE] [--runs N] [--results FILE]}: without
 * {@code --project} the large project is generated into a temp folder and deleted.
 */
public final class DisagreementsBenchmark {
    private DisagreementsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = null;
        int runs = 5;
        Path results = Path.of("bench", "results.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--project" -> project = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--results" -> results = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path temp = null;
        if (project == null) {
            temp = Files.createTempDirectory("thematica-disagreements");
            project = ProjectGenerator.generate(temp.resolve("large.thematica"), ProjectGenerator.Size.LARGE, 1);
        }
        double loadBefore = MachineInfo.loadAverage();
        AgreementService.Request request = new AgreementService.Request("generator", "second coder");
        List<Double> report = new ArrayList<>();
        List<Double> listing = new ArrayList<>();
        List<Double> choices = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        int found = 0;
        try (Project p = Project.open(project, Database.Mode.READ_ONLY, Settings.forUser("bench"))) {
            for (int i = -2; i < runs; i++) {
                long t0 = System.nanoTime();
                AgreementOverview.Reading reading = p.adjudication().read(request);
                long t1 = System.nanoTime();
                AgreementOverview.Measured measured = AgreementOverview.measure(reading, null, 1_000);
                long t2 = System.nanoTime();
                AgreementOverview.Overview overview = p.adjudication().excerpt(measured);
                long t3 = System.nanoTime();
                found = overview.total();
                if (i >= 0) {
                    report.add((t1 - t0) / 1e6);
                    listing.add((t2 - t1) / 1e6);
                    choices.add((t3 - t2) / 1e6);
                    whole.add((t3 - t0) / 1e6);
                }
            }
        }
        String section = String.format(Locale.ROOT, """

                ## The Agreement window's refresh on the large project (issue 12, part 5): %s

                Machine: %s. Load average %.2f before, %.2f after.

                Command: `java -cp … org.thematica.bench.DisagreementsBenchmark`. The large generated project
                (ProjectGenerator, seed 1), generator against second coder, default scope: %,d passages where they
                differ (the codings are placed at random). n = %d runs after two warm-ups, one JVM; median (min–max).

                | phase | thread | time |
                |---|---|---|
                | read: codings, lengths, names, choices (AdjudicationService.read) | project | %s |
                | measure: the report, the passages found, counted and sorted (AgreementOverview.measure) | compute | %s |
                | excerpt the first 1,000 passages (AdjudicationService.excerpt) | project | %s |
                | the whole refresh | | %s |
                """, LocalDate.now(), MachineInfo.describe(), loadBefore, MachineInfo.loadAverage(), found, runs,
                stat(report), stat(listing), stat(choices), stat(whole));
        System.out.print(section);
        Files.writeString(results, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (temp != null) {
            try (var files = Files.walk(temp)) {
                files.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String stat(List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%.2f s (%.2f–%.2f s)", sorted.get(sorted.size() / 2) / 1000,
                sorted.get(0) / 1000, sorted.get(sorted.size() - 1) / 1000);
    }
}
