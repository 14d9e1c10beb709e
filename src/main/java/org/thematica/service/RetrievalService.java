package org.thematica.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thematica.analysis.SearchIndex;
import org.thematica.analysis.TextDirection;
import org.thematica.edit.Entity;
import org.thematica.edit.MoveCodings;
import org.thematica.edit.SetDeleted;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.DocumentKind;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;
import org.thematica.store.RetrievalRepository;
import org.thematica.store.RetrievalRepository.CodedPassage;
import org.thematica.store.RetrievalRepository.DocumentCase;
import org.thematica.store.RetrievalRepository.TurnCase;

/**
 * Retrieval: every passage coded with a code or a theme's codes, across documents, filtered by
 * case attribute, document kind and coder; moving or removing a choice of them (moving some of
 * a code's passages to a new code is how a code is split); and searching all documents with
 * each occurrence shown in context.
 */
public final class RetrievalService {
    /** Characters of context on each side of a search match. */
    static final int CONTEXT = 60;
    private final Project project;
    /** The words of the documents searched so far; kept while this service is (the search pane's session). */
    private final SearchIndex index = new SearchIndex();

    public RetrievalService(Project project) {
        this.project = project;
    }

    // ---- passages -----------------------------------------------------------------------------

    /** What to list: the passages of one code, or of every code of a theme. */
    public record Target(boolean theme, long id) {
        public static Target code(long id) {
            return new Target(false, id);
        }

        public static Target theme(long id) {
            return new Target(true, id);
        }
    }

    /**
     * "role = security expert": passages whose case has this attribute value. The attribute
     * {@link #CASE} ("case = Karim") means the case itself: the passages of one participant.
     */
    public record AttributeFilter(String attribute, String value) {
        /** Not an attribute: filters by the case's name (the matrix's case columns ask for it). */
        public static final String CASE = "case";

        public static AttributeFilter ofCase(String caseName) {
            return new AttributeFilter(CASE, caseName);
        }

        public String label() {
            return attribute + " = " + value;
        }
    }

    /** Narrows the passages; a null part lets everything through. */
    public record Filter(AttributeFilter attribute, DocumentKind kind, String coder) {
        public static final Filter NONE = new Filter(null, null, null);

        public boolean isNone() {
            return attribute == null && kind == null && coder == null;
        }
    }

    /**
     * One coded passage.
     *
     * @param cases the case of the speaker turn the passage starts in, else the document's cases
     */
    public record Passage(Coding coding, String document, DocumentKind kind, String cases, String coder, String code,
                          String codeColour) {
    }

    /**
     * The passages of a code or theme.
     *
     * @param name  the code's or theme's name, or null when it no longer exists
     * @param total how many passages there are without the filter
     */
    public record Passages(Target target, String name, List<Passage> rows, int total, int documents) {
        /** "Code 'x' — 23 passages in 5 documents" (with "5 of 23" when filtered). */
        public String header() {
            if (name == null) {
                return "";
            }
            String what = (target.theme() ? "Theme '" : "Code '") + name + "'";
            String count = rows.size() == total ? plural(total, "passage")
                    : rows.size() + " of " + plural(total, "passage");
            return what + " — " + count + " in " + plural(documents, "document");
        }
    }

    /** The choices the filters offer: attribute values of the project's cases, and coders. */
    public record FilterOptions(List<AttributeFilter> attributes, List<String> coders) {
    }

    public Passages passages(Target target, Filter filter) {
        Repositories r = project.repos();
        RetrievalRepository retrieval = new RetrievalRepository(r.db);
        String name = target.theme() ? retrieval.liveThemeName(target.id()).orElse(null)
                : r.codes.liveById(target.id()).map(org.thematica.model.Code::name).orElse(null);
        List<Long> codeIds = name == null ? List.of() : target.theme() ? r.themes.codeIds(target.id())
                : List.of(target.id());
        List<CodedPassage> coded = retrieval.passagesOf(codeIds);
        PassageCases cases = PassageCases.read(retrieval, coded.stream().map(p -> p.coding().documentId()).collect(Collectors.toSet()));
        Set<Long> withValue = filter.attribute() == null ? Set.of() : cases.withValue(retrieval, filter.attribute());
        List<Passage> rows = new ArrayList<>();
        Set<Long> documents = new HashSet<>();
        for (CodedPassage p : coded) {
            Coding c = p.coding();
            List<DocumentCase> of = cases.of(c);
            if ((filter.kind() == null || filter.kind() == p.kind())
                    && (filter.coder() == null || filter.coder().equals(p.coderName()))
                    && (filter.attribute() == null || of.stream().anyMatch(k -> withValue.contains(k.caseId())))) {
                rows.add(new Passage(c, p.documentName(), p.kind(), PassageCases.names(of), p.coderName(), p.codeName(),
                        p.codeColour()));
                documents.add(c.documentId());
            }
        }
        return new Passages(target, name, rows, coded.size(), documents.size());
    }

