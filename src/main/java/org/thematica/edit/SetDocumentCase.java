package org.thematica.edit;

import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Links a whole document to a case, or unlinks it. */
public record SetDocumentCase(long documentId, long caseId, boolean linked) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        if (r.cases.isLinked(documentId, caseId) == linked) {
            throw new UserError(linked ? "the document already belongs to that case"
                    : "the document does not belong to that case");
        }
        if (linked) {
            r.cases.link(documentId, caseId);
        } else {
            r.cases.unlink(documentId, caseId);
        }
        return new Applied(this, new SetDocumentCase(documentId, caseId, !linked));
    }
}
