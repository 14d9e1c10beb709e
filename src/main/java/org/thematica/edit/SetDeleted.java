package org.thematica.edit;

import java.util.List;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;
import org.thematica.store.StoreException;

/** Deletes rows (by flagging them) or restores them; the inverse flips the flag back. */
public record SetDeleted(Entity entity, List<Long> ids, boolean deleted) implements Edit {
    public SetDeleted {
        ids = List.copyOf(ids);
    }

    public static SetDeleted one(Entity entity, long id, boolean deleted) {
        return new SetDeleted(entity, List.of(id), deleted);
    }

    @Override
    public Applied apply(Repositories r) throws UserError {
        try {
            if (entity == Entity.CODING) {
                r.codings.setDeleted(ids, deleted);
            } else {
                for (long id : ids) {
                    setOne(r, id);
                }
            }
        } catch (StoreException e) {
            if (!deleted && e.getMessage().contains("UNIQUE")) {
                throw new UserError("cannot restore the " + entity.noun() + ": another " + entity.noun()
                        + " now has the same name; rename that one first");
            }
            throw e;
        }
        return new Applied(this, new SetDeleted(entity, ids, !deleted));
    }

    private void setOne(Repositories r, long id) {
        switch (entity) {
            case DOCUMENT -> r.documents.setDeleted(id, deleted);
            case CODE -> r.codes.setDeleted(id, deleted);
            case THEME -> r.themes.setDeleted(id, deleted);
            case LINK -> r.themes.setLinkDeleted(id, deleted);
            case CASE -> r.cases.setDeleted(id, deleted);
            case MEMO -> r.memos.setDeleted(id, deleted);
            case REVIEW -> r.reviews.setDeleted(id, deleted);
            case CODING -> r.codings.setDeleted(List.of(id), deleted);
        }
    }
}