    /** The attribute values of live cases, then each case by name ("case = Karim"), and the coders. */
    public FilterOptions filterOptions() {
        RetrievalRepository retrieval = new RetrievalRepository(project.repos().db);
        List<AttributeFilter> attributes = new ArrayList<>(retrieval.attributeValues().stream()
                .filter(v -> !v.attribute().equals(AttributeFilter.CASE))
                .map(v -> new AttributeFilter(v.attribute(), v.value())).toList());
        project.repos().cases.all().stream().map(c -> c.name()).sorted(String.CASE_INSENSITIVE_ORDER)
                .forEach(name -> attributes.add(AttributeFilter.ofCase(name)));
        return new FilterOptions(attributes, retrieval.coderNames());
    }

    // ---- changing a choice of passages -------------------------------------------------------

    /**
     * What moving did.
     *
     * @param merged passages the target code already had (same range, same coder): kept once
     */
    public record Moved(String code, int moved, int merged, boolean created) {
    }

    /**
     * Moves codings to the code named {@code codeName} (created if new) as one undo step. A
     * coding whose passage the same coder already coded with that code is removed instead of
     * doubled, as merging codes does. Moving some of a code's passages to a new code splits it.
     */
    public Moved moveCodings(List<Coding> codings, String codeName) throws UserError {
        if (codings.isEmpty()) {
            throw new UserError("choose the passages to move first");
        }
        String target = codeName == null ? "" : codeName.strip();
        int[] counts = new int[2];
        boolean[] created = new boolean[1];
        String label = "Move " + plural(codings.size(), "passage") + " to code '" + target + "'";
        project.history().perform(label, session -> {
            Repositories r = session.repos();
            created[0] = r.codes.byName(target).isEmpty();
            List<Coding> live = live(r, codings);
            Code code = CodingService.ensureCode(project, session, target);
            Map<Long, List<Long>> bySource = new LinkedHashMap<>();
            List<Long> twins = new ArrayList<>();
            Set<List<Long>> onTarget = new HashSet<>();
            for (Coding c : live) {
                if (c.codeId() == code.id()) {
                    onTarget.add(key(c));
                }
            }
            for (Coding c : live) {
                if (c.codeId() == code.id()) {
                    continue;
                }
                boolean twin = !onTarget.add(key(c))
                        || r.codings.find(c.documentId(), code.id(), c.start(), c.end(), c.coderId()).isPresent();
                if (twin) {
                    twins.add(c.id());
                } else {
                    bySource.computeIfAbsent(c.codeId(), k -> new ArrayList<>()).add(c.id());
                }
            }
            if (bySource.isEmpty() && twins.isEmpty()) {
                throw new UserError(codings.size() == 1 ? "this passage is already coded as '" + code.name() + "'"
                        : "these passages are already coded as '" + code.name() + "'");
            }
            for (Map.Entry<Long, List<Long>> e : bySource.entrySet()) {
                session.apply(new MoveCodings(e.getValue(), e.getKey(), code.id()));
                counts[0] += e.getValue().size();
            }
            if (!twins.isEmpty()) {
                session.apply(new SetDeleted(Entity.CODING, twins, true));
                counts[1] = twins.size();
            }
        });
        return new Moved(target, counts[0], counts[1], created[0]);
    }

    /** Removes codings as one undo step; returns how many were removed. */
    public int removeCodings(List<Coding> codings) throws UserError {
        if (codings.isEmpty()) {
            throw new UserError("choose the passages to remove first");
        }
        int[] removed = new int[1];
        project.history().perform("Remove " + plural(codings.size(), "coding"), session -> {
            List<Coding> live = live(session.repos(), codings);
            session.apply(new SetDeleted(Entity.CODING, live.stream().map(Coding::id).toList(), true));
            removed[0] = live.size();
        });
        return removed[0];
    }

