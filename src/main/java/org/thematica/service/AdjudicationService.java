package org.thematica.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thematica.analysis.agreement.AgreementInput;
import org.thematica.analysis.agreement.Disagreements;
import org.thematica.analysis.agreement.Disagreements.Resolution;
import org.thematica.edit.CreateCodings;
import org.thematica.edit.EditHistory;
import org.thematica.edit.Entity;
import org.thematica.edit.SetDeleted;
import org.thematica.model.Code;
import org.thematica.model.Coder;
import org.thematica.model.Coding;
import org.thematica.model.TextRange;
import org.thematica.model.UserError;
import org.thematica.store.AgreementRepository.CodingSpan;

/**
 * The passages where two coders differ, and their adjudication. Each decision is one undoable
 * step, written either into both coders' codings (they then agree on the passage) or into a
 * third, "consensus" coder, which leaves the two coders' own codings as they were.
 */
public final class AdjudicationService {
    /** The name the window suggests for the coder that holds adjudicated codings. */
    public static final String CONSENSUS = "consensus";
    /** Characters of context shown on either side of a passage, at most. */
    static final int CONTEXT = 80;

    private final Project project;

    AdjudicationService(Project project) {
        this.project = project;
    }

    /**
     * A passage where the coders differ, as the window shows it. Ranges are UTF-16 offsets of the
     * document's text.
     *
     * @param excerpt      the passage with some context around it
     * @param excerptStart where the excerpt starts in the document
     */
    public record Disagreement(long documentId, String document, long codeId, String code, TextRange range,
                               List<TextRange> a, List<TextRange> b, String excerpt, int excerptStart) {
        public Disagreements.Kind kind() {
            return passage().kind();
        }

        Disagreements.Passage passage() {
            return new Disagreements.Passage(documentId, codeId, range, a, b);
        }
    }

    /**
     * Phase 1 of the Agreement window's overview (see {@link AgreementOverview}): everything read
     * from the project, on the project thread.
     */
    public AgreementOverview.Reading read(AgreementService.Request request) throws UserError {
        AgreementService.Scope scope = project.agreement().scope(request);
        Map<Long, String> documents = new HashMap<>();
        project.repos().documents.all().forEach(d -> documents.put(d.id(), d.name()));
        return new AgreementOverview.Reading(project.agreement().prepare(scope, request.overlapPercent()),
                spans(scope), codeNames(scope), documents, project.agreement().choices(scope));
    }

    /** Phase 3: the listed passages with their excerpts (reads the documents' texts). */
    public AgreementOverview.Overview excerpt(AgreementOverview.Measured measured) {
        return new AgreementOverview.Overview(measured.report(), measured.perCode(), measured.total(),
                excerpts(measured.listed(), measured.reading().codes()), measured.more(), measured.reading().choices());
    }

    /** The three phases in one call: the report, the counts and the first {@code limit} passages of {@code code}. */
    public AgreementOverview.Overview overview(AgreementService.Request request, String code, int limit)
            throws UserError {
        return excerpt(AgreementOverview.measure(read(request), code, limit));
    }

    /** The passages where the request's two coders differ, in its scope, by document, position and code. */
    public List<Disagreement> disagreements(AgreementService.Request request) throws UserError {
        AgreementOverview.Reading reading = read(request);
        return excerpts(AgreementOverview.sorted(Disagreements.find(reading.spans()), reading), reading.codes());
    }

    private static Map<Long, String> codeNames(AgreementService.Scope scope) {
        Map<Long, String> codes = new HashMap<>();
        scope.codes().forEach(c -> codes.put(c.id(), c.name()));
        return codes;
    }

    /** The passages with their documents' names and some context, reading each document's text once. */
    private List<Disagreement> excerpts(List<Disagreements.Passage> passages, Map<Long, String> codes) {
        Map<Long, String> texts = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<Disagreement> out = new ArrayList<>(passages.size());
        for (Disagreements.Passage p : passages) {
            String text = texts.computeIfAbsent(p.documentId(), project.repos().documents::text);
            String name = names.computeIfAbsent(p.documentId(), id -> project.repos().documents.byId(id)
                    .map(org.thematica.model.Document::name).orElse("?"));
            int from = excerptStart(text, p.range().start());
            int to = excerptEnd(text, p.range().end());
            out.add(new Disagreement(p.documentId(), name, p.codeId(), codes.get(p.codeId()), p.range(), p.a(), p.b(),
                    text.substring(from, to), from));
        }
        return out;
    }

