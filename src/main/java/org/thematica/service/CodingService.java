package org.thematica.service;

import java.util.ArrayList;
import java.util.List;
import org.thematica.analysis.UserPattern;
import org.thematica.edit.CreateCode;
import org.thematica.edit.CreateCodings;
import org.thematica.edit.EditHistory;
import org.thematica.edit.Entity;
import org.thematica.edit.MoveCodings;
import org.thematica.edit.ResizeCoding;
import org.thematica.edit.SetDeleted;
import org.thematica.model.Code;
import org.thematica.model.Coder;
import org.thematica.model.Coding;
import org.thematica.model.Document;
import org.thematica.model.Names;
import org.thematica.model.Palette;
import org.thematica.model.TextOffsets;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Applying codes to passages: by range, by matching text, by pattern (auto-coding). */
public final class CodingService {
    private final Project project;

    CodingService(Project project) {
        this.project = project;
    }

    /**
     * Codes {@code [start, end)} given in Unicode code points (as users, REFI-QDA and the CSV
     * export count). The code is created when it does not exist yet, in the same undo step.
     */
    public Coding codeRange(String documentName, String codeName, int start, int end, String coderName)
            throws UserError {
        Document doc = Lookup.document(project.repos(), documentName);
        String text = project.repos().documents.text(doc.id());
        int points = text.codePointCount(0, text.length());
        if (start < 0 || end <= start || end > points) {
            throw new UserError("the range " + start + "-" + end + " does not fit document '" + doc.name()
                    + "' (it has " + points + " characters; start must be below end)");
        }
        return apply(doc, text, codeName, TextOffsets.toUtf16(text, start), TextOffsets.toUtf16(text, end), coderName);
    }

    /** Codes the {@code nth} (1-based) occurrence of {@code match} in the document. */
    public Coding codeMatch(String documentName, String codeName, String match, int nth, String coderName)
            throws UserError {
        if (match.isEmpty()) {
            throw new UserError("the text to match is empty");
        }
        if (nth < 1) {
            throw new UserError("--nth counts from 1");
        }
        Document doc = Lookup.document(project.repos(), documentName);
        String text = project.repos().documents.text(doc.id());
        int at = -1;
        int found = 0;
        while (found < nth) {
            at = text.indexOf(match, at + 1);
            if (at < 0) {
                throw new UserError(found == 0 ? "'" + shorten(match) + "' does not occur in document '" + doc.name() + "'"
                        : "'" + shorten(match) + "' occurs only " + found + " time(s) in document '" + doc.name() + "'");
            }
            found++;
        }
        return apply(doc, text, codeName, at, at + match.length(), coderName);
    }

    /** Applies a code to a UTF-16 range of a document, as the transcript view does. */
    public Coding apply(Document doc, String text, String codeName, int start, int end, String coderName)
            throws UserError {
        return apply(doc, text, codeName, session -> ensureCode(project, session, codeName), start, end, coderName);
    }

    /**
     * Codes {@code [start, end)} with an existing code, found by its id: a code applied from the
     * codebook or a recent-code key. Never creates one; a code deleted or merged since is refused.
     */
    public Coding apply(Document doc, String text, long codeId, int start, int end, String coderName)
            throws UserError {
        Code chosen = project.repos().codes.byId(codeId).orElseThrow(() -> new UserError("that code no longer exists"));
        return apply(doc, text, chosen.name(), session -> session.repos().codes.liveById(codeId).orElseThrow(() ->
                new UserError("the code '" + chosen.name() + "' no longer exists (deleted or merged); choose another")),
                start, end, coderName);
    }

    /** The name of a code that is still in the codebook (not deleted or merged away). */
    public java.util.Optional<String> liveCodeName(long codeId) {
        return project.repos().codes.liveById(codeId).map(Code::name);
    }

    private interface CodeInSession {
        Code resolve(EditHistory.Session session) throws UserError;
    }

