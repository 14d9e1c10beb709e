package org.thematica.edit;

import java.util.List;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Recodes codings from one code to another (merging codes, deleting a code into another). */
public record MoveCodings(List<Long> ids, long fromCodeId, long toCodeId) implements Edit {
    public MoveCodings {
        ids = List.copyOf(ids);
    }

    @Override
    public Applied apply(Repositories r) throws UserError {
        for (long id : ids) {
            long code = r.codings.byId(id).orElseThrow(() -> new UserError("a coding no longer exists")).codeId();
            if (code != fromCodeId) {
                throw new UserError("a coding changed code in the meantime; try again");
            }
        }
        r.codings.setCode(ids, toCodeId);
        return new Applied(this, new MoveCodings(ids, toCodeId, fromCodeId));
    }
}
