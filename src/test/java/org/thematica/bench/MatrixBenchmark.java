package org.thematica.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.Corpus.CaseInfo;
import org.thematica.analysis.Corpus.CodeInfo;
import org.thematica.analysis.Corpus.Doc;
import org.thematica.analysis.Corpus.DocumentPart;
import org.thematica.analysis.Corpus.Passage;
import org.thematica.analysis.Corpus.ThemeInfo;
import org.thematica.analysis.ThemeCaseMatrix;
import org.thematica.analysis.ThemeCaseMatrix.Measure;
import org.thematica.analysis.ThemeCaseMatrix.Rows;
import org.thematica.analysis.ThemeCaseMatrix.Spec;
import org.thematica.figure.FigureStyle;
import org.thematica.figure.MatrixFigure;
import org.thematica.model.DocumentKind;
import org.thematica.model.ThemeStatus;

/**
 * The theme × case matrix on a synthetic corpus built in memory: 1,000 documents (900
 * interviews, 100 sources), 200,000 passages, 500 codes, 30 themes (a tenth of the codes in
 * two themes), 1,000 cases in 4 roles, a third of the interviews with speaker turns (the
 * interviewer's passages have no case). Prints the median of 21 runs per setting.
 * {@code java -cp ... org.thematica.bench.MatrixBenchmark}
 */
public final class MatrixBenchmark {
    private MatrixBenchmark() {
    }

    public static void main(String[] args) {
        Corpus corpus = corpus(new Random(42));
        System.out.printf(Locale.ROOT, "corpus: %d documents, %d passages, %d codes, %d themes, %d cases%n",
                corpus.documents().size(), corpus.allPassages().size(), corpus.codes().size(), corpus.themes().size(),
                corpus.cases().size());
        List<Spec> specs = List.of(
                new Spec(Rows.THEMES, "role", Measure.SEGMENTS, DocumentKind.INTERVIEW),
                new Spec(Rows.THEMES, "role", Measure.CASE_SHARE, null),
                new Spec(Rows.THEMES, null, Measure.DOCUMENTS, DocumentKind.INTERVIEW),
                new Spec(Rows.CODES, "role", Measure.SEGMENTS, null),
                new Spec(Rows.CODES, null, Measure.DOCUMENT_SHARE, null));
        for (Spec spec : specs) {
            long[] times = new long[21];
            ThemeCaseMatrix m = null;
            for (int i = -5; i < times.length; i++) { // five warm-up runs
                long t0 = System.nanoTime();
                m = ThemeCaseMatrix.compute(corpus, spec);
                if (i >= 0) {
                    times[i] = System.nanoTime() - t0;
                }
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "%-6s × %-5s %-15s %-9s: %d × %d cells, median %.1f ms (min %.1f, max %.1f)%n",
                    spec.rows().key(), spec.attribute() == null ? "case" : spec.attribute(), spec.measure().key(),
                    spec.kind() == null ? "all" : spec.kind().key(), m.rows().size(), m.columns().size(),
                    times[10] / 1e6, times[0] / 1e6, times[20] / 1e6);
        }
        // the figure's layout (what a repaint costs besides drawing), themes by role
        MatrixFigure figure = MatrixFigure.of(ThemeCaseMatrix.compute(corpus, specs.get(0)), true);
        long[] times = new long[21];
        for (int i = -5; i < times.length; i++) {
            long t0 = System.nanoTime();
            figure.layout(new java.awt.geom.Rectangle2D.Double(0, 0, 800, 600), FigureStyle.plain());
            if (i >= 0) {
                times[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "figure layout, 30 themes × 4 roles: median %.2f ms%n", times[10] / 1e6);
    }

    static Corpus corpus(Random random) {
        String[] roles = {"political actor", "security expert", "academic", "local expert"};
        List<CaseInfo> cases = new ArrayList<>();
        for (int k = 0; k < 1000; k++) {
            cases.add(new CaseInfo(10_000 + k, String.format(Locale.ROOT, "P%04d", k),
                    Map.of("role", roles[k % roles.length], "age", String.valueOf(25 + k % 50))));
        }
        List<CodeInfo> codes = new ArrayList<>();
        for (int c = 0; c < 500; c++) {
            codes.add(new CodeInfo(20_000 + c, String.format(Locale.ROOT, "code %03d", c), "#336699", null));
        }
        List<ThemeInfo> themes = new ArrayList<>();
        for (int t = 0; t < 30; t++) {
            List<Long> members = new ArrayList<>();
            for (int c = t; c < 500; c += 30) {
                members.add(20_000L + c);
            }
            for (int c = (t * 7) % 500; c < 500; c += 300) { // some codes in a second theme
                members.add(20_000L + c);
            }
            themes.add(new ThemeInfo(30_000 + t, String.format(Locale.ROOT, "theme %02d", t), "#aa3377",
                    ThemeStatus.CANDIDATE, members.stream().distinct().mapToLong(Long::longValue).toArray()));
        }
        Map<Long, DocumentPart> parts = new HashMap<>();
        for (int d = 0; d < 1000; d++) {
            long id = d + 1;
            boolean interview = d < 900;
            boolean withTurns = interview && d % 3 == 0;
            long[] docCases = interview && !withTurns ? new long[] {10_000 + d} : new long[0];
            long[] allCases = interview ? new long[] {10_000 + d} : new long[0];
            List<Passage> passages = new ArrayList<>(200);
            int at = 0;
            for (int i = 0; i < 200; i++) {
                at += 10 + random.nextInt(200);
                int len = 20 + random.nextInt(400);
                long[] pc = withTurns ? (random.nextInt(4) == 0 ? new long[0] : allCases) : docCases;
                passages.add(new Passage(id, 20_000 + random.nextInt(500), 1, at, at + len, pc, len / 6));
            }
            parts.put(id, new DocumentPart(new Doc(id, String.format(Locale.ROOT, "D%04d", d),
                    interview ? DocumentKind.INTERVIEW : DocumentKind.SOURCE, 5000, allCases), passages));
        }
        return new Corpus(parts, cases, codes, themes, List.of());
    }
}
