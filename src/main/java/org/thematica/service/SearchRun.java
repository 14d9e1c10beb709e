package org.thematica.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.thematica.analysis.FoldedText;
import org.thematica.analysis.KeywordSearch;
import org.thematica.analysis.Kwic;
import org.thematica.analysis.SearchIndex;
import org.thematica.model.TextRange;
import org.thematica.service.RetrievalService.Hit;
import org.thematica.service.RetrievalService.SearchResult;
import org.thematica.store.Repositories;
import org.thematica.store.RetrievalRepository;

/**
 * One search of the pane in progress, read in steps (not thread-safe: step it on the project
 * thread). Occurrences are counted from the {@link SearchIndex}; only the documents whose
 * occurrences are listed are read and folded. A document the index does not hold yet is read,
 * added to it and then counted, so the count is the same whether or not the index was ready:
 * while the index fills, the count grows document by document ("so far"); once every live
 * document is in it, all are counted at once (milliseconds) and only the list is left to make.
 *
 * <p>Which documents match is decided here too ({@link KeywordSearch.Query#matches} as the index
 * counts it), not by the project's full-text index, which folds differently (it keeps Arabic
 * harakat) and may be built later than the document.
 */
public final class SearchRun {
    private record Candidate(long id, String name) {
    }

    private record Found(Candidate document, String text, List<TextRange> ranges) {
    }

    private final Project project;
    private final SearchIndex index;
    private final String query;
    private final KeywordSearch.Query parsed;
    private final SearchIndex.Counter counter;
    private final List<Candidate> candidates;
    private final List<Hit> hits = new ArrayList<>();
    /** Each candidate's occurrences, once every candidate is in the index; null before. */
    private int[] counts;
    private int unindexed;
    private int next;
    private int room;
    private int matches;
    private int matched;

    SearchRun(Project project, SearchIndex index, String query, int maxHits) {
        this.project = project;
        this.index = index;
        this.query = query;
        this.parsed = KeywordSearch.parse(query);
        this.room = maxHits;
        if (parsed.isEmpty()) {
            candidates = List.of();
            counter = null;
            return;
        }
        candidates = live(project, index);
        unindexed = (int) candidates.stream().filter(c -> !index.has(c.id())).count();
        counter = index.counter(parsed);
    }

    /** The live documents by name (the order hits are listed in); the index forgets the others. */
    private static List<Candidate> live(Project project, SearchIndex index) {
        List<Candidate> live = new ArrayList<>();
        for (RetrievalRepository.DocumentName d : new RetrievalRepository(project.repos().db).liveDocumentNames()) {
            live.add(new Candidate(d.id(), d.name()));
        }
        live.sort(Comparator.comparing(Candidate::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Candidate::id));
        index.retain(live.stream().map(Candidate::id).collect(Collectors.toSet()));
        return live;
    }

    /** Adds live documents the index lacks, for about {@code budgetNanos} (at least one); true when none is left. */
    static boolean prepare(Project project, SearchIndex index, long budgetNanos) {
        long started = System.nanoTime();
        boolean first = true;
        for (Candidate c : live(project, index)) {
            if (!index.has(c.id())) {
                if (!first && System.nanoTime() - started >= budgetNanos) {
                    return false;
                }
                index.add(c.id(), FoldedText.of(project.repos().documents.text(c.id())));
                first = false;
            }
        }
        return true;
    }

    /**
     * Counts and lists further documents, for about {@code budgetNanos} and at least one,
     * stopping early when the listed page has just filled. True when every document is done.
     */
    public boolean step(long budgetNanos) {
        long started = System.nanoTime();
        Repositories r = project.repos();
        List<Found> listed = new ArrayList<>();
        while (next < candidates.size()) {
            if (counts == null && unindexed == 0) {
                countRest();
            }
            Candidate d = candidates.get(next++);
            FoldedText folded = null;
            int n;
            if (counts != null) {
                n = counts[next - 1];
            } else {
                if (!index.has(d.id())) {
                    folded = FoldedText.of(r.documents.text(d.id()));
                    index.add(d.id(), folded);
                    unindexed--;
                }
                n = counter.count(d.id());
                if (n > 0) {
                    matched++;
                    matches += n;
                }
            }
            boolean filling = n > 0 && room > 0;
            if (filling) {
                if (folded == null) {
                    folded = FoldedText.of(r.documents.text(d.id()));
                }
                List<TextRange> ranges = KeywordSearch.find(folded, parsed.terms(), room);
                listed.add(new Found(d, folded.original(), ranges));
                room -= ranges.size();
            }
            if (counts != null && room == 0) {
                next = candidates.size(); // every occurrence is counted and the page is full
            }
            if ((filling && room == 0) || System.nanoTime() - started >= budgetNanos) {
                break;
            }
        }
        addHits(r, listed);
        return isDone();
    }

    /** Counts every document not read yet from the index, which now holds them all. */
    private void countRest() {
        counts = new int[candidates.size()];
        for (int i = next; i < candidates.size(); i++) {
            int n = counter.count(candidates.get(i).id());
            counts[i] = n;
            if (n > 0) {
                matched++;
                matches += n;
            }
        }
    }

    private void addHits(Repositories r, List<Found> listed) {
        PassageCases cases = PassageCases.read(new RetrievalRepository(r.db),
                listed.stream().map(f -> f.document().id()).collect(Collectors.toSet()));
        for (Found f : listed) {
            long id = f.document().id();
            for (TextRange range : f.ranges()) {
                Kwic.Line line = Kwic.around(f.text(), range.start(), range.end(), RetrievalService.CONTEXT);
                hits.add(new Hit(id, f.document().name(), PassageCases.names(cases.at(id, range.start())),
                        range.start(), range.end(), line.left(), line.match(), line.right(),
                        RetrievalService.lineReadsRightToLeft(f.text(), range.start())));
            }
        }
    }

    public boolean isDone() {
        return next >= candidates.size();
    }

    /** What has been found so far ({@link SearchResult#complete} once done). */
    public SearchResult result() {
        return new SearchResult(query, hits, matches, matched, counts != null || isDone(), isDone());
    }
}
