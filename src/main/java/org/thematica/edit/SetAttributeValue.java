package org.thematica.edit;

import java.util.Objects;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Sets or clears (null) one attribute value of one case. */
public record SetAttributeValue(long caseId, long attributeId, String before, String after) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        String current = r.cases.value(caseId, attributeId).orElse(null);
        if (!Objects.equals(current, before)) {
            throw new UserError("the attribute value changed in the meantime; try again");
        }
        r.cases.setValue(caseId, attributeId, after);
        return new Applied(this, new SetAttributeValue(caseId, attributeId, after, before));
    }
}
