package org.thematica.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thematica.analysis.agreement.Agreement;
import org.thematica.analysis.agreement.AgreementInput;
import org.thematica.analysis.agreement.AgreementReport;
import org.thematica.model.Code;
import org.thematica.model.Coder;
import org.thematica.model.TextOffsets;
import org.thematica.model.UserError;
import org.thematica.store.AgreementRepository;
import org.thematica.store.AgreementRepository.CodingSpan;
import org.thematica.store.AgreementRepository.DocumentLength;

/**
 * Agreement between two coders (analysis.agreement computes it): resolves the names users give,
 * reads the two coders' codings, settles the scope and turns the stored UTF-16 ranges into the
 * code points that character-level agreement counts.
 */
public final class AgreementService {
    private final Project project;

    AgreementService(Project project) {
        this.project = project;
    }

    /**
     * @param documents the documents to compare, by name; null: those both coders have coded
     * @param codes     the codes to compare, by name; null: those either coder applied in the documents
     * @param overlapPercent the segment-level overlap, 1 to 100
     */
    public record Request(String coderA, String coderB, List<String> documents, List<String> codes,
                          int overlapPercent) {
        public Request(String coderA, String coderB) {
            this(coderA, coderB, null, null, AgreementInput.DEFAULT_OVERLAP);
        }
    }

    public AgreementReport compute(Request request) throws UserError {
        return Agreement.compute(prepare(request));
    }

    /** The agreement's input, read and resolved: everything {@link #compute} does before measuring. */
    public AgreementInput prepare(Request request) throws UserError {
        return prepare(scope(request), request.overlapPercent());
    }

    /** The report over a scope already read (the Agreement window reads it once for everything it shows). */
    AgreementReport compute(Scope scope, int overlapPercent) throws UserError {
        return Agreement.compute(prepare(scope, overlapPercent));
    }

    AgreementInput prepare(Scope scope, int overlapPercent) throws UserError {
        var repo = new AgreementRepository(project.repos().db);
        return input(repo.lengths(scope.documents()), scope.codes(), scope.codings(), scope.a(), scope.b(),
                overlapPercent);
    }

    /**
     * What a request compares: the two coders, the documents and codes in scope, and the two
     * coders' live codings (all of them: callers keep those in scope).
     */
    record Scope(Coder a, Coder b, List<Long> documents, List<AgreementInput.Code> codes, List<CodingSpan> codings) {
    }

    /** Phases 1 to 3: the coders, documents and codes a request names or implies. */
    Scope scope(Request request) throws UserError {
        if (request.overlapPercent() < 1 || request.overlapPercent() > 100) {
            throw new UserError("the segment overlap is a percentage from 1 to 100, not " + request.overlapPercent());
        }
        Coder a = coder(request.coderA());
        Coder b = coder(request.coderB());
        if (a.id() == b.id()) {
            throw new UserError("agreement compares two different coders; '" + a.name() + "' was given twice");
        }
        List<CodingSpan> codings = new AgreementRepository(project.repos().db).codingsOf(a.id(), b.id());
        List<Long> documents = documents(request.documents(), codings, a, b);
        Set<Long> inScope = new HashSet<>(documents);
        return new Scope(a, b, documents, codes(request.codes(), codings, inScope), codings);
    }

    /**
     * Who can be compared: every coder with their number of codings, the most first. The two
     * first are the window's default pair.
     */
    public List<AgreementRepository.CoderCodings> coders() {
        return new AgreementRepository(project.repos().db).codingsPerCoder();
    }

    /**
     * What the window offers to choose from for two coders: every document and code, and the
     * default scope (the documents both coded, the codes either applied there); the defaults are
     * empty when the coders are not known or share no document.
     */
    public record Choices(List<String> documents, List<String> codes, List<String> defaultDocuments,
                          List<String> defaultCodes) {
    }

    public Choices choices(String coderA, String coderB) {
        try {
            return choices(scope(new Request(coderA, coderB)));
        } catch (UserError e) {
            return choices(null);
        }
    }

