package org.thematica.edit;

import org.thematica.model.Code;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Renames, recolours, re-describes or re-parents a code. */
public record UpdateCode(Code before, Code after) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        Code current = r.codes.byId(before.id()).orElseThrow(() -> new UserError("the code no longer exists"));
        if (!current.equals(before)) {
            throw new UserError("code '" + current.name() + "' changed in the meantime; try again");
        }
        if (!after.name().equals(before.name()) && r.codes.byName(after.name()).isPresent()) {
            throw new UserError("a code named '" + after.name() + "' already exists");
        }
        r.codes.update(after);
        return new Applied(this, new UpdateCode(after, before));
    }
}
