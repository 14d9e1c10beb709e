package org.thematica.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.DocumentWords;
import org.thematica.analysis.DocumentWords.Cell;
import org.thematica.analysis.Kwic;
import org.thematica.analysis.StopWords;
import org.thematica.analysis.WordCloudOptions;
import org.thematica.analysis.WordFrequencies;
import org.thematica.analysis.WordFrequencies.Resolved;
import org.thematica.analysis.WordIndex;
import org.thematica.analysis.WordIndex.Entry;
import org.thematica.edit.SetProjectInfo;
import org.thematica.figure.WordCloudFigure;
import org.thematica.model.UserError;
import org.thematica.service.RetrievalService.Hit;
import org.thematica.store.RetrievalRepository;
import org.thematica.store.WordCountRepository;

/**
 * The word cloud of the open project: the word index kept current with the analysis corpus, the
 * project's stop words (an undoable project setting), counting and ranking, the figure, and the
 * occurrences of a word in context. Index and occurrences read the project: call them on the
 * project thread. Counting and the figure work on snapshots and may run on any thread.
 */
public final class WordCloudService {
    /** The project setting that holds the stop words ({@link StopWords.Choice#toText}). */
    public static final String STOP_WORDS = "stop-words";
    private final Project project;
    private final WordIndex index = new WordIndex();
    private final WordFrequencies frequencies = new WordFrequencies();

    WordCloudService(Project project) {
        this.project = project;
    }

    /** What a word cloud counted, and the figure that shows it. */
    public record Cloud(WordFrequencies.Result result, WordCloudFigure figure) {
    }

    /** One word's occurrences in its scope: the first {@code hits}, of {@code total} in {@code documents} documents. */
    public record Occurrences(WordFrequencies.Word word, String scope, List<Hit> hits, int total, int documents) {
        public boolean isCut() {
            return hits.size() < total;
        }

        /** "'militia' — 23 occurrences in 4 documents (militias, militia, Militia's)". */
        public String summary() {
            String forms = word.forms().size() > 1 ? " (" + String.join(", ", word.forms().subList(0,
                    Math.min(6, word.forms().size()))) + (word.forms().size() > 6 ? ", …" : "") + ")" : "";
            String listed = isCut() ? "; the first " + hits.size() + " are listed" : "";
            return "‘" + word.text() + "’ — " + RetrievalService.plural(total, "occurrence") + " in "
                    + RetrievalService.plural(documents, "document") + forms + listed;
        }
    }

    /** The index, brought up to date with {@code corpus} (reads the documents an edit touched). */
    public synchronized WordIndex.Snapshot index(Corpus corpus) {
        return index(corpus, null);
    }

    public synchronized WordIndex.Snapshot index(Corpus corpus, Consumer<String> progress) {
        return index.update(corpus, new WordCountRepository(project.repos().db, DocumentWords.RULES), progress);
    }

    /** The project's stop words: its setting, or every built-in list when it has none. */
    public StopWords.Choice stopWords() {
        return StopWords.Choice.parse(project.repos().info.get(STOP_WORDS).orElse(null));
    }

    /** Saves the stop words as one undoable step (nothing is recorded when they did not change). */
    public void saveStopWords(StopWords.Choice choice) throws UserError {
        String before = project.repos().info.get(STOP_WORDS).orElse(null);
        if (!choice.equals(StopWords.Choice.parse(before))) {
            project.history().perform("Change the stop words", new SetProjectInfo(STOP_WORDS, before, choice.toText()));
        }
    }

    /** Counts and ranks the words, and draws them. Any thread. */
    public Cloud cloud(WordIndex.Snapshot snapshot, Corpus corpus, WordCloudOptions options, StopWords.Choice stops) {
        WordFrequencies.Result result = frequencies.compute(snapshot, corpus, options, stops.effective());
        return new Cloud(result, figure(result, corpus, options));
    }

