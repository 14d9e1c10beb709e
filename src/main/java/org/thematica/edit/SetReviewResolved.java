package org.thematica.edit;

import org.thematica.model.Review;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/**
 * Resolves a review thread (its verdict gets a time and the coder who resolved it) or opens it
 * again (null, 0). Both states are recorded, so undo puts back exactly what was there.
 */
public record SetReviewResolved(long id, String before, long beforeBy, String after, long afterBy) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        Review current = r.reviews.byId(id).orElseThrow(() -> new UserError("the review no longer exists"));
        if (!java.util.Objects.equals(current.resolved(), before) || current.resolvedBy() != beforeBy) {
            throw new UserError("the review thread changed in the meantime; try again");
        }
        r.reviews.setResolved(id, after, afterBy);
        return new Applied(this, new SetReviewResolved(id, after, afterBy, before, beforeBy));
    }
}
