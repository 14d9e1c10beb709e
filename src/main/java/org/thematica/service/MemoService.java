package org.thematica.service;

import org.thematica.edit.CreateMemo;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Memos: the project's reflexive journal and notes on documents, cases, codes, themes and codings. */
public final class MemoService {
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
        String now = project.now();
        String guid = project.newGuid();
        Memo memo = new Memo(0, guid, target, targetId, title == null ? "" : title.strip(), text,
                project.coder().id(), now, now);
        project.history().perform("Write memo" + (target == MemoTarget.PROJECT ? "" : " on " + target.key() + " '"
                + name + "'"), new CreateMemo(memo));
        return r.memos.all().stream().filter(m -> m.guid().equals(guid)).findFirst().orElseThrow();
    }
}
