package org.thematica.edit;

import org.thematica.model.Attribute;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Removes an attribute definition that no case has a value for. */
public record RemoveAttribute(Attribute attribute) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        for (var c : r.cases.all()) {
            if (r.cases.value(c.id(), attribute.id()).isPresent()) {
                throw new UserError("attribute '" + attribute.name() + "' still has values; clear them first");
            }
        }
        r.cases.deleteAttribute(attribute.id());
        return new Applied(this, new DefineAttribute(attribute));
    }
}
