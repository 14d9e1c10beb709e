package org.thematica.bench;

import java.awt.geom.Rectangle2D;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.StopWords;
import org.thematica.analysis.WordCloudOptions;
import org.thematica.analysis.WordIndex;
import org.thematica.analysis.WordScope;
import org.thematica.edit.CreateCode;
import org.thematica.edit.CreateCodings;
import org.thematica.edit.CreateTheme;
import org.thematica.edit.SetThemeMembership;
import org.thematica.figure.FigureStyle;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.model.Palette;
import org.thematica.model.Theme;
import org.thematica.model.ThemeStatus;
import org.thematica.service.ImportService;
import org.thematica.service.Progress;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.service.WordCloudService;
import org.thematica.store.Database;

/**
 * The word cloud on a large project: 1,000 generated transcripts of 10,000 words each (10
 * million words, a Zipf-distributed vocabulary of 40,000 words, speaker turns), 200,000
 * overlapping codings of 40 codes in 8 themes (some codes in two themes). Built once into a
 * temporary folder. Then, after each of many single coding changes: the time until the cloud is
 * recomputed, as the window does it — corpus update, word index update (the touched document
 * read and split again), counting and ranking the 100 words with theme colours, and the layout
 * for a 16 × 10.6 cm figure — for the whole corpus and for one theme's passages. Also the cold
 * start (first corpus read and first index build) and the heap. Medians printed and appended
 * to bench/results.md.
 *
 * <p>Run: {@code mvn -q -Pbench verify}, or alone after {@code mvn -q test-compile}:
 * {@code java -Xmx2g -cp target/classes:target/test-classes:$(cat cp.txt) org.thematica.bench.WordCloudBenchmark}.
 * {@code -Dbench.documents=N} makes a smaller project.
 */
public final class WordCloudBenchmark {
    private static final int WORDS_PER_DOCUMENT = 10_000;
    private static final int CODINGS_PER_DOCUMENT = 200;
    private static final int CODES = 40;
    private static final int THEMES = 8;

