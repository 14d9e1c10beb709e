package org.thematica.edit;

import org.thematica.model.Coding;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Moves a coding's boundaries; the snapshot follows the new range. */
public record ResizeCoding(long id, int oldStart, int oldEnd, int start, int end) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        Coding c = r.codings.byId(id).orElseThrow(() -> new UserError("the coding no longer exists"));
        if (c.start() != oldStart || c.end() != oldEnd) {
            throw new UserError("the coding changed in the meantime; try again");
        }
        String text = r.documents.text(c.documentId());
        if (start < 0 || end > text.length() || end <= start) {
            throw new UserError("the range [" + start + ", " + end + ") lies outside the document text");
        }
        r.codings.setRange(id, start, end, text.substring(start, end));
        return new Applied(this, new ResizeCoding(id, start, end, oldStart, oldEnd));
    }
}
