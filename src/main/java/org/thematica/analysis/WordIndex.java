package org.thematica.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.thematica.analysis.Corpus.Doc;
import org.thematica.analysis.DocumentWords.Cell;
import org.thematica.analysis.DocumentWords.Turn;
import org.thematica.analysis.WordStems.Latin;

/**
 * The words of every live document, kept current with the {@link Corpus}: each document's word
 * counts (stored in the project at import, read once) and its cells (case and codes, see
 * {@link DocumentWords}), recomputed only for the documents an edit touched. After a coding
 * change that is one document's text, read and split into words again: milliseconds, whatever
 * the size of the project.
 *
 * <p>Cells with the same set of codes share one array of codes, in every document, so that
 * whoever maps code sets to themes can do so once per set (by identity).
 *
 * <p>Not thread-safe for updates (call from the project thread); a {@link Snapshot} is
 * immutable and may be read anywhere.
 */
public final class WordIndex {
    /** Where the index reads documents from (the project, or a test). */
    public interface Source {
        /** The stored word counts ({@link WordCounts#toText} form) of these documents, where stored with the current rules. */
        Map<Long, String> storedCounts(Collection<Long> documents);

        /** Stores a document's counts for next time (a read-only project does nothing). */
        void storeCounts(long document, String counts);

        /** Every turn of these documents, in text order. */
        Map<Long, List<Turn>> turns(Collection<Long> documents);

        /** Hands over the texts of these documents, one at a time. */
        void texts(Collection<Long> documents, TextConsumer consumer);
    }

    /** Receives one document's text. */
    @FunctionalInterface
    public interface TextConsumer {
        void text(long document, String text);
    }

    /** One document in the index: the corpus document it was built from, all its words, its cells. */
    public record Entry(Doc doc, WordCounts words, Latin language, List<Cell> cells) {
    }

    /** The index at one moment: an entry for every live document, and the words they use. */
    public record Snapshot(Map<Long, Entry> documents, Vocabulary.View vocabulary) {
        public Entry entry(long document) {
            return documents.get(document);
        }
    }

    private final Vocabulary vocabulary = new Vocabulary();
    private final Map<Long, Entry> entries = new HashMap<>();
    /** Counts of documents seen before (deleted ones may come back by undo), by document. */
    private final Map<Long, WordCounts> counted = new HashMap<>();
    /** One array per distinct set of codes, shared by every cell with that set (so a set's themes are worked out once). */
    private final Map<CodeSet, long[]> codeSets = new HashMap<>();

    private record CodeSet(long[] codes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CodeSet c && java.util.Arrays.equals(c.codes, codes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(codes);
        }
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Brings the index up to date with {@code corpus}: drops documents no longer live, counts new
     * ones, and re-splits into cells every document whose corpus entry changed (the corpus
     * replaces exactly the documents an edit touched, so an unchanged document is the same
     * object). {@code progress} hears how many documents are left to read, when there are many.
     */
    public Snapshot update(Corpus corpus, Source source, Consumer<String> progress) {
        Map<Long, Doc> live = new HashMap<>();
        for (Doc d : corpus.documents()) {
            live.put(d.id(), d);
        }
        entries.keySet().retainAll(live.keySet());
        List<Long> uncounted = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        for (Doc d : live.values()) {
            Entry e = entries.get(d.id());
            if (e == null && !counted.containsKey(d.id())) {
                uncounted.add(d.id());
            }
            if (e == null || e.doc() != d) {
                changed.add(d.id());
            }
        }
        if (!uncounted.isEmpty()) {
            source.storedCounts(uncounted).forEach((id, text) -> counted.put(id, WordCounts.parse(text, vocabulary)));
        }
        List<Long> needText = new ArrayList<>();
        for (long id : changed) {
            Doc d = live.get(id);
            boolean split = !corpus.passages(id).isEmpty() || d.cases().length > 0;
            if (!counted.containsKey(id) || split) {
                needText.add(id);
            } else {
                entries.put(id, entry(d, counted.get(id), List.of()));
            }
        }
        if (!needText.isEmpty()) {
            Map<Long, List<Turn>> turns = source.turns(needText);
            int[] left = {needText.size()};
            source.texts(needText, (id, text) -> {
                Doc d = live.get(id);
                List<Turn> docTurns = turns.getOrDefault(id, List.of());
                WordCounts words = counted.get(id);
                if (words == null) {
                    words = DocumentWords.count(text, docTurns, vocabulary);
                    counted.put(id, words);
                    source.storeCounts(id, words.toText(vocabulary.view()));
                }
                List<Cell> cells = new ArrayList<>();
                for (Cell c : DocumentWords.cells(text, docTurns, corpus.passages(id), vocabulary)) {
                    cells.add(new Cell(c.caseId(), codeSets.computeIfAbsent(new CodeSet(c.codes()), CodeSet::codes),
                            c.words()));
                }
                entries.put(id, entry(d, words, cells));
                if (--left[0] % 100 == 0 && left[0] > 0 && progress != null) {
                    progress.accept(left[0] + " documents left to read");
                }
            });
        }
        return new Snapshot(Map.copyOf(entries), vocabulary.view());
    }

    private Entry entry(Doc d, WordCounts words, List<Cell> cells) {
        Entry old = entries.get(d.id());
        Latin language = old != null && old.words() == words ? old.language() : Latin.guess(words, vocabulary.view());
        return new Entry(d, words, language, List.copyOf(cells));
    }

    /** The documents the index holds (for tests). */
    public Set<Long> documents() {
        return Set.copyOf(entries.keySet());
    }
}
