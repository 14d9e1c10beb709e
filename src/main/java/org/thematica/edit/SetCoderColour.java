package org.thematica.edit;

import java.util.Objects;
import org.thematica.model.Coder;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/**
 * Sets the colour a coder is shown in when coders are compared (null: none chosen, the palette's;
 * see model.CoderColours). Both colours are recorded, so undo puts back exactly what was there.
 */
public record SetCoderColour(long coderId, String before, String after) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        Coder current = r.coders.byId(coderId).orElseThrow(() -> new UserError("the coder no longer exists"));
        if (!Objects.equals(current.colour(), before)) {
            throw new UserError(current.name() + "'s colour changed in the meantime; try again");
        }
        r.coders.setColour(coderId, after);
        return new Applied(this, new SetCoderColour(coderId, after, before));
    }
}
