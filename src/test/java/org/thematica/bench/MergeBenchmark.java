package org.thematica.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.thematica.edit.CreateCodings;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.Document;
import org.thematica.model.MemoTarget;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.service.merge.Choices;
import org.thematica.service.merge.CoderCopies;
import org.thematica.service.merge.MergeReport;
import org.thematica.service.merge.MergeService;
import org.thematica.store.Database;

/**
 * Merging a third coder's blind copy with 40,000 new codings (plus renamed codes and memos) back
 * into the large generated project (1,000 transcripts, 10 million words, 200,000 codings): the
 * issue's target is 5 s. Each run merges into a fresh file copy of the project; timed is
 * {@code MergeService.merge} alone (open and close are not), and then a second merge of the same
 * copy, which must find nothing new. Appends the medians to bench/results.md.
 *
 * <p>{@code java -cp ... org.thematica.bench.MergeBenchmark [WORK_DIR [RUNS]]}; the generated
 * project and the copy are kept in WORK_DIR and reused (generating takes minutes);
 * {@code -Dbench.size=small} tries it on the small project.
 */
public final class MergeBenchmark {
    private static final int NEW_CODINGS = 40_000;
    private static final String CODER = "third coder";

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args.length > 0 ? args[0]
                : System.getProperty("java.io.tmpdir") + "/thematica-merge-bench"));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path large = work.resolve("large.thematica");
        if (!Files.exists(large)) {
            long t0 = System.nanoTime();
            ProjectGenerator.generate(large, ProjectGenerator.Size.valueOf(System.getProperty("bench.size", "large")
                    .toUpperCase(Locale.ROOT)), 1);
            System.out.printf(Locale.ROOT, "generated the large project in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        }
        Path copy = work.resolve("third-coder.thematica");
        if (!Files.exists(copy)) {
            makeCopy(large, copy);
        }
        long[] merge = new long[runs];
        long[] cpu = new long[runs];
        long[] again = new long[runs];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        MergeReport report = null;
        for (int i = 0; i < runs; i++) {
            Path target = work.resolve("merged.thematica");
            Files.deleteIfExists(target);
            Files.copy(large, target, StandardCopyOption.REPLACE_EXISTING);
            try (Project p = Project.open(target, Database.Mode.READ_WRITE, Settings.forUser("analyst"))) {
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime(); // SQLite runs on this thread too
                report = new MergeService(p).merge(copy, Choices.DEFAULT);
                merge[i] = System.nanoTime() - t0;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
                long t1 = System.nanoTime();
                MergeReport second = new MergeService(p).merge(copy, Choices.DEFAULT);
                again[i] = System.nanoTime() - t1;
                if (second.changesProject() || report.added().getOrDefault("coding", 0) != NEW_CODINGS) {
                    throw new IllegalStateException("unexpected merge: " + report.added() + " then " + second.added());
                }
            }
            System.out.printf(Locale.ROOT, "run %d: merge %.2f s (CPU %.2f s), again %.2f s (load %.2f)%n", i + 1,
                    merge[i] / 1e9, cpu[i] / 1e9, again[i] / 1e9, MachineInfo.loadAverage());
        }
        Arrays.sort(merge);
        Arrays.sort(cpu);
        Arrays.sort(again);
        String section = String.format(Locale.ROOT, "%n## Merging a coder copy into the large project — %s%n%n"
                        + "Issue 12: a third coder's blind copy of the large generated project (1,000 transcripts,"
                        + " 200,000 codings), with %,d new codings, 5 renamed codes and 20 memos, merged back"
                        + " (bench.MergeBenchmark). Target: at most 5 s. Each run merges into a fresh copy of the"
                        + " project file; timed is the merge alone.%n%n"
                        + "Machine: %s. n = %d, load average (1 min) at the end %.2f.%n%n"
                        + "| measure | median | min | max |%n|---|---|---|---|%n"
                        + "| merge (%s), wall clock | %.2f s | %.2f s | %.2f s |%n"
                        + "| the same, CPU time of the merging thread | %.2f s | %.2f s | %.2f s |%n"
                        + "| merging the same copy again (nothing new) | %.2f s | %.2f s | %.2f s |%n",
                LocalDate.now(), NEW_CODINGS, MachineInfo.describe(), runs, MachineInfo.loadAverage(),
                "new: " + report.added() + ", changed: " + report.changed(), merge[runs / 2] / 1e9, merge[0] / 1e9, merge[runs - 1] / 1e9, cpu[runs / 2] / 1e9,
                cpu[0] / 1e9, cpu[runs - 1] / 1e9, again[runs / 2] / 1e9,
                again[0] / 1e9, again[runs - 1] / 1e9);
        System.out.print(section);
        Path results = Path.of("bench", "results.md");
        if (Files.isDirectory(results.getParent())) {
            Files.writeString(results, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    /** The blind copy for a coder new to the project, and their 40,000 codings in it, a document at a time. */
    private static void makeCopy(Path large, Path copy) throws Exception {
        try (Project p = Project.open(large, Database.Mode.READ_ONLY, Settings.forUser(CODER))) {
            CoderCopies.write(p, copy, true, CODER, Settings.forUser(CODER));
        }
        Random random = new Random(12);
        try (Project p = Project.open(copy, Database.Mode.READ_WRITE, Settings.forUser(CODER))) {
            List<Document> docs = p.repos().documents.all();
            List<Long> codes = p.repos().codes.all().stream().map(Code::id).toList();
            int perDocument = NEW_CODINGS / docs.size();
            for (int i = 0; i < docs.size(); i++) {
                Document d = docs.get(i);
                int count = i == docs.size() - 1 ? NEW_CODINGS - perDocument * (docs.size() - 1) : perDocument;
                String text = p.repos().documents.text(d.id());
                p.history().perform("Code " + count + " passages in " + d.name(), session -> {
                    long coder = p.coderIn(session, null).id();
                    List<Coding> codings = new ArrayList<>(count);
                    for (int k = 0; k < count; k++) {
                        int start = random.nextInt(Math.max(1, text.length() - 400));
                        int end = Math.min(text.length(), start + 30 + random.nextInt(350));
                        codings.add(new Coding(0, p.newGuid(), d.id(), codes.get(random.nextInt(codes.size())), start,
                                end, text.substring(start, end), coder, p.now()));
                    }
                    session.apply(new CreateCodings(codings));
                });
            }
            for (int c = 0; c < 5; c++) {
                p.codebook().renameCode("code " + (c * 5), "code " + (c * 5) + " (renamed by the third coder)");
            }
            List<Code> book = p.repos().codes.all();
            for (int m = 0; m < 20; m++) {
                p.memos().add(MemoTarget.CODE, book.get(m).name(), "", "The third coder's note " + m);
            }
        }
    }
}
