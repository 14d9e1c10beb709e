package org.thematica.edit;

import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Renames a document or changes its kind (interview or source). Its text never changes. */
public record UpdateDocument(long id, String oldName, DocumentKind oldKind, String name, DocumentKind kind)
        implements Edit {

    @Override
    public Applied apply(Repositories r) throws UserError {
        Document current = r.documents.byId(id).orElseThrow(() -> new UserError("the document no longer exists"));
        if (!current.name().equals(oldName) || current.kind() != oldKind) {
            throw new UserError("document '" + current.name() + "' changed in the meantime; try again");
        }
        if (!name.equals(oldName) && r.documents.byName(name).isPresent()) {
            throw new UserError("a document named '" + name + "' already exists");
        }
        r.documents.rename(id, name);
        r.documents.setKind(id, kind);
        return new Applied(this, new UpdateDocument(id, name, kind, oldName, oldKind));
    }
}
