package org.thematica.edit;

import java.util.List;
import org.thematica.model.DocumentKind;
import org.thematica.model.SpeakerTurn;
import org.thematica.model.SyncPoint;
import org.thematica.model.UserError;
import org.thematica.store.DocumentRepository.NewDocument;
import org.thematica.store.Repositories;

/**
 * Adds an imported document with its turns and sync points. Undo flags it deleted and redo
 * restores it, so the (possibly large) text is stored once, not copied into the history.
 */
public record ImportDocument(String guid, String name, DocumentKind kind, String text, String sha256, String origin,
                             String format, String encoding, int wordCount, List<SpeakerTurn> turns,
                             List<SyncPoint> syncPoints, String importedAt, long importedBy) implements Edit {
    /** The same import, made by this coder (known only inside the transaction that registers them). */
    public ImportDocument by(long coderId) {
        return new ImportDocument(guid, name, kind, text, sha256, origin, format, encoding, wordCount, turns, syncPoints,
                importedAt, coderId);
    }

    public ImportDocument {
        turns = List.copyOf(turns);
        syncPoints = List.copyOf(syncPoints);
    }

    @Override
    public Applied apply(Repositories r) throws UserError {
        if (r.documents.byName(name).isPresent()) {
            throw new UserError("a document named '" + name + "' already exists; import it under another name");
        }
        long id = r.documents.insert(new NewDocument(0, guid, name, kind, text, sha256, origin, format, encoding,
                wordCount, importedAt, importedBy));
        r.documents.insertTurns(id, turns);
        r.documents.insertSyncPoints(id, syncPoints);
        return new Applied(SetDeleted.one(Entity.DOCUMENT, id, false), SetDeleted.one(Entity.DOCUMENT, id, true));
    }
}