    /** The choices, with the defaults of the scope of two coders (null: no defaults). */
    Choices choices(Scope defaults) {
        List<String> documents = new ArrayList<>();
        List<String> defaultDocuments = new ArrayList<>();
        Set<Long> ids = defaults == null ? Set.of() : new HashSet<>(defaults.documents());
        for (org.thematica.model.Document d : project.repos().documents.all()) {
            documents.add(d.name());
            if (ids.contains(d.id())) {
                defaultDocuments.add(d.name());
            }
        }
        List<String> codes = project.repos().codes.all().stream().map(Code::name).toList();
        List<String> defaultCodes = defaults == null ? List.of() : defaults.codes().stream()
                .map(AgreementInput.Code::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return new Choices(List.copyOf(documents), codes, List.copyOf(defaultDocuments), defaultCodes);
    }

    /** Phase 1: a coder by name, with the coders there are when none has it. */
    private Coder coder(String name) throws UserError {
        String wanted = name == null ? "" : name.strip();
        var found = project.repos().coders.byName(wanted);
        if (found.isPresent()) {
            return found.get();
        }
        throw new UserError("no coder named '" + wanted + "'" + Lookup.suggest(project.repos().coders.all().stream()
                .map(Coder::name).toList(), wanted));
    }

    /** Phase 2: the documents in scope: those named, else those both coders have coded. */
    private List<Long> documents(List<String> names, List<CodingSpan> codings, Coder a, Coder b) throws UserError {
        if (names != null) {
            Set<Long> ids = new LinkedHashSet<>();
            for (String name : names) {
                ids.add(Lookup.document(project.repos(), name.strip()).id());
            }
            if (ids.isEmpty()) {
                throw new UserError("no documents were named");
            }
            return List.copyOf(ids);
        }
        Set<Long> byA = new HashSet<>();
        Set<Long> byB = new HashSet<>();
        for (CodingSpan c : codings) {
            (c.coderId() == a.id() ? byA : byB).add(c.documentId());
        }
        byA.retainAll(byB);
        if (byA.isEmpty()) {
            throw new UserError("no document has codings by both " + a.name() + " and " + b.name()
                    + "; name the documents to compare");
        }
        return List.copyOf(byA);
    }

    /** Phase 3: the codes in scope: those named, else those either coder applied in the documents. */
    private List<AgreementInput.Code> codes(List<String> names, List<CodingSpan> codings, Set<Long> documents)
            throws UserError {
        Map<Long, AgreementInput.Code> codes = new HashMap<>();
        if (names != null) {
            for (String name : names) {
                Code code = Lookup.code(project.repos(), name.strip());
                codes.put(code.id(), new AgreementInput.Code(code.id(), code.name()));
            }
            if (codes.isEmpty()) {
                throw new UserError("no codes were named");
            }
            return List.copyOf(codes.values());
        }
        Set<Long> used = new HashSet<>();
        for (CodingSpan c : codings) {
            if (documents.contains(c.documentId())) {
                used.add(c.codeId());
            }
        }
        for (Code code : project.repos().codes.all()) {
            if (used.contains(code.id())) {
                codes.put(code.id(), new AgreementInput.Code(code.id(), code.name()));
            }
        }
        return List.copyOf(codes.values());
    }

    /** Phase 4: the scope's codings with their ranges in code points, the documents by name. */
    private AgreementInput input(List<DocumentLength> documents, List<AgreementInput.Code> codes,
                                 List<CodingSpan> codings, Coder a, Coder b, int overlap) throws UserError {
        Map<Long, TextOffsets.CodePointIndex> indexes = new HashMap<>();
        Map<Long, DocumentLength> byId = new HashMap<>();
        List<AgreementInput.Document> docs = new ArrayList<>();
        for (DocumentLength d : documents) {
            byId.put(d.id(), d);
            docs.add(new AgreementInput.Document(d.id(), d.name(), d.codePoints()));
            indexes.put(d.id(), d.sameUnits() ? null
                    : TextOffsets.codePointIndex(project.repos().documents.text(d.id())));
        }
        Set<Long> codeIds = new HashSet<>();
        codes.forEach(c -> codeIds.add(c.id()));
        List<AgreementInput.Coding> out = new ArrayList<>();
        for (CodingSpan c : codings) {
            if (!indexes.containsKey(c.documentId()) || !codeIds.contains(c.codeId())) {
                continue;
            }
            if (c.end() > byId.get(c.documentId()).utf16()) {
                throw new UserError("a coding lies past the end of '" + byId.get(c.documentId()).name()
                        + "'; 'thematica check' lists the damage");
            }
            TextOffsets.CodePointIndex index = indexes.get(c.documentId());
            long start = index == null ? c.start() : index.toCodePoints(c.start());
            long end = index == null ? c.end() : index.toCodePoints(c.end());
            if (end > start) {
                out.add(new AgreementInput.Coding(c.documentId(), c.codeId(),
                        c.coderId() == a.id() ? AgreementInput.Coder.A : AgreementInput.Coder.B, start, end));
            }
        }
        return new AgreementInput(a.name(), b.name(), docs, codes, out, overlap);
    }
}
