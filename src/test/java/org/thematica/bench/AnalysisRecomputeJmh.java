package org.thematica.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeCaseMatrix;
import org.thematica.analysis.ThemeFrequencies;
import org.thematica.model.DocumentKind;

/**
 * The analysis recompute behind every coding (the bar chart's numbers and the theme × role
 * matrix) as a JMH micro-benchmark, on a corpus of the large project's shape built in memory
 * (1,000 documents, 200,000 passages, 500 codes, 30 themes, 1,000 cases in 4 roles; see
 * ThemeFrequenciesBenchmark). JMH warms up, forks fresh JVMs and returns the results so the JIT
 * cannot drop the work. {@link #main} runs it and appends the scores to bench/results.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AnalysisRecomputeJmh {
    private Corpus corpus;
    private final ThemeFrequencies.Query chart = ThemeFrequencies.Query.defaults();
    private final ThemeCaseMatrix.Spec matrix = new ThemeCaseMatrix.Spec(ThemeCaseMatrix.Rows.THEMES, "role",
            ThemeCaseMatrix.Measure.SEGMENTS, DocumentKind.INTERVIEW);

    @Setup
    public void build() {
        corpus = ThemeFrequenciesBenchmark.corpus(new Random(42), 1_000, 200_000, 500, 30, 4);
    }

    @Benchmark
    public ThemeFrequencies.Result themeFrequencies() {
        return ThemeFrequencies.compute(corpus, chart);
    }

    @Benchmark
    public ThemeCaseMatrix themeByRoleMatrix() {
        return ThemeCaseMatrix.compute(corpus, matrix);
    }

    /** {@code AnalysisRecomputeJmh [RESULTS_FILE]}: runs the benchmarks and appends a table of the scores. */
    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results.md");
        Collection<RunResult> runs = new Runner(new OptionsBuilder()
                .include(AnalysisRecomputeJmh.class.getName() + "\\.").build()).run();
        StringBuilder table = new StringBuilder("| benchmark | mean | ± (99.9% CI) | samples |\n|---|---|---|---|\n");
        for (RunResult r : runs) {
            var s = r.getPrimaryResult();
            table.append(String.format(Locale.ROOT, "| %s | %.2f %s | %.2f | %d |%n",
                    r.getParams().getBenchmark().replace(AnalysisRecomputeJmh.class.getName() + ".", ""),
                    s.getScore(), s.getScoreUnit(), s.getScoreError(), s.getStatistics().getN()));
        }
        String section = String.format(Locale.ROOT, "%n## Analysis recompute per coding, JMH 1.37 — %s%n%n"
                        + "Machine: %s. Load average %.2f at the end. `AnalysisRecomputeJmh` (JMH: average time,"
                        + " 2 forks × 5 warm-up and 5 measured iterations of 1 s). Corpus built in memory in the large"
                        + " project's shape: 1,000 documents, 200,000 passages, 500 codes, 30 themes, 1,000 cases in 4"
                        + " roles. `themeFrequencies` is the bar chart's default measure (share of interviews per"
                        + " theme); `themeByRoleMatrix` is themes × role, coded segments, interviews.%n%n%s",
                LocalDate.now(), MachineInfo.describe(), MachineInfo.loadAverage(), table);
        System.out.print(section);
        Files.writeString(results, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
