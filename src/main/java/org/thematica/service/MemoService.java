package org.thematica.service;

import java.util.Comparator;
import java.util.List;
import org.thematica.edit.CreateMemo;
import org.thematica.edit.Entity;
import org.thematica.edit.SetDeleted;
import org.thematica.edit.UpdateMemo;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/**
 * Memos: the project's reflexive journal and notes on documents, cases, codes, themes and codings.
 * The command line names targets; the window knows their ids, so both ways are offered.
 */
public final class MemoService {
    /** How the journal is named to users. */
    public static final String JOURNAL = "the project (reflexive journal)";

    private final Project project;

    MemoService(Project project) {
        this.project = project;
    }

    private static long codingId(Repositories r, String id) throws UserError {
        try {
            long codingId = Long.parseLong(id.strip());
            if (r.codings.byId(codingId).isPresent()) {
                return codingId;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new UserError("no coding with id '" + id + "'");
    }

    /** Writes a memo on the thing of kind {@code target} named {@code name} (ignored for the project). */
    public Memo add(MemoTarget target, String name, String title, String text) throws UserError {
        if (text == null || text.isBlank()) {
            throw new UserError("a memo needs some text");
        }
        Repositories r = project.repos();
        long targetId = switch (target) {
            case PROJECT -> 0;
            case DOCUMENT -> Lookup.document(r, name).id();
            case CASE -> Lookup.kase(r, name).id();
            case CODE -> Lookup.code(r, name).id();
            case THEME -> Lookup.theme(r, name).id();
            case CODING -> codingId(r, name);
        };
        return create(target, targetId, title, text, "Write memo" + (target == MemoTarget.PROJECT ? ""
                : " on " + target.key() + " '" + name + "'"));
    }

    /**
     * Writes a memo on the thing with this id (0 for the project). Unlike the command line, the
     * window may start a memo empty: the user creates it, then writes into it.
     */
    public Memo add(MemoTarget target, long targetId, String title, String text) throws UserError {
        return create(target, targetId, title, text == null ? "" : text, "Write " + memoOn(target, targetId));
    }

    private Memo create(MemoTarget target, long targetId, String title, String text, String label) throws UserError {
        String now = project.now();
        String guid = project.newGuid();
        project.history().perform(label, session -> session.apply(new CreateMemo(new Memo(0, guid, target, targetId,
                clean(title), text, project.coderIn(session, null).id(), now, now))));
        return project.repos().memos.byGuid(guid).orElseThrow();
    }

    /**
     * Gives a memo a new title and text as one undoable step, and returns it as stored. The
     * stored memo is read afresh, so what the editor shows wins over an older copy. Title and
     * text are stored as typed (not stripped), so the editor and the file agree. Nothing is
     * recorded when nothing changed.
     */
    public Memo update(Memo memo, String title, String text) throws UserError {
        Repositories r = project.repos();
        Memo current = r.memos.byId(memo.id()).filter(m -> r.memos.isLive(m.id()))
                .orElseThrow(() -> new UserError("the memo was deleted; Undo brings it back"));
        String newTitle = title == null ? "" : title;
        String newText = text == null ? "" : text;
        if (current.title().equals(newTitle) && current.text().equals(newText)) {
            return current;
        }
        Memo after = new Memo(current.id(), current.guid(), current.target(), current.targetId(), newTitle, newText,
                current.authorId(), current.created(), project.now());
        project.history().perform("Edit " + memoOn(current.target(), current.targetId()),
                new UpdateMemo(current, after));
        return r.memos.byId(memo.id()).orElseThrow();
    }

    /** Deletes a memo (Undo brings it back). */
    public void delete(Memo memo) throws UserError {
        Repositories r = project.repos();
        if (!r.memos.isLive(memo.id())) {
            throw new UserError("the memo is already deleted");
        }
        project.history().perform("Delete " + memoOn(memo.target(), memo.targetId()),
                SetDeleted.one(Entity.MEMO, memo.id(), true));
    }

    /** The live memos on one thing, newest first. */
    public List<Memo> of(MemoTarget target, long targetId) {
        return project.repos().memos.of(target, targetId).stream()
                .sorted(Comparator.comparing(Memo::created).thenComparingLong(Memo::id).reversed())
                .toList();
    }

    /** Names the thing a memo is on, as users see it: "code 'security vacuum'". */
    public String describe(MemoTarget target, long targetId) throws UserError {
        Repositories r = project.repos();
        return switch (target) {
            case PROJECT -> JOURNAL;
            case DOCUMENT -> "document '" + r.documents.byId(targetId).orElseThrow(() -> missing(target, targetId))
                    .name() + "'";
            case CASE -> "case '" + r.cases.byId(targetId).orElseThrow(() -> missing(target, targetId)).name() + "'";
            case CODE -> "code '" + r.codes.byId(targetId).orElseThrow(() -> missing(target, targetId)).name() + "'";
            case THEME -> "theme '" + r.themes.byId(targetId).orElseThrow(() -> missing(target, targetId)).name()
                    + "'";
            case CODING -> {
                var coding = r.codings.byId(targetId).orElseThrow(() -> missing(target, targetId));
                String code = r.codes.byId(coding.codeId()).map(c -> " as '" + c.name() + "'").orElse("");
                yield "coding of “" + preview(coding.text()) + "”" + code;
            }
        };
    }

    private String memoOn(MemoTarget target, long targetId) throws UserError {
        if (target == MemoTarget.PROJECT) {
            if (targetId != 0) {
                throw new UserError("the project's journal has target id 0, not " + targetId);
            }
            return "memo in the project journal";
        }
        return "memo on " + describe(target, targetId);
    }

    private static UserError missing(MemoTarget target, long id) {
        return new UserError("no " + target.key() + " with id " + id);
    }

    private static String clean(String title) {
        return title == null ? "" : title.strip();
    }

    private static String preview(String text) {
        String t = text.replace('\n', ' ').strip();
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }
}
