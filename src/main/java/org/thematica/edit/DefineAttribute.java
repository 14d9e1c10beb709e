package org.thematica.edit;

import org.thematica.model.Attribute;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Defines a case attribute such as role or age; its inverse removes the (still unused) definition. */
public record DefineAttribute(Attribute attribute) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        if (r.cases.attribute(attribute.name()).isPresent()) {
            throw new UserError("an attribute named '" + attribute.name() + "' already exists");
        }
        long id = r.cases.insertAttribute(attribute);
        Attribute pinned = new Attribute(id, attribute.guid(), attribute.name(), attribute.type());
        return new Applied(new DefineAttribute(pinned), new RemoveAttribute(pinned));
    }
}
