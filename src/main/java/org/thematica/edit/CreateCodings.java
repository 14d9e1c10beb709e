package org.thematica.edit;

import java.util.List;
import org.thematica.model.Coding;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/**
 * Applies codes to passages: one coding from a selection, or many from auto-coding. Each range
 * is checked against the stored text and the snapshot must be the text at that range.
 */
public record CreateCodings(List<Coding> codings) implements Edit {
    public CreateCodings {
        codings = List.copyOf(codings);
    }

    @Override
    public Applied apply(Repositories r) throws UserError {
        long textOf = -1;
        String text = null;
        for (Coding c : codings) {
            if (c.documentId() != textOf) {
                text = r.documents.text(c.documentId());
                textOf = c.documentId();
            }
            if (c.start() < 0 || c.end() > text.length() || c.end() <= c.start()) {
                throw new UserError("the range [" + c.start() + ", " + c.end() + ") lies outside the document text"
                        + " (" + text.length() + " characters)");
            }
            if (!text.substring(c.start(), c.end()).equals(c.text())) {
                throw new UserError("the coded text does not match the document at [" + c.start() + ", " + c.end() + ")");
            }
        }
        List<Long> ids = r.codings.insertAll(codings);
        return new Applied(new SetDeleted(Entity.CODING, ids, false), new SetDeleted(Entity.CODING, ids, true));
    }
}
