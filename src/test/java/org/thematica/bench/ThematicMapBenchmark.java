package org.thematica.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.Corpus.CodeInfo;
import org.thematica.analysis.Corpus.Doc;
import org.thematica.analysis.Corpus.DocumentPart;
import org.thematica.analysis.Corpus.Link;
import org.thematica.analysis.Corpus.Passage;
import org.thematica.analysis.Corpus.ThemeInfo;
import org.thematica.analysis.ThemeCooccurrence;
import org.thematica.analysis.ThemePresence;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.FigureStyle;
import org.thematica.figure.ThematicMapFigure;
import org.thematica.model.DocumentKind;
import org.thematica.model.ThemeStatus;
import org.thematica.service.ThematicMapSource;

/**
 * What the thematic map costs on a large project, built straight into a {@link Corpus} (no
 * project file): 1,000 documents, 200,000 coded passages (many overlapping), 500 codes, 30
 * themes (a tenth of the codes in two themes), 40 links. Times node sizes (theme reach),
 * co-occurrence, the automatic layout, the whole map model as the window builds it, and one
 * paint; prints medians over 15 runs after 3 warm-ups.
 *
 * <p>Run: {@code mvn -q -DskipTests test-compile} then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.thematica.bench.ThematicMapBenchmark}
 * (cp.txt from {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class ThematicMapBenchmark {
    private ThematicMapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Corpus corpus = corpus(42);
        System.out.printf(Locale.ROOT, "corpus: %d documents, %d passages, %d codes, %d themes, %d links%n",
                corpus.documents().size(), corpus.allPassages().size(), corpus.codes().size(), corpus.themes().size(),
                corpus.links().size());
        FigureSettings plain = new ThematicMapSource().defaults();
        FigureSettings ties = plain.withOption(ThematicMapSource.SHOW_COOCCURRENCE, "true");
        time("node sizes (ThemePresence)", () -> ThemePresence.compute(corpus));
        time("co-occurrence (ThemeCooccurrence)", () -> ThemeCooccurrence.compute(corpus));
        time("layout (whole map model, no co-occurrence)", () -> ThematicMapSource.model(corpus, Map.of(), plain));
        time("whole map model with co-occurrence", () -> ThematicMapSource.model(corpus, Map.of(), ties));
        ThematicMapFigure figure = new ThematicMapFigure(ThematicMapSource.model(corpus, Map.of(), ties));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(900, 700,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        time("paint 900 x 700 px", () -> {
            java.awt.Graphics2D g = image.createGraphics();
            figure.paint(g, new java.awt.geom.Rectangle2D.Double(10, 10, 880, 680), FigureStyle.plain());
            g.dispose();
            return image;
        });
    }

    private static void time(String what, Callable<?> work) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int run = -3; run < 15; run++) {
            long start = System.nanoTime();
            work.call();
            double took = (System.nanoTime() - start) / 1e6;
            if (run >= 0) {
                ms.add(took);
            }
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "%-45s median %8.1f ms   (min %.1f, max %.1f)%n", what, ms.get(ms.size() / 2),
                ms.get(0), ms.get(ms.size() - 1));
    }

    static Corpus corpus(long seed) {
        Random random = new Random(seed);
        int documents = 1_000;
        int perDocument = 200;
        int codes = 500;
        int themes = 30;
        List<CodeInfo> codeInfos = new ArrayList<>();
        for (int c = 1; c <= codes; c++) {
            codeInfos.add(new CodeInfo(c, "code " + c, "#336699", null));
        }
        Map<Integer, List<Long>> members = new HashMap<>();
        for (int c = 1; c <= codes; c++) {
            members.computeIfAbsent(1 + (c - 1) % themes, k -> new ArrayList<>()).add((long) c);
            if (c % 10 == 0) { // a tenth of the codes in a second theme
                members.computeIfAbsent(1 + (c * 7) % themes, k -> new ArrayList<>()).add((long) c);
            }
        }
        List<ThemeInfo> themeInfos = new ArrayList<>();
        for (int t = 1; t <= themes; t++) {
            themeInfos.add(new ThemeInfo(1000 + t, "theme " + t, "#aa5500", ThemeStatus.CANDIDATE,
                    members.get(t).stream().distinct().mapToLong(Long::longValue).toArray()));
        }
        List<Link> links = new ArrayList<>();
        for (int l = 0; l < 40; l++) {
            int a = 1 + random.nextInt(themes);
            int b = 1 + random.nextInt(themes);
            if (a == b) {
                b = 1 + a % themes;
            }
            links.add(new Link(l + 1, 1000 + a, 1000 + b, "leads to"));
        }
        Map<Long, DocumentPart> parts = new HashMap<>();
        for (int d = 1; d <= documents; d++) {
            List<Passage> passages = new ArrayList<>();
            for (int p = 0; p < perDocument; p++) {
                int start = random.nextInt(30_000);
                int end = start + 40 + random.nextInt(400);
                passages.add(new Passage(d, 1 + random.nextInt(codes), 1, start, end, new long[0], (end - start) / 6));
            }
            passages.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
                    : Integer.compare(x.end(), y.end()));
            DocumentKind kind = d % 10 == 0 ? DocumentKind.SOURCE : DocumentKind.INTERVIEW;
            parts.put((long) d, new DocumentPart(new Doc(d, String.format("D%04d", d), kind, 5_000, new long[0]),
                    passages));
        }
        return new Corpus(parts, List.of(), codeInfos, themeInfos, links);
    }
}
