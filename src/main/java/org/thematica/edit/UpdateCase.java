package org.thematica.edit;

import org.thematica.model.CaseRecord;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Renames a case or changes its description (for example to a pseudonym). */
public record UpdateCase(CaseRecord before, CaseRecord after) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        CaseRecord current = r.cases.byId(before.id()).orElseThrow(() -> new UserError("the case no longer exists"));
        if (!current.equals(before)) {
            throw new UserError("case '" + current.name() + "' changed in the meantime; try again");
        }
        if (!after.name().equals(before.name()) && r.cases.byName(after.name()).isPresent()) {
            throw new UserError("a case named '" + after.name() + "' already exists");
        }
        r.cases.update(after);
        return new Applied(this, new UpdateCase(after, before));
    }
}