    private WordCloudBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = Integer.getInteger("bench.documents", 1_000);
        int runs = Integer.getInteger("bench.runs", 15);
        Path dir = Files.createTempDirectory("thematica-cloud-bench");
        Path file = dir.resolve("cloud.thematica");
        long t0 = System.nanoTime();
        build(file, dir, documents);
        double buildS = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "built %d documents in %.1f s%n", documents, buildS);

        try (Project p = Project.open(file, Database.Mode.READ_WRITE, Settings.forUser("bench"))) {
            long c0 = System.nanoTime();
            Corpus corpus = p.analysis().corpus();
            double corpusMs = ms(c0);
            long i0 = System.nanoTime();
            WordIndex.Snapshot index = p.wordCloud().index(corpus);
            double indexMs = ms(i0);
            long passages = corpus.documents().stream().mapToLong(d -> corpus.passages(d.id()).size()).sum();
            long words = index.documents().values().stream().mapToLong(e -> e.words().total()).sum();
            System.gc();
            long retainedMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            System.out.printf(Locale.ROOT, "cold: corpus %.0f ms (%,d passages), word index %.0f ms (%,d words, %,d"
                    + " distinct as written), %d MB of heap in use after GC%n", corpusMs, passages, indexMs, words,
                    index.vocabulary().size(), retainedMb);
            StopWords.Choice stops = p.wordCloud().stopWords();
            long theme = corpus.themes().get(0).id();
            WordCloudOptions all = WordCloudOptions.defaults();
            WordCloudOptions ofTheme = all.withScope(new WordScope(WordScope.Kind.THEME, theme));
            Rectangle2D area = new Rectangle2D.Double(11, 11, 431, 278);
            FigureStyle style = FigureStyle.plain();
            // warm-up: caches of keys per word, the JIT
            for (int i = 0; i < 3; i++) {
                p.wordCloud().cloud(index, corpus, all, stops).figure().layout(area, style);
                p.wordCloud().cloud(index, corpus, ofTheme, stops).figure().layout(area, style);
            }
            Set<Long> touched = new HashSet<>();
            p.history().addListener(e -> touched.addAll(e.documents()));
            List<Document> docs = p.repos().documents.all();
            List<Code> codes = p.repos().codes.all();
            Random random = new Random(99);
            List<Double> update = new ArrayList<>();
            List<Double> indexUpdate = new ArrayList<>();
            List<Double> countAll = new ArrayList<>();
            List<Double> countTheme = new ArrayList<>();
            List<Double> layoutAll = new ArrayList<>();
            List<Double> totalAll = new ArrayList<>();
            List<Double> totalTheme = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                Document d = docs.get(random.nextInt(docs.size()));
                String text = p.repos().documents.text(d.id());
                int start = random.nextInt(text.length() - 400);
                int end = start + 40 + random.nextInt(300);
                Coding coding = new Coding(0, p.newGuid(), d.id(), codes.get(random.nextInt(codes.size())).id(), start,
                        end, text.substring(start, end), p.coder().id(), p.now());
                touched.clear();
                p.history().perform("Code a passage", new CreateCodings(List.of(coding)));
                long s0 = System.nanoTime(); // the edit is stored: from here the window catches up
                Corpus next = p.analysis().update(touched);
                double u = ms(s0);
                long s1 = System.nanoTime();
                WordIndex.Snapshot snap = p.wordCloud().index(next);
                double ix = ms(s1);
                long s2 = System.nanoTime();
                WordCloudService.Cloud cloud = p.wordCloud().cloud(snap, next, all, stops);
                double ca = ms(s2);
                long s3 = System.nanoTime();
                cloud.figure().layout(area, style);
                double la = ms(s3);
                long s4 = System.nanoTime();
                WordCloudService.Cloud themed = p.wordCloud().cloud(snap, next, ofTheme, stops);
                double ct = ms(s4);
                long s5 = System.nanoTime();
                themed.figure().layout(area, style);
                double lt = ms(s5);
                update.add(u);
                indexUpdate.add(ix);
                countAll.add(ca);
                countTheme.add(ct);
                layoutAll.add(la);
                totalAll.add(u + ix + ca + la);
                totalTheme.add(u + ix + ct + lt);
            }
            String table = "| step after one coding change | median | min | max |\n|---|---|---|---|\n"
                    + row("corpus update (the touched document's passages)", update)
                    + row("word index update (its text read and split again)", indexUpdate)
                    + row("count and rank, whole corpus, 100 words with theme colours", countAll)
                    + row("count and rank, one theme's passages", countTheme)
                    + row("layout for 453 × 300 pt", layoutAll)
                    + row("**total, whole corpus**", totalAll)
                    + row("**total, one theme**", totalTheme)
                    + String.format(Locale.ROOT, "| cold start: first corpus read | %.0f ms | | |%n", corpusMs)
                    + String.format(Locale.ROOT, "| cold start: first word index (all texts split) | %.0f ms | | |%n",
                    indexMs)
                    + String.format(Locale.ROOT, "| heap in use with corpus and word index loaded, after GC | %d MB | | |%n",
                    retainedMb)
                    + String.format(Locale.ROOT, "| peak heap (building the project included) | %d MB | | |%n",
                    peakHeapMb());
            System.out.print(table);
            String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap, Java "
                    + System.getProperty("java.version");
            String section = "\n## Word cloud after a coding change — " + LocalDate.now() + "\n\nMachine: " + machine
                    + String.format(Locale.ROOT, ". Project: %,d generated transcripts, %,d words (%,d distinct as"
                            + " written), %,d codings of %d codes in %d themes; built in %.0f s. %d coding changes,"
                            + " each timed from the stored edit to the laid-out cloud.%n%n", documents, words,
                    index.vocabulary().size(), passages, CODES, THEMES, buildS, runs) + table;
            Path results = Path.of("bench", "results.md");
            Files.createDirectories(results.getParent());
            Files.writeString(results, section, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            System.out.println("appended to " + results.toAbsolutePath());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Imports the transcripts in batches, then codes, themes and codings in a few large edits. */
    static void build(Path file, Path dir, int documents) throws Exception {
        ZipfWords words = new ZipfWords(40_000, 7);
        List<String> texts = new ArrayList<>(documents);
        try (Project p = Project.create(file, Settings.forUser("bench"))) {
            int batch = 50;
            for (int from = 0; from < documents; from += batch) {
                List<Path> files = new ArrayList<>();
                for (int i = from; i < Math.min(documents, from + batch); i++) {
                    String text = words.transcript(1000L + i, WORDS_PER_DOCUMENT);
                    texts.add(text);
                    Path f = dir.resolve(String.format(Locale.ROOT, "T%04d.txt", i));
                    Files.writeString(f, text, StandardCharsets.UTF_8);
                    files.add(f);
                }
                p.imports().importFiles(new ImportService.Request(files, DocumentKind.INTERVIEW, null, null, null),
                        false, new ArrayList<>(), Progress.NONE);
                for (Path f : files) {
                    Files.delete(f);
                }
            }
            Random random = new Random(5);
            List<Long> codeIds = new ArrayList<>();
            p.history().perform("Codebook", session -> {
                for (int i = 0; i < CODES; i++) {
                    session.apply(new CreateCode(new Code(0, p.newGuid(), "code " + i, Palette.colour(i), "", null)));
                    codeIds.add(session.repos().codes.byName("code " + i).orElseThrow().id());
                }
                for (int t = 0; t < THEMES; t++) {
                    session.apply(new CreateTheme(new Theme(0, p.newGuid(), "theme " + t, "", Palette.colour(t),
                            ThemeStatus.CANDIDATE)));
                    long theme = session.repos().themes.byName("theme " + t).orElseThrow().id();
                    for (int c = t * 5; c < t * 5 + 5; c++) {
                        session.apply(new SetThemeMembership(theme, codeIds.get(c), true));
                    }
                    // every theme also holds one code of the next theme: codes in two themes
                    session.apply(new SetThemeMembership(theme, codeIds.get((t * 5 + 5) % CODES), true));
                }
            });
            List<Document> docs = p.repos().documents.all();
            for (int from = 0; from < docs.size(); from += 100) {
                List<Coding> codings = new ArrayList<>();
                for (Document d : docs.subList(from, Math.min(docs.size(), from + 100))) {
                    String text = texts.get(Integer.parseInt(d.name().substring(1)));
                    for (int k = 0; k < CODINGS_PER_DOCUMENT; k++) {
                        int start = random.nextInt(text.length() - 700);
                        int end = start + 30 + random.nextInt(600);
                        codings.add(new Coding(0, p.newGuid(), d.id(), codeIds.get(random.nextInt(CODES)), start, end,
                                text.substring(start, end), p.coder().id(), p.now()));
                    }
                }
                p.history().perform("Seed codings", new CreateCodings(codings));
            }
        }
    }

    /**
     * Transcripts whose words follow Zipf's law over a vocabulary of common English words and
     * made-up ones, as real vocabularies do: a few words very often, most words rarely.
     */
    static final class ZipfWords {
        private static final String[] COMMON = ("the of and to in a that was it we they he she not for on with as "
                + "government people security after war army militia state parliament city families water "
                + "electricity reconstruction federation influence power vacuum violence sectarian community "
                + "neighbourhood years remember because nobody trust corruption party ministry budget "
                + "displacement camp return school hospital bridge road checkpoint youth work salary police")
                .split(" ");
        private static final String[] SYLLABLES = {"ka", "ri", "mo", "sa", "te", "lu", "ne", "do", "pi", "ra", "ve",
            "zo", "ha", "mi", "tu", "be", "ga", "lo", "fi", "ne", "qa", "si", "wa", "ye"};
        private final String[] vocabulary;
        private final double[] cumulative;

        ZipfWords(int size, long seed) {
            Random random = new Random(seed);
            vocabulary = new String[size];
            for (int i = 0; i < size; i++) {
                if (i < COMMON.length) {
                    vocabulary[i] = COMMON[i];
                } else {
                    StringBuilder w = new StringBuilder();
                    int n = 2 + random.nextInt(3);
                    for (int k = 0; k < n; k++) {
                        w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                    }
                    vocabulary[i] = w.append(i % 7 == 0 ? "s" : "").toString();
                }
            }
            cumulative = new double[size];
            double sum = 0;
            for (int i = 0; i < size; i++) {
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }
            for (int i = 0; i < size; i++) {
                cumulative[i] /= sum;
            }
        }

        String word(Random random) {
            int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return vocabulary[Math.min(vocabulary.length - 1, i < 0 ? -i - 1 : i)];
        }

        String transcript(long seed, int words) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder(words * 7);
            int written = 0;
            boolean interviewer = true;
            while (written < words) {
                text.append(interviewer ? "Interviewer: " : "Informant: ");
                int turn = interviewer ? 8 + random.nextInt(25) : 40 + random.nextInt(260);
                for (int i = 0; i < turn; i++) {
                    String w = word(random);
                    text.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                    written++;
                    text.append(random.nextInt(14) == 0 ? ". " : random.nextInt(9) == 0 ? ", " : " ");
                }
                text.setLength(text.length() - 1);
                text.append(".\n");
                interviewer = !interviewer;
            }
            return text.toString();
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static String row(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms |%n", what, sorted.get(sorted.size() / 2),
                sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
