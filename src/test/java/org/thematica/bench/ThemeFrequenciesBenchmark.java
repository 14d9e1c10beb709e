package org.thematica.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
import org.thematica.analysis.ThemeFrequencies;
import org.thematica.analysis.ThemeFrequencies.Measure;
import org.thematica.analysis.ThemeFrequencies.Query;
import org.thematica.analysis.ThemeFrequencies.Scope;
import org.thematica.analysis.ThemeFrequencies.Sort;
import org.thematica.analysis.ThemeFrequencies.Subject;
import org.thematica.figure.BarChartFigure;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.Framed;
import org.thematica.model.DocumentKind;
import org.thematica.model.ThemeStatus;
import org.thematica.service.ThemeFrequencySource;

/**
 * The theme frequencies of a large study, built straight as a {@link Corpus} (no database):
 * 1,000 documents (900 interviews, 100 sources), 200,000 coded passages, 500 codes in 30
 * themes (a code in one or two), 1,000 informants in 4 roles, a second speaker linked through
 * turns in a third of the interviews. Prints the median time of each query over repeated runs,
 * then of the whole chart refresh (numbers, figure, one paint). Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:CLASSPATH org.thematica.bench.ThemeFrequenciesBenchmark}
 * (CLASSPATH from {@code mvn dependency:build-classpath}).
 */
public final class ThemeFrequenciesBenchmark {
    private ThemeFrequenciesBenchmark() {
    }

    public static void main(String[] args) {
        int runs = Integer.getInteger("bench.runs", 51);
        long built = System.nanoTime();
        Corpus corpus = corpus(new Random(42), 1_000, 200_000, 500, 30, 4);
        System.out.printf(Locale.ROOT, "synthetic corpus: %d documents, %,d passages, %d codes, %d themes, %d cases"
                        + " (built in %d ms)%n", corpus.documents().size(), corpus.allPassages().size(),
                corpus.codes().size(), corpus.themes().size(), corpus.cases().size(),
                (System.nanoTime() - built) / 1_000_000);
        Map<String, Query> queries = new java.util.LinkedHashMap<>();
        queries.put("share of interviews per theme", Query.defaults());
        queries.put("share of interviews, split by role", new Query(Measure.DOCUMENTS, Subject.THEMES,
                Scope.INTERVIEWS, null, null, "role", Sort.VALUE));
        queries.put("share of cases, split by role", new Query(Measure.CASES, Subject.THEMES, Scope.INTERVIEWS,
                null, null, "role", Sort.VALUE));
        queries.put("coded words, all documents", new Query(Measure.WORDS, Subject.THEMES, Scope.ALL, null, null,
                null, Sort.VALUE));
        queries.put("segments per code, role = r1", new Query(Measure.SEGMENTS, Subject.CODES, Scope.INTERVIEWS,
                "role", "r1", null, Sort.NAME));
        for (var e : queries.entrySet()) {
            double[] ms = new double[runs];
            for (int i = 0; i < 10; i++) {
                ThemeFrequencies.compute(corpus, e.getValue()); // warm up
            }
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                ThemeFrequencies.compute(corpus, e.getValue());
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            report(e.getKey(), ms);
        }
        // the whole refresh of the chart after an edit: numbers, figure, and one paint of a
        // 900 x 500 pt chart of 30 themes (JFreeChart lays it out twice: labels, then bars)
        FigureSettings settings = new ThemeFrequencySource().defaults();
        BufferedImage image = new BufferedImage(900, 500, BufferedImage.TYPE_INT_RGB);
        double[] compute = new double[runs];
        double[] paint = new double[runs];
        for (int i = -10; i < runs; i++) {
            long t0 = System.nanoTime();
            BarChartFigure figure = ThemeFrequencySource.figure(corpus, settings);
            long t1 = System.nanoTime();
            Graphics2D g = image.createGraphics();
            Framed.paint(figure, g, 900, 500, settings.style());
            g.dispose();
            long t2 = System.nanoTime();
            if (i >= 0) {
                compute[i] = (t1 - t0) / 1e6;
                paint[i] = (t2 - t1) / 1e6;
            }
        }
        report("chart: numbers + figure", compute);
        report("chart: paint 900 x 500 (30 themes)", paint);
    }

    private static void report(String what, double[] ms) {
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-36s median %6.2f ms  (min %.2f, max %.2f, %d runs)%n", what,
                ms[ms.length / 2], ms[0], ms[ms.length - 1], ms.length);
    }

    static Corpus corpus(Random random, int documents, int passages, int codes, int themes, int roles) {
        List<CodeInfo> codeInfos = new ArrayList<>();
        for (int c = 0; c < codes; c++) {
            codeInfos.add(new CodeInfo(10_000 + c, "code " + c, "#336699", null));
        }
        List<List<Long>> members = new ArrayList<>();
        for (int t = 0; t < themes; t++) {
            members.add(new ArrayList<>());
        }
        for (int c = 0; c < codes; c++) {
            members.get(random.nextInt(themes)).add(10_000L + c);
            if (random.nextInt(4) == 0) {
                int t = random.nextInt(themes);
                if (!members.get(t).contains(10_000L + c)) {
                    members.get(t).add(10_000L + c);
                }
            }
        }
        List<ThemeInfo> themeInfos = new ArrayList<>();
        for (int t = 0; t < themes; t++) {
            themeInfos.add(new ThemeInfo(50_000 + t, "theme " + t, "#993366", ThemeStatus.REVIEWED,
                    members.get(t).stream().mapToLong(Long::longValue).toArray()));
        }
        List<CaseInfo> cases = new ArrayList<>();
        for (int k = 0; k < documents; k++) {
            Map<String, String> attributes = new HashMap<>();
            attributes.put("role", "r" + random.nextInt(roles));
            attributes.put("gender", random.nextBoolean() ? "female" : "male");
            cases.add(new CaseInfo(100_000 + k, "case " + k, attributes));
        }
        Map<Long, DocumentPart> parts = new HashMap<>();
        int perDocument = passages / documents;
        for (int d = 0; d < documents; d++) {
            long id = 1 + d;
            boolean interview = d % 10 != 0;
            long informant = 100_000 + d;
            long second = 100_000 + (d + 1) % documents;
            boolean twoSpeakers = interview && d % 3 == 0;
            long[] docCases = twoSpeakers ? new long[] {informant, second} : interview ? new long[] {informant}
                    : new long[0];
            List<Passage> list = new ArrayList<>(perDocument);
            int at = 0;
            for (int i = 0; i < perDocument; i++) {
                at += random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(200); // some passages share an extent
                int length = 20 + random.nextInt(300);
                long[] said = twoSpeakers && random.nextBoolean() ? new long[] {second} : interview
                        ? new long[] {informant} : new long[0];
                list.add(new Passage(id, 10_000 + random.nextInt(codes), 1, at, at + length, said, length / 6));
            }
            list.sort(java.util.Comparator.comparingInt(Passage::start).thenComparingInt(Passage::end));
            parts.put(id, new DocumentPart(new Doc(id, String.format(Locale.ROOT, "D%04d", d),
                    interview ? DocumentKind.INTERVIEW : DocumentKind.SOURCE, 8_000, docCases), list));
        }
        return new Corpus(parts, cases, codeInfos, themeInfos, List.of());
    }
}
