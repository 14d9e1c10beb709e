package org.thematica.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thematica.analysis.Highlights;
import org.thematica.analysis.Highlights.Span;
import org.thematica.model.Code;
import org.thematica.model.Document;
import org.thematica.model.SpeakerTurn;
import org.thematica.model.Theme;
import org.thematica.model.ThemeLink;
import org.thematica.store.OverviewRepository;
import org.thematica.store.Repositories;
import org.thematica.store.StatsRepository.CodeCount;
import org.thematica.store.StatsRepository.ThemeCount;

/** What the main window shows, read in one go on a background thread. */
public final class WorkspaceService {
    private final Project project;

    WorkspaceService(Project project) {
        this.project = project;
    }

    /** A document in the list: its cases and how much of it is coded. */
    public record DocumentRow(Document document, List<String> cases, int codings, double coded) {
    }

    /** A code with its counts and the themes it belongs to. */
    public record CodeRow(Code code, long codings, long documents, List<String> themes) {
    }

    /** A theme with its codes and counts (across all documents). */
    public record ThemeRow(Theme theme, List<Long> codeIds, long codings, long documents) {
    }

    /** Everything the lists and the status bar show. */
    public record Overview(String projectName, List<DocumentRow> documents, List<CodeRow> codes,
                           List<ThemeRow> themes, List<ThemeLink> links, long codings, String undoLabel,
                           String redoLabel) {
    }

    public Overview overview() {
        Repositories r = project.repos();
        List<DocumentRow> documents = documents();
        long codings = documents.stream().mapToLong(DocumentRow::codings).sum();
        Codebook book = codebook();
        return new Overview(project.name(), documents, book.codes(), book.themes(), book.links(), codings,
                project.history().undoLabel().orElse(null), project.history().redoLabel().orElse(null));
    }

    /** The live documents with their cases, codings and coded share, by name. */
    public List<DocumentRow> documents() {
        Repositories r = project.repos();
        OverviewRepository overview = new OverviewRepository(r.db);
        Map<Long, List<Span>> spans = overview.spansByDocument();
        Map<Long, List<String>> cases = overview.caseNamesByDocument();
        List<DocumentRow> documents = new ArrayList<>();
        for (Document d : r.documents.all()) {
            List<Span> s = spans.getOrDefault(d.id(), List.of());
            documents.add(new DocumentRow(d, cases.getOrDefault(d.id(), List.of()), s.size(),
                    Highlights.coverage(d.length(), s)));
        }
        return documents;
    }

    /** The codebook and themes with their counts, and the theme links. */
    public record Codebook(List<CodeRow> codes, List<ThemeRow> themes, List<ThemeLink> links) {
    }

    public Codebook codebook() {
        Repositories r = project.repos();
        Map<Long, Theme> themesById = new HashMap<>();
        for (Theme t : r.themes.all()) {
            themesById.put(t.id(), t);
        }
        Map<Long, Code> codesById = new HashMap<>();
        for (Code c : r.codes.all()) {
            codesById.put(c.id(), c);
        }
        List<CodeRow> codes = new ArrayList<>();
        for (CodeCount count : r.stats.codeCounts()) {
            List<String> themeNames = r.themes.themeIds(count.codeId()).stream().map(id -> themesById.get(id).name())
                    .toList();
            codes.add(new CodeRow(codesById.get(count.codeId()), count.codings(), count.documents(), themeNames));
        }
        List<ThemeRow> themes = new ArrayList<>();
        for (ThemeCount count : r.stats.themeCounts(null)) {
            themes.add(new ThemeRow(themesById.get(count.themeId()), r.themes.codeIds(count.themeId()),
                    count.codings(), count.documents()));
        }
        return new Codebook(codes, themes, r.themes.links());
    }

    /**
     * One document ready to display: text, turns, how many codings, and the highlight segments.
     *
     * @param codings the number of live codings in the document
     */
    public record Transcript(Document document, String text, List<SpeakerTurn> turns, int codings,
                             List<Highlights.Segment> segments) {
    }

    public Transcript transcript(long documentId) {
        Repositories r = project.repos();
        return recode(r.documents.byId(documentId).orElseThrow(), r.documents.text(documentId),
                r.documents.turns(documentId));
    }

    /**
     * The same document after its codings changed: its text and turns never change, so a view
     * that has them passes them back and only the coded ranges are read again.
     */
    public Transcript recode(Document document, String text, List<SpeakerTurn> turns) {
        List<Span> spans = project.repos().codings.spansOfDocument(document.id());
        return new Transcript(document, text, turns, spans.size(), Highlights.of(text.length(), spans));
    }
}
