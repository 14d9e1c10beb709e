package org.thematica.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.Corpus.Doc;
import org.thematica.analysis.Corpus.DocumentPart;
import org.thematica.analysis.Corpus.Passage;
import org.thematica.analysis.WordCounter;
import org.thematica.store.CorpusRepository;
import org.thematica.store.CorpusRepository.CaseTurn;
import org.thematica.store.CorpusRepository.CodingRow;
import org.thematica.store.CorpusRepository.DocumentRow;

/**
 * Keeps the analysis {@link Corpus} of the open project: read whole once, then, when next asked
 * for after edits, only the documents they touched (and the small tables: codes, themes, links,
 * cases) are read again. It follows the project's history itself, so the corpus it hands out is
 * always current, however long nobody asked (a window whose figures are all hidden asks for
 * nothing while the coder codes). Call from the project thread.
 */
public final class AnalysisService {
    private final Project project;
    private Corpus corpus;
    /** Documents touched by edits since the corpus was last brought up to date. */
    private final Set<Long> touched = new java.util.HashSet<>();
    /** Whether any edit (one that touched no document too: a code renamed) came since. */
    private boolean behind;

    AnalysisService(Project project) {
        this.project = project;
        project.history().addListener(this::edited);
    }

    private synchronized void edited(org.thematica.edit.EditHistory.Event event) {
        touched.addAll(event.documents());
        behind = true;
    }

    /** The corpus as the project is now. */
    public synchronized Corpus corpus() {
        if (corpus == null) {
            corpus = load(null);
            touched.clear();
            behind = false;
        } else if (behind) {
            Set<Long> documents = Set.copyOf(touched);
            touched.clear();
            behind = false;
            CorpusRepository r = repo();
            Map<Long, DocumentPart> changed = documents.isEmpty() ? new HashMap<>() : parts(documents, corpus);
            for (long id : documents) {
                changed.putIfAbsent(id, new DocumentPart(null, List.of()));
            }
            corpus = corpus.with(changed, r.cases(), r.codes(), r.themes(), r.links(), r.coders());
        }
        return corpus;
    }

    /**
     * Brings the corpus up to date after an edit that touched {@code documents} (edits made
     * through this project's history are followed anyway; this also takes in documents changed
     * otherwise).
     */
    public synchronized Corpus update(Set<Long> documents) {
        if (corpus != null) {
            touched.addAll(documents);
            behind = true;
        }
        return corpus();
    }

    private CorpusRepository repo() {
        return new CorpusRepository(project.repos().db);
    }

    private Corpus load(Set<Long> ids) {
        CorpusRepository r = repo();
        return new Corpus(parts(ids, null), r.cases(), r.codes(), r.themes(), r.links(), r.coders());
    }

    /**
     * Documents with their passages (cases resolved, words counted), all or those among {@code ids}.
     * A stored text never changes, so the words of a stretch counted for {@code before} are taken
     * from it: after a coding only the new stretch is counted, not the document's thousands.
     */
    private Map<Long, DocumentPart> parts(Set<Long> ids, Corpus before) {
        CorpusRepository r = repo();
        Map<Long, List<Long>> documentCases = r.documentCases(ids);
        Map<Long, List<CaseTurn>> turns = r.caseTurns(ids);
        Map<Long, List<CodingRow>> codings = new HashMap<>();
        for (CodingRow c : r.codings(ids)) {
            codings.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
        }
        Map<Long, DocumentPart> parts = new HashMap<>();
        for (DocumentRow d : r.documents(ids)) {
            long[] docCases = toArray(documentCases.get(d.id()));
            List<CaseTurn> docTurns = turns.getOrDefault(d.id(), List.of());
            long[] allCases = union(docCases, docTurns);
            List<CodingRow> rows = codings.getOrDefault(d.id(), List.of());
            Map<Long, Integer> counted = new HashMap<>();
            for (Passage p : before == null ? List.<Passage>of() : before.passages(d.id())) {
                counted.put(stretch(p.start(), p.end()), p.words());
            }
            String text = null;
            List<Passage> passages = new ArrayList<>(rows.size());
            int turn = 0;
            for (CodingRow c : rows) {
                while (turn < docTurns.size() && docTurns.get(turn).end() <= c.start()) {
                    turn++;
                }
                long[] cases = turn < docTurns.size() && docTurns.get(turn).start() <= c.start()
                        ? new long[] {docTurns.get(turn).caseId()} : docCases;
                Integer known = counted.get(stretch(c.start(), c.end()));
                int words;
                if (known != null) {
                    words = known;
                } else {
                    if (text == null) {
                        text = project.repos().documents.text(d.id());
                    }
                    int end = Math.min(c.end(), text.length());
                    words = c.start() < end ? WordCounter.count(text.subSequence(c.start(), end)) : 0;
                }
                passages.add(new Passage(d.id(), c.codeId(), c.coderId(), c.start(), c.end(), cases, words));
            }
            parts.put(d.id(), new DocumentPart(new Doc(d.id(), d.name(), d.kind(), d.words(), allCases), passages));
        }
        return parts;
    }

    private static long stretch(int start, int end) {
        return (long) start << 32 | (end & 0xFFFFFFFFL);
    }

    private static long[] toArray(List<Long> ids) {
        return ids == null ? new long[0] : ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] union(long[] docCases, List<CaseTurn> turns) {
        java.util.TreeSet<Long> all = new java.util.TreeSet<>();
        for (long c : docCases) {
            all.add(c);
        }
        for (CaseTurn t : turns) {
            all.add(t.caseId());
        }
        return all.stream().mapToLong(Long::longValue).toArray();
    }
}
