package org.thematica.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.thematica.analysis.agreement.Agreement;
import org.thematica.analysis.agreement.AgreementInput;
import org.thematica.analysis.agreement.AgreementReport;
import org.thematica.service.AgreementService;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.store.Database;

/**
 * Issue 12: agreement between the two coders of the large generated project (ProjectGenerator,
 * seed 1: 1,000 transcripts, 72 million characters, 500 codes, 200,000 codings, 160,072 by
 * "generator" and 39,928 by "second coder"), over its default scope (every document both coded),
 * against the target of at most 2 s. Timed in one JVM after warm-ups: the whole service call
 * (reads, scope, offsets, measures), the reads alone, and the measures alone. The generator
 * places both coders' codings at random, so they rarely overlap; a second run measures the same
 * codings of "generator" against an in-memory recoder who re-codes 80% of them with shifted ends
 * (and one in ten with another code), where matching and α_U meet real overlaps.
 *
 * <p>{@code AgreementBenchmark [--project FILE] [--runs N] [--results FILE]}: without
 * {@code --project} the large project is generated into a temp folder (about 30 s) and deleted.
 */
public final class AgreementBenchmark {
    private AgreementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = null;
        int runs = 11;
        Path results = Path.of("bench", "results.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--project" -> project = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--results" -> results = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --project FILE --runs N --results FILE");
            }
        }
        Path temp = null;
        if (project == null) {
            temp = Files.createTempDirectory("thematica-agreement");
            project = ProjectGenerator.generate(temp.resolve("large.thematica"), ProjectGenerator.Size.LARGE, 1);
        }
        double loadBefore = MachineInfo.loadAverage();
        AgreementService.Request request = new AgreementService.Request("generator", "second coder");
        List<Double> whole = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        List<Double> measures = new ArrayList<>();
        List<Double> recoded = new ArrayList<>();
        AgreementReport report = null;
        AgreementReport recodedReport = null;
        AgreementInput input;
        try (Project p = Project.open(project, Database.Mode.READ_ONLY, Settings.forUser("bench"))) {
            input = p.agreement().prepare(request);
            AgreementInput jittered = recoder(input, new Random(7));
            for (int i = -2; i < runs; i++) { // two warm-ups
                long t0 = System.nanoTime();
                report = p.agreement().compute(request);
                long t1 = System.nanoTime();
                input = p.agreement().prepare(request);
                long t2 = System.nanoTime();
                Agreement.compute(input);
                long t3 = System.nanoTime();
                recodedReport = Agreement.compute(jittered);
                long t4 = System.nanoTime();
                if (i >= 0) {
                    whole.add((t1 - t0) / 1e6);
                    reads.add((t2 - t1) / 1e6);
                    measures.add((t3 - t2) / 1e6);
                    recoded.add((t4 - t3) / 1e6);
                }
            }
        }
        if (temp != null) {
            ProjectGenerator.deleteTree(temp);
        }
        String section = section(runs, loadBefore, input, report, recodedReport, Samples.of(whole), Samples.of(reads),
                Samples.of(measures), Samples.of(recoded));
        System.out.print(section);
        Files.writeString(results, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("appended to " + results.toAbsolutePath());
    }

    /**
     * A second coder who re-codes 80% of coder A's codings, each end moved by up to a fifth of its
     * length, one in ten with another code; coder A's codings stay.
     */
    static AgreementInput recoder(AgreementInput input, Random random) {
        List<AgreementInput.Coding> codings = new ArrayList<>();
        java.util.Map<Long, Long> lengths = new java.util.HashMap<>();
        input.documents().forEach(d -> lengths.put(d.id(), d.length()));
        List<AgreementInput.Code> codes = input.codes();
        for (AgreementInput.Coding c : input.codings()) {
            if (c.coder() != AgreementInput.Coder.A) {
                continue;
            }
            codings.add(c);
            if (random.nextInt(5) == 0) {
                continue;
            }
            long span = c.end() - c.start();
            long shift = Math.max(1, span / 5);
            long start = Math.max(0, c.start() + random.nextLong(2 * shift + 1) - shift);
            long end = Math.min(lengths.get(c.documentId()), c.end() + random.nextLong(2 * shift + 1) - shift);
            long code = random.nextInt(10) == 0 ? codes.get(random.nextInt(codes.size())).id() : c.codeId();
            if (end > start) {
                codings.add(new AgreementInput.Coding(c.documentId(), code, AgreementInput.Coder.B, start, end));
            }
        }
        return new AgreementInput(input.coderA(), "recoder", input.documents(), codes, codings,
                input.overlapPercent());
    }

    private static String section(int runs, double loadBefore, AgreementInput input, AgreementReport report,
                                  AgreementReport recoded, Samples whole, Samples reads, Samples measures,
                                  Samples recodedTimes) {
        long byA = input.codings().stream().filter(c -> c.coder() == AgreementInput.Coder.A).count();
        return String.format(Locale.ROOT, "%n## Agreement between two coders (issue 12): %s%n%n"
                        + "Machine: %s. Load average %.2f before, %.2f after.%n%n"
                        + "Command: `java -cp … %s` (or `mvn -q -Pbench verify`). The large generated project"
                        + " (ProjectGenerator, seed 1), default scope: %,d documents both coders coded, %,d characters,"
                        + " %d codes, %,d codings (%,d by %s, %,d by %s). n = %d runs after two warm-ups, one JVM;"
                        + " median (min–max).%n%n"
                        + "| measure | time | target |%n|---|---|---|%n"
                        + "| agreement, whole service call (read codings and lengths, scope, offsets, all measures) | %s | ≤ 2 s |%n"
                        + "| of which reading and preparing | %s | |%n"
                        + "| of which the measures (analysis.agreement) | %s | |%n"
                        + "| the measures against an in-memory recoder (80%% of %s's codings re-coded with shifted ends) | %s | |%n%n"
                        + "Pooled: percent %s, kappa %s, alpha %s, alpha_U %s, segments %s (codings placed at random);"
                        + " against the recoder: kappa %s, alpha_U %s, segments %s.%n",
                LocalDate.now(), MachineInfo.describe(), loadBefore, MachineInfo.loadAverage(),
                AgreementBenchmark.class.getName(), input.documents().size(), report.units(), input.codes().size(),
                input.codings().size(), byA, input.coderA(), input.codings().size() - byA, input.coderB(), runs,
                whole.medianSpread(), reads.medianSpread(), measures.medianSpread(), input.coderA(),
                recodedTimes.medianSpread(), value(report.overall().percent()), value(report.overall().kappa()),
                value(report.overall().alpha()), value(report.overall().alphaU()),
                value(report.overall().segments().percent()), value(recoded.overall().kappa()),
                value(recoded.overall().alphaU()), value(recoded.overall().segments().percent()));
    }

    private static String value(org.thematica.analysis.agreement.Measure m) {
        return m.defined() ? String.format(Locale.ROOT, "%.3f", m.value()) : "not defined (" + m.undefined() + ")";
    }
}
