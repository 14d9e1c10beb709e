package org.thematica.edit;

import org.thematica.model.Memo;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Changes a memo's title or text, or moves it to another target (when codes are merged). */
public record UpdateMemo(Memo before, Memo after) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        Memo current = r.memos.byId(before.id()).orElseThrow(() -> new UserError("the memo no longer exists"));
        if (!current.equals(before)) {
            throw new UserError("the memo changed in the meantime; try again");
        }
        r.memos.update(after);
        return new Applied(this, new UpdateMemo(after, before));
    }
}
