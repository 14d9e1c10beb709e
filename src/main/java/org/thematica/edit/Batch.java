package org.thematica.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Several edits that form one user action (one undo step), applied in order. */
public record Batch(List<Edit> edits) implements Edit {
    public Batch {
        edits = List.copyOf(edits);
    }

    public static Batch of(Edit... edits) {
        return new Batch(List.of(edits));
    }

    @Override
    public Applied apply(Repositories r) throws UserError {
        List<Edit> redos = new ArrayList<>(edits.size());
        List<Edit> undos = new ArrayList<>(edits.size());
        for (Edit edit : edits) {
            Applied applied = edit.apply(r);
            redos.add(applied.redo());
            undos.add(applied.undo());
        }
        Collections.reverse(undos);
        return new Applied(new Batch(redos), new Batch(undos));
    }
}
