package org.thematica.service;

import org.thematica.edit.Entity;
import org.thematica.edit.SetDeleted;
import org.thematica.edit.UpdateDocument;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.model.UserError;

/** Renaming, reclassifying and deleting documents (their text never changes). */
public final class DocumentService {
    private final Project project;

    DocumentService(Project project) {
        this.project = project;
    }

    public void rename(String name, String newName) throws UserError {
        Document d = Lookup.document(project.repos(), name);
        String n = org.thematica.model.Names.require(newName, "document");
        project.history().perform("Rename document '" + d.name() + "' to '" + n + "'",
                new UpdateDocument(d.id(), d.name(), d.kind(), n, d.kind()));
    }

    public void setKind(String name, DocumentKind kind) throws UserError {
        Document d = Lookup.document(project.repos(), name);
        if (d.kind() != kind) {
            project.history().perform("Make '" + d.name() + "' a" + (kind == DocumentKind.INTERVIEW ? "n " : " ")
                    + kind.key(), new UpdateDocument(d.id(), d.name(), d.kind(), d.name(), kind));
        }
    }

    /** Deletes a document with its codings (they come back with undo). */
    public void delete(String name) throws UserError {
        Document d = Lookup.document(project.repos(), name);
        project.history().perform("Delete document '" + d.name() + "'", SetDeleted.one(Entity.DOCUMENT, d.id(), true));
    }
}