    /** The codings as they are now; a coding removed meanwhile makes the action fail, not half-happen. */
    private static List<Coding> live(Repositories r, List<Coding> codings) throws UserError {
        Set<Long> ids = new LinkedHashSet<>();
        codings.forEach(c -> ids.add(c.id()));
        List<Coding> live = new RetrievalRepository(r.db).liveCodings(ids);
        if (live.size() != ids.size()) {
            throw new UserError("a passage was removed in the meantime; look at the list again and retry");
        }
        return live;
    }

    private static List<Long> key(Coding c) {
        return List.of(c.documentId(), (long) c.start(), (long) c.end(), c.coderId());
    }

    /** The quotes as plain text for the clipboard: each with its document and case. */
    public static String quotes(List<Passage> passages) {
        StringBuilder out = new StringBuilder();
        for (Passage p : passages) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append('“').append(p.coding().text().strip()).append("”\n— ").append(p.document());
            if (!p.cases().isEmpty()) {
                out.append(", ").append(p.cases());
            }
        }
        return out.toString();
    }

    // ---- search -------------------------------------------------------------------------------

    /**
     * One occurrence of a search word or phrase, with context; {@code start, end} are UTF-16
     * offsets. {@code left} is the text before the match in reading order, {@code right} the
     * text after it; {@code rightToLeft} says the line reads right to left (an Arabic line),
     * where the text before the match stands to its right.
     */
    public record Hit(long documentId, String document, String cases, int start, int end, String left, String match,
                      String right, boolean rightToLeft) {
    }

    /**
     * What a search found.
     *
     * @param matches   every occurrence in every matching document (more than {@code hits} when cut off)
     * @param documents the documents with at least one occurrence
     * @param counted   whether every document has been counted (else the counts are so far)
     * @param complete  whether the list is as long as it will be, too
     */
    public record SearchResult(String query, List<Hit> hits, int matches, int documents, boolean counted,
                               boolean complete) {
        public SearchResult {
            hits = List.copyOf(hits);
        }

        /** A finished search. */
        public SearchResult(String query, List<Hit> hits, int matches, int documents) {
            this(query, hits, matches, documents, true, true);
        }

        public boolean isCut() {
            return hits.size() < matches;
        }

        /** "N matches in M documents" (and how many are listed, when not all; "so far" while counting). */
        public String summary() {
            String found = plural(matches, "match") + " in " + plural(documents, "document");
            if (!counted) {
                return found + " so far (the first " + hits.size() + " are listed); counting…";
            }
            if (!complete) {
                return found + " (the first " + hits.size() + " are listed); listing…";
            }
            return isCut() ? found + " (the first " + hits.size() + " are listed)" : found;
        }
    }

    /**
     * Searches every live document, in the project search's syntax (all words, "a phrase",
     * prefix*, a OR b). Each occurrence of each word or phrase in a matching document is one
     * hit, by document name and then position; at most {@code maxHits} are listed, all are
     * counted. Case, accents and the marks of other scripts (Arabic harakat) do not matter.
     */
    public SearchResult search(String query, int maxHits) {
        SearchRun run = start(query, maxHits);
        while (!run.step(Long.MAX_VALUE)) {
            // each step stops when the listed page fills, so the caller can show it
        }
        return run.result();
    }

    /**
     * A search read document by document in steps, so the first page of hits can be shown
     * (and other work done between steps) before every occurrence in a large project has been
     * counted. {@link #search} is the same run taken to its end at once.
     */
    public SearchRun start(String query, int maxHits) {
        return new SearchRun(project, index, query, maxHits);
    }

    /**
     * Reads documents the search index does not hold yet, for about {@code budgetNanos} and at
     * least one; true when it holds every live document. The search pane calls this before the
     * first query, so that the first count too is taken from the index.
     */
    public boolean prepareSearch(long budgetNanos) {
        return SearchRun.prepare(project, index, budgetNanos);
    }

    /** The direction of the paragraph (line) the offset lies in, by its first strong letter. */
    static boolean lineReadsRightToLeft(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        return TextDirection.isRightToLeft(text, start, end < 0 ? text.length() : end);
    }

    static String plural(int n, String noun) {
        String plural = noun.endsWith("ch") ? noun + "es" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