    /** The cloud as the project is now (project thread): what the command line and exports draw. */
    public Cloud cloud(Corpus corpus, WordCloudOptions options) {
        return cloud(index(corpus), corpus, options, stopWords());
    }

    static WordCloudFigure figure(WordFrequencies.Result result, Corpus corpus, WordCloudOptions options) {
        List<Corpus.ThemeInfo> themes = corpus.themes();
        Map<Long, Integer> group = new HashMap<>();
        List<WordCloudFigure.Group> groups = new ArrayList<>();
        for (Corpus.ThemeInfo t : themes) {
            group.put(t.id(), groups.size());
            groups.add(new WordCloudFigure.Group(t.name(), t.colour()));
        }
        List<WordCloudFigure.Word> words = new ArrayList<>();
        for (WordFrequencies.Word w : result.words()) {
            words.add(new WordCloudFigure.Word(w.text(), w.count(), group.getOrDefault(w.themeId(), -1)));
        }
        return new WordCloudFigure(words, groups, options.themeColours(), result.problem());
    }

    /**
     * Where a word of the cloud occurs in its scope, in document order, each with its context:
     * every written form that was counted as the word, in the words the scope counts (in a
     * theme's scope, only inside its passages). At most {@code limit} are listed; all are
     * counted. Project thread (reads texts).
     */
    public Occurrences occurrences(WordIndex.Snapshot snapshot, Corpus corpus, WordCloudOptions options,
                                   WordFrequencies.Word word, int limit) {
        Resolved scope = WordFrequencies.resolve(snapshot, corpus, options.scope());
        Set<Integer>[] forms = frequencies.writtenForms(snapshot.vocabulary(), word.key(), options.forms());
        List<Entry> holding = new ArrayList<>();
        int total = 0;
        for (Entry e : scope.documents()) {
            int n = occurrencesIn(e, forms[e.language().ordinal()], scope.filter());
            if (n > 0) {
                holding.add(e);
                total += n;
            }
        }
        WordCountRepository words = new WordCountRepository(project.repos().db, DocumentWords.RULES);
        Map<Long, List<DocumentWords.Turn>> turns = words.turns(holding.stream().map(e -> e.doc().id()).toList());
        PassageCases cases = PassageCases.read(new RetrievalRepository(project.repos().db),
                new HashSet<>(holding.stream().map(e -> e.doc().id()).toList()));
        List<Hit> hits = new ArrayList<>();
        for (Entry e : holding) {
            if (hits.size() >= limit) {
                break;
            }
            long id = e.doc().id();
            String text = project.repos().documents.text(id);
            Set<Integer> mine = forms[e.language().ordinal()];
            var vocabulary = index.vocabulary();
            DocumentWords.walk(text, turns.getOrDefault(id, List.of()),
                    scope.filter() == null ? List.of() : corpus.passages(id), (s, end, caseId, codes) -> {
                        if (hits.size() < limit && (scope.filter() == null || scope.filter().test(caseId, codes))
                                && mine.contains(vocabulary.find(text, s, end))) {
                            Kwic.Line line = Kwic.around(text, s, end, RetrievalService.CONTEXT);
                            hits.add(new Hit(id, e.doc().name(), PassageCases.names(cases.at(id, s)), s, end,
                                    line.left(), line.match(), line.right(),
                                    RetrievalService.lineReadsRightToLeft(text, s)));
                        }
                    });
        }
        return new Occurrences(word, scope.description(), hits, total, holding.size());
    }

    private static int occurrencesIn(Entry e, Set<Integer> forms, WordFrequencies.CellFilter filter) {
        int n = 0;
        if (filter == null) {
            for (int s : forms) {
                n += e.words().count(s);
            }
            return n;
        }
        for (Cell c : e.cells()) {
            if (filter.test(c.caseId(), c.codes())) {
                for (int s : forms) {
                    n += c.words().count(s);
                }
            }
        }
        return n;
    }
}
