package org.thematica.edit;

import org.thematica.model.Code;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Adds a code to the codebook (an id of 0 lets the project choose one). */
public record CreateCode(Code code) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        if (r.codes.byName(code.name()).isPresent()) {
            throw new UserError("a code named '" + code.name() + "' already exists");
        }
        long id = r.codes.insert(code);
        return new Applied(SetDeleted.one(Entity.CODE, id, false), SetDeleted.one(Entity.CODE, id, true));
    }
}
