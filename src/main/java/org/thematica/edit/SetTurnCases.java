package org.thematica.edit;

import java.util.List;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Links speaker turns to cases (0 = no case): a speaker in a transcript becomes a participant. */
public record SetTurnCases(List<TurnCase> before, List<TurnCase> after) implements Edit {
    /** One turn and the case it belongs to. */
    public record TurnCase(long turnId, long caseId) {
    }

    public SetTurnCases {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    @Override
    public Applied apply(Repositories r) throws UserError {
        for (TurnCase t : after) {
            r.documents.setTurnCase(t.turnId(), t.caseId());
        }
        return new Applied(this, new SetTurnCases(after, before));
    }
}
