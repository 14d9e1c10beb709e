package org.thematica.edit;

import org.thematica.model.Review;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Records a reviewer's verdict on a coding. */
public record CreateReview(Review review) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        long id = r.reviews.insert(review);
        return new Applied(SetDeleted.one(Entity.REVIEW, id, false), SetDeleted.one(Entity.REVIEW, id, true));
    }
}