    /** The two coders' codings of the scope's codes in its documents. */
    private static List<Disagreements.Span> spans(AgreementService.Scope scope) {
        Set<Long> documents = new HashSet<>(scope.documents());
        Set<Long> codes = new HashSet<>();
        scope.codes().forEach(c -> codes.add(c.id()));
        List<Disagreements.Span> spans = new ArrayList<>();
        for (CodingSpan c : scope.codings()) {
            if (documents.contains(c.documentId()) && codes.contains(c.codeId())) {
                spans.add(new Disagreements.Span(c.documentId(), c.codeId(), c.coderId() == scope.a().id()
                        ? AgreementInput.Coder.A : AgreementInput.Coder.B, c.start(), c.end()));
            }
        }
        return spans;
    }

    /** Up to {@link #CONTEXT} characters back, from a word's start, never across a paragraph. */
    private static int excerptStart(String text, int start) {
        int from = Math.max(0, start - CONTEXT);
        int paragraph = text.lastIndexOf('\n', start - 1);
        if (paragraph >= from) {
            return paragraph + 1;
        }
        while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        return Character.isLowSurrogate(text.charAt(Math.min(from, text.length() - 1))) ? from + 1 : from;
    }

    private static int excerptEnd(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT);
        int paragraph = text.indexOf('\n', end);
        if (paragraph >= 0 && paragraph <= to) {
            return paragraph;
        }
        while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        return to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? to - 1 : to;
    }

    /**
     * Settles a passage as one undoable step and returns its label, or empty when nothing had to
     * change (the consensus coder already holds that result).
     *
     * @param recodeTo  for {@link Resolution#RECODE}: the code the passage gets instead (created if new)
     * @param consensus null: both coders' codings of the passage become the result; a name: that
     *                  coder (made if new) gets the result, and the two coders' codings stay
     */
    public java.util.Optional<String> adjudicate(String coderA, String coderB, Disagreement d, Resolution resolution,
                                                 String recodeTo, String consensus) throws UserError {
        String label = label(coderA, coderB, d, resolution, recodeTo, consensus);
        long id = project.history().perform(label, session -> {
            var r = session.repos();
            Coder a = r.coders.byName(coderA).orElseThrow(() -> new UserError("no coder named '" + coderA + "'"));
            Coder b = r.coders.byName(coderB).orElseThrow(() -> new UserError("no coder named '" + coderB + "'"));
            Code code = r.codes.liveById(d.codeId()).orElseThrow(() -> new UserError("the code '" + d.code()
                    + "' no longer exists (deleted or merged)"));
            String text = r.documents.text(d.documentId());
            List<Coding> ofDocument = r.codings.ofDocument(d.documentId());
            requireUnchanged(d, ofDocument, a, b);
            List<TextRange> result = resolution.of(d.a(), d.b());
            Code other = null;
            if (resolution == Resolution.RECODE) {
                other = CodingService.ensureCode(project, session, recodeTo == null ? "" : recodeTo);
                if (other.id() == code.id()) {
                    throw new UserError("the passage is coded '" + code.name() + "' already; choose another code");
                }
            }
            List<Coder> into = new ArrayList<>();
            if (consensus == null) {
                into.add(a);
                into.add(b);
            } else {
                into.add(consensusCoder(session, consensus, a, b));
            }
            List<TextRange> underCode = other == null ? result : List.of();
            for (Coder k : into) {
                reshape(session, d.documentId(), ofDocument, text, k, code, d.range(), underCode);
                if (other != null) {
                    reshape(session, d.documentId(), ofDocument, text, k, other, d.range(), result);
                }
            }
        });
        return id == 0 ? java.util.Optional.empty() : java.util.Optional.of(label);
    }

    /**
     * Gives the consensus coder (made if new) every passage in scope that the two coders coded
     * alike, as one undoable step, so that after the disagreements are settled it holds the whole
     * agreed coding. Returns how many passages it did not hold yet.
     */
    public int copyAgreed(AgreementService.Request request, String consensus) throws UserError {
        AgreementService.Scope scope = project.agreement().scope(request);
        List<Disagreements.Passage> agreed = Disagreements.passages(spans(scope)).stream()
                .filter(Disagreements.Passage::agrees).toList();
        int[] written = {0};
        project.history().perform("Copy the passages " + scope.a().name() + " and " + scope.b().name()
                + " agree on into " + consensus, session -> {
                    Coder c = consensusCoder(session, consensus, scope.a(), scope.b());
                    var r = session.repos();
                    Map<Long, String> texts = new HashMap<>();
                    for (Disagreements.Passage p : agreed) {
                        Code code = r.codes.liveById(p.codeId()).orElseThrow();
                        String text = texts.computeIfAbsent(p.documentId(), r.documents::text);
                        // read again for each passage: an earlier one may have replaced a coding both touch
                        if (reshape(session, p.documentId(), r.codings.ofDocument(p.documentId()), text, c, code,
                                p.range(), p.a())) {
                            written[0]++;
                        }
                    }
                });
        return written[0];
    }

    private Coder consensusCoder(EditHistory.Session session, String name, Coder a, Coder b) throws UserError {
        Coder c = project.coderIn(session, name);
        if (c.id() == a.id() || c.id() == b.id()) {
            throw new UserError("the consensus coder must be someone other than " + a.name() + " and " + b.name());
        }
        return c;
    }

    /** Refuses a passage the two coders have recoded since it was listed. */
    private static void requireUnchanged(Disagreement d, List<Coding> ofDocument, Coder a, Coder b) throws UserError {
        List<TextRange> nowA = new ArrayList<>();
        List<TextRange> nowB = new ArrayList<>();
        for (Coding c : ofDocument) {
            if (c.codeId() == d.codeId() && c.start() <= d.range().end() && c.end() >= d.range().start()) {
                if (c.coderId() == a.id()) {
                    nowA.add(c.range());
                } else if (c.coderId() == b.id()) {
                    nowB.add(c.range());
                }
            }
        }
        if (!Disagreements.coverage(nowA).equals(d.a()) || !Disagreements.coverage(nowB).equals(d.b())) {
            throw new UserError("this passage was recoded since it was listed; look at it again");
        }
    }

    /**
     * Makes coder {@code k}'s coding of {@code code} within {@code region} exactly {@code result},
     * leaving it as it is outside: the codings that overlap the region are replaced by ones that
     * cover the new extent. Nothing is written (false) when the coder already covers exactly that.
     */
    private boolean reshape(EditHistory.Session session, long documentId, List<Coding> ofDocument, String text, Coder k,
                         Code code,
                         TextRange region, List<TextRange> result) throws UserError {
        List<Long> affected = new ArrayList<>();
        List<TextRange> old = new ArrayList<>();
        for (Coding c : ofDocument) {
            if (c.coderId() == k.id() && c.codeId() == code.id() && c.range().overlaps(region)) {
                affected.add(c.id());
                old.add(c.range());
            }
        }
        List<TextRange> before = Disagreements.coverage(old);
        List<TextRange> after = Disagreements.replaceWithin(before, region, result);
        if (after.equals(before)) {
            return false;
        }
        if (!affected.isEmpty()) {
            session.apply(new SetDeleted(Entity.CODING, affected, true));
        }
        List<Coding> made = new ArrayList<>();
        for (TextRange range : after) {
            made.add(new Coding(0, project.newGuid(), documentId,
                    code.id(), range.start(), range.end(), range.of(text), k.id(), project.now()));
        }
        if (!made.isEmpty()) {
            session.apply(new CreateCodings(made));
        }
        return true;
    }

    private static String label(String coderA, String coderB, Disagreement d, Resolution resolution, String recodeTo,
                                String consensus) {
        String what = switch (resolution) {
            case TAKE_A -> "take " + coderA + "'s";
            case TAKE_B -> "take " + coderB + "'s";
            case UNION -> "union of " + coderA + "'s and " + coderB + "'s";
            case INTERSECTION -> "intersection of " + coderA + "'s and " + coderB + "'s";
            case RECODE -> "recode as '" + recodeTo + "'";
        };
        String passage = d.excerpt().substring(d.range().start() - d.excerptStart(),
                Math.min(d.excerpt().length(), d.range().end() - d.excerptStart()));
        return "Adjudicate '" + CodingService.shorten(passage) + "' (" + d.code() + "): " + what
                + (consensus == null ? "" : " into " + consensus);
    }
}
