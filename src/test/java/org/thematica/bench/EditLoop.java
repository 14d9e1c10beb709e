package org.thematica.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.thematica.analysis.Corpus;
import org.thematica.figure.FigureSettings;
import org.thematica.model.Code;
import org.thematica.model.Document;
import org.thematica.model.UserError;
import org.thematica.service.FigureCatalog;
import org.thematica.service.FigureSource;
import org.thematica.service.Project;

/**
 * One coding applied end to end, as the window does it after the coder presses a code: the
 * write through the coding service (with its undo entry, one transaction), the analysis corpus
 * brought up to date from the touched documents, and the bar chart, the matrix and the word
 * cloud rebuilt from it (data and layout; painting is size-bound and timed by the exports).
 * The thematic map is timed too but kept out of the sum. Every edit is undone at the end.
 */
final class EditLoop {
    static final String WRITE = "write through the coding service (with undo entry)";
    static final String CORPUS = "analysis corpus update";
    static final String CHART = "theme-frequencies";
    static final String MATRIX = "theme-matrix";
    static final String CLOUD = "word-cloud";
    static final String MAP = "thematic-map";
    static final String SUM = "sum";
    static final String GC = "gc";

    private EditLoop() {
    }

    /** The times of each part per edit (ms), by part; the word cloud is absent when this build has none. */
    static Map<String, List<Double>> run(Project p, int warmUps, int edits) throws Exception {
        List<Document> docs = p.repos().documents.all();
        List<String> codes = p.repos().codes.all().stream().map(Code::name).toList();
        Map<String, FigureSource> sources = new LinkedHashMap<>();
        Map<String, FigureSettings> settings = new LinkedHashMap<>();
        for (String name : List.of(CHART, MATRIX, CLOUD, MAP)) {
            Optional<FigureSource> s = FigureCatalog.named(name);
            if (s.isPresent()) {
                sources.put(name, s.get());
                settings.put(name, p.figureSettings().load(name, s.get().defaults()));
            }
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        times.put(WRITE, new ArrayList<>());
        times.put(CORPUS, new ArrayList<>());
        sources.keySet().forEach(name -> times.put(name, new ArrayList<>()));
        times.put(SUM, new ArrayList<>());
        times.put(GC, new ArrayList<>());

        Set<Long> touched = new HashSet<>();
        java.util.function.Consumer<org.thematica.edit.EditHistory.Event> listener = e -> touched.addAll(e.documents());
        p.history().addListener(listener);
        p.analysis().corpus();
        Random random = new Random(5);
        Set<Long> edited = new HashSet<>();
        int applied = 0;
        try {
            for (int i = -warmUps; i < edits; ) {
                Document d = docs.get(random.nextInt(docs.size()));
                String text = p.repos().documents.text(d.id()); // the view already holds its text
                int start = random.nextInt(Math.max(1, text.length() - 200));
                int end = Math.min(text.length(), start + 40 + random.nextInt(100));
                touched.clear();
                long gc0 = gcMillis();
                long a = System.nanoTime();
                try {
                    p.coding().apply(d, text, codes.get(random.nextInt(codes.size())), start, end, null);
                } catch (UserError alreadyCoded) {
                    continue; // nothing was written; try another passage
                }
                applied++;
                long b = System.nanoTime();
                Corpus corpus = p.analysis().update(touched);
                long c = System.nanoTime();
                edited.addAll(touched);
                Map<String, Double> figures = new LinkedHashMap<>();
                for (var s : sources.entrySet()) {
                    long f0 = System.nanoTime();
                    s.getValue().build(p, corpus, settings.get(s.getKey()));
                    figures.put(s.getKey(), (System.nanoTime() - f0) / 1e6);
                }
                if (i >= 0) {
                    double write = (b - a) / 1e6;
                    double update = (c - b) / 1e6;
                    times.get(WRITE).add(write);
                    times.get(CORPUS).add(update);
                    double sum = write + update;
                    for (var f : figures.entrySet()) {
                        times.get(f.getKey()).add(f.getValue());
                        sum += f.getKey().equals(MAP) ? 0 : f.getValue();
                    }
                    times.get(SUM).add(sum);
                    times.get(GC).add((double) (gcMillis() - gc0));
                }
                i++;
            }
        } finally {
            p.history().removeListener(listener);
            for (int k = 0; k < applied; k++) {
                p.history().undo(); // leave the project as generated
            }
            p.analysis().update(edited); // the corpus as generated again, for what is measured next
        }
        return times;
    }

    /** Milliseconds the collectors have spent so far (pauses, and concurrent cycles where a collector counts them). */
    static long gcMillis() {
        long ms = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }
}