    private Coding apply(Document doc, String text, String codeName, CodeInSession which, int start, int end,
                         String coderName) throws UserError {
        String snippet = text.substring(start, end);
        String label = "Code '" + shorten(snippet) + "' as '" + codeName + "'";
        String guid = project.newGuid();
        project.history().perform(label, session -> {
            Code code = which.resolve(session);
            Coder coder = project.coderIn(session, coderName);
            if (session.repos().codings.find(doc.id(), code.id(), start, end, coder.id()).isPresent()) {
                throw new UserError("this passage is already coded as '" + code.name() + "' by " + coder.name());
            }
            session.apply(new CreateCodings(List.of(new Coding(0, guid, doc.id(), code.id(), start, end, snippet,
                    coder.id(), project.now()))));
        });
        return project.repos().codings.byGuid(guid).orElseThrow();
    }

    /**
     * Codes every match of a regular expression, in one document or all. Passages this coder
     * has already coded with the code are left alone. Returns the number of new codings.
     */
    public int autocode(String codeName, String regex, String documentName, boolean ignoreCase, String coderName)
            throws UserError {
        try {
            return autocode(codeName, UserPattern.compile(regex, ignoreCase), documentName, coderName);
        } catch (UserPattern.Refused e) {
            throw new UserError(e.getMessage());
        }
    }

    private int autocode(String codeName, UserPattern pattern, String documentName, String coderName)
            throws UserError, UserPattern.Refused {
        Repositories r = project.repos();
        List<Document> docs = documentName == null ? r.documents.all() : List.of(Lookup.document(r, documentName));
        Coder coder = project.coderNamed(coderName);
        List<Coding> found = new ArrayList<>();
        Code existing = r.codes.byName(codeName).orElse(null);
        for (Document doc : docs) {
            for (UserPattern.Match m : pattern.findAll(r.documents.text(doc.id()), "document '" + doc.name() + "'")) {
                if (existing != null && r.codings.find(doc.id(), existing.id(), m.start(), m.end(), coder.id()).isPresent()) {
                    continue;
                }
                found.add(new Coding(0, project.newGuid(), doc.id(), 0, m.start(), m.end(), m.text(), coder.id(),
                        project.now()));
            }
        }
        if (found.isEmpty()) {
            return 0;
        }
        project.history().perform("Auto-code " + found.size() + " passages as '" + codeName + "'", session -> {
            long codeId = ensureCode(project, session, codeName).id();
            long coderId = project.coderIn(session, coderName).id();
            List<Coding> codings = new ArrayList<>(found.size());
            for (Coding c : found) {
                codings.add(new Coding(0, c.guid(), c.documentId(), codeId, c.start(), c.end(), c.text(), coderId,
                        c.created()));
            }
            session.apply(new CreateCodings(codings));
        });
        return found.size();
    }

    /** Removes a coding (undo brings it back). */
    public void remove(Coding coding) throws UserError {
        project.history().perform("Remove coding '" + shorten(coding.text()) + "'",
                SetDeleted.one(Entity.CODING, coding.id(), true));
    }

    /** Gives a coding another code. */
    public void recode(Coding coding, String codeName) throws UserError {
        project.history().perform("Recode '" + shorten(coding.text()) + "' as '" + codeName + "'", session -> {
            Code code = ensureCode(project, session, codeName);
            session.apply(new MoveCodings(List.of(coding.id()), coding.codeId(), code.id()));
        });
    }

    /** Moves a coding's boundaries (UTF-16 offsets). */
    public void resize(Coding coding, int start, int end) throws UserError {
        project.history().perform("Resize coding '" + shorten(coding.text()) + "'",
                new ResizeCoding(coding.id(), coding.start(), coding.end(), start, end));
    }

    /** The live code with this name, created (with the next palette colour) when missing. */
    static Code ensureCode(Project project, EditHistory.Session session, String name) throws UserError {
        String trimmed = Names.require(name, "code");
        Repositories r = session.repos();
        var existing = r.codes.byName(trimmed);
        if (existing.isPresent()) {
            return existing.get();
        }
        session.apply(new CreateCode(new Code(0, project.newGuid(), trimmed, Palette.colour(r.codes.countLive()), "", null)));
        return r.codes.byName(trimmed).orElseThrow();
    }

    static String shorten(String text) {
        String oneLine = text.replace('\n', ' ').strip();
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "…";
    }
}
