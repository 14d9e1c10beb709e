package org.thematica.edit;

import org.thematica.model.Memo;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Writes a new memo. */
public record CreateMemo(Memo memo) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        long id = r.memos.insert(memo);
        return new Applied(SetDeleted.one(Entity.MEMO, id, false), SetDeleted.one(Entity.MEMO, id, true));
    }
}
