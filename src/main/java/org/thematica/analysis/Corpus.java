package org.thematica.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thematica.model.DocumentKind;
import org.thematica.model.ThemeStatus;

/**
 * An immutable, compact picture of a project for analysis: documents, cases and their
 * attributes, codes, themes and links, and every live coded passage (no texts). Figures compute
 * from it off the FX thread; after an edit only the changed documents are replaced
 * ({@link #with}), so a large project is not read again.
 */
public final class Corpus {
    /** A document: its kind, words, and the cases it belongs to (as a whole or through turns). */
    public record Doc(long id, String name, DocumentKind kind, int words, long[] cases) {
    }

    /** A case with its attribute values by attribute name. */
    public record CaseInfo(long id, String name, Map<String, String> attributes) {
    }

    public record CodeInfo(long id, String name, String colour, Long parentId) {
    }

    public record ThemeInfo(long id, String name, String colour, ThemeStatus status, long[] codeIds) {
    }

    public record Link(long id, long fromThemeId, long toThemeId, String label) {
    }

    /** A coder with live codings. */
    public record CoderInfo(long id, String name) {
    }

    /**
     * One coded passage.
     *
     * @param cases the case of the speaker turn it starts in, else the document's cases
     * @param words words in the passage
     */
    public record Passage(long documentId, long codeId, long coderId, int start, int end, long[] cases, int words) {
    }

    /** One document's part of the corpus: the document (null when deleted) and its passages. */
    public record DocumentPart(Doc doc, List<Passage> passages) {
    }

    private final Map<Long, Doc> documents;
    private final Map<Long, List<Passage>> passages;
    private final Map<Long, CaseInfo> cases;
    private final Map<Long, CodeInfo> codes;
    private final Map<Long, ThemeInfo> themes;
    private final List<Link> links;
    private final List<CoderInfo> coders;
    private final Map<Long, long[]> themesOfCode;

    /** A corpus whose coders are not named (tests and benchmarks that never choose a coder). */
    public Corpus(Map<Long, DocumentPart> parts, List<CaseInfo> cases, List<CodeInfo> codes, List<ThemeInfo> themes,
                  List<Link> links) {
        this(parts, cases, codes, themes, links, List.of());
    }

    public Corpus(Map<Long, DocumentPart> parts, List<CaseInfo> cases, List<CodeInfo> codes, List<ThemeInfo> themes,
                  List<Link> links, List<CoderInfo> coders) {
        Map<Long, Doc> docs = new LinkedHashMap<>();
        Map<Long, List<Passage>> byDoc = new HashMap<>();
        parts.values().stream().filter(p -> p.doc() != null)
                .sorted((a, b) -> a.doc().name().compareToIgnoreCase(b.doc().name()))
                .forEach(p -> {
                    docs.put(p.doc().id(), p.doc());
                    byDoc.put(p.doc().id(), List.copyOf(p.passages()));
                });
        this.documents = Collections.unmodifiableMap(docs);
        this.passages = Collections.unmodifiableMap(byDoc);
        this.cases = index(cases, CaseInfo::id);
        this.codes = index(codes, CodeInfo::id);
        this.themes = index(themes, ThemeInfo::id);
        this.links = List.copyOf(links);
        this.coders = List.copyOf(coders);
        Map<Long, List<Long>> membership = new HashMap<>();
        for (ThemeInfo t : themes) {
            for (long c : t.codeIds()) {
                membership.computeIfAbsent(c, k -> new ArrayList<>()).add(t.id());
            }
        }
        Map<Long, long[]> of = new HashMap<>();
        membership.forEach((code, ts) -> of.put(code, ts.stream().mapToLong(Long::longValue).toArray()));
        this.themesOfCode = Collections.unmodifiableMap(of);
    }

    private static <T> Map<Long, T> index(List<T> items, java.util.function.ToLongFunction<T> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(id.applyAsLong(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    public static Corpus empty() {
        return new Corpus(Map.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * This corpus with some documents replaced (a null doc removes one) and, when given (not
     * null), a new codebook, themes, links or cases.
     */
    public Corpus with(Map<Long, DocumentPart> changed, List<CaseInfo> newCases, List<CodeInfo> newCodes,
                       List<ThemeInfo> newThemes, List<Link> newLinks) {
        return with(changed, newCases, newCodes, newThemes, newLinks, null);
    }

    /** As {@link #with(Map, List, List, List, List)}, with new coders when given. */
    public Corpus with(Map<Long, DocumentPart> changed, List<CaseInfo> newCases, List<CodeInfo> newCodes,
                       List<ThemeInfo> newThemes, List<Link> newLinks, List<CoderInfo> newCoders) {
        Map<Long, DocumentPart> parts = new HashMap<>();
        for (Doc d : documents.values()) {
            parts.put(d.id(), new DocumentPart(d, passages.get(d.id())));
        }
        parts.putAll(changed);
        return new Corpus(parts, newCases != null ? newCases : List.copyOf(cases.values()),
                newCodes != null ? newCodes : List.copyOf(codes.values()),
                newThemes != null ? newThemes : List.copyOf(themes.values()),
                newLinks != null ? newLinks : links, newCoders != null ? newCoders : coders);
    }

    /** Live documents, by name. */
    public List<Doc> documents() {
        return List.copyOf(documents.values());
    }

    public Doc document(long id) {
        return documents.get(id);
    }

    /** The passages of a document, in text order. */
    public List<Passage> passages(long documentId) {
        return passages.getOrDefault(documentId, List.of());
    }

    /** Every passage of every live document. */
    public List<Passage> allPassages() {
        List<Passage> all = new ArrayList<>();
        for (Doc d : documents.values()) {
            all.addAll(passages.get(d.id()));
        }
        return all;
    }

    public List<CaseInfo> cases() {
        return List.copyOf(cases.values());
    }

    public CaseInfo caseInfo(long id) {
        return cases.get(id);
    }

    public List<CodeInfo> codes() {
        return List.copyOf(codes.values());
    }

    public CodeInfo code(long id) {
        return codes.get(id);
    }

    public List<ThemeInfo> themes() {
        return List.copyOf(themes.values());
    }

    public ThemeInfo theme(long id) {
        return themes.get(id);
    }

    public List<Link> links() {
        return links;
    }

    /** The coders with live codings, by name. */
    public List<CoderInfo> coders() {
        return coders;
    }

    /** The themes a code belongs to (possibly several). */
    public long[] themesOf(long codeId) {
        return themesOfCode.getOrDefault(codeId, new long[0]);
    }

    /** The distinct values an attribute takes across cases, sorted. */
    public List<String> attributeValues(String attribute) {
        return cases.values().stream().map(c -> c.attributes().get(attribute)).filter(java.util.Objects::nonNull)
                .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** The attribute names used by any case, sorted. */
    public List<String> attributes() {
        return cases.values().stream().flatMap(c -> c.attributes().keySet().stream()).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
