package org.thematica.edit;

import org.thematica.model.CaseRecord;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Adds a case (a participant). */
public record CreateCase(CaseRecord kase) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        if (r.cases.byName(kase.name()).isPresent()) {
            throw new UserError("a case named '" + kase.name() + "' already exists");
        }
        long id = r.cases.insert(kase);
        return new Applied(SetDeleted.one(Entity.CASE, id, false), SetDeleted.one(Entity.CASE, id, true));
    }
}
