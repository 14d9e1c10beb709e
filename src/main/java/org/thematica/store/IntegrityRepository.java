package org.thematica.store;

import java.util.List;

/** The raw checks behind {@code thematica check}; interpretation happens in the service layer. */
public final class IntegrityRepository {
    private final Database db;

    public IntegrityRepository(Database db) {
        this.db = db;
    }

    /** SQLite's full integrity check; "ok" when healthy. */
    public List<String> integrityCheck() {
        return db.pragmaLines("PRAGMA integrity_check(20)");
    }

    /** Rows whose foreign keys point nowhere, as "table rowid -> parent". */
    public List<String> foreignKeyProblems() {
        return db.query("PRAGMA foreign_key_check",
                rs -> rs.getString(1) + " row " + rs.getLong(2) + " points to a missing " + rs.getString(3));
    }

    /** id, sha256 and text of every document (deleted ones included: undo can bring them back). */
    public record DocumentText(long id, String name, String sha256, String text) {
    }

    public List<DocumentText> documentTexts() {
        return db.query("SELECT id, name, sha256, text FROM document ORDER BY id",
                rs -> new DocumentText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** Codings whose range lies outside their document's text. */
    public List<Long> codingsOutOfBounds() {
        return db.query("SELECT c.id FROM coding c JOIN document d ON d.id = c.document_id"
                + " WHERE c.start < 0 OR c.\"end\" > d.length OR c.\"end\" <= c.start ORDER BY c.id", rs -> rs.getLong(1));
    }

    /** Every coding (deleted ones too), by document, for checking snapshots against the text in Java:
     *  SQLite's substr counts code points, our offsets are UTF-16 units. */
    public List<org.thematica.model.Coding> allCodings() {
        return db.query("SELECT id, guid, document_id, code_id, start, \"end\", text, coder_id, created FROM coding"
                + " ORDER BY document_id, id", CodingRepository::map);
    }

    /** Live codings attached to a deleted code or document (a half-done delete would leave these). */
    public long countLiveCodingsOfDeletedParents() {
        return db.queryLong("SELECT COUNT(*) FROM coding c JOIN code k ON k.id = c.code_id"
                + " WHERE c.deleted = 0 AND k.deleted = 1");
    }

    /** The number of history 'do' rows by state. */
    public List<String> historyStates() {
        return db.query("SELECT state || ' ' || COUNT(*) FROM history WHERE action = 'do' GROUP BY state ORDER BY state",
                rs -> rs.getString(1));
    }

    /** Undone edits with a newer applied edit: impossible in a linear history. */
    public long countUndoneBelowApplied() {
        return db.queryLong("SELECT COUNT(*) FROM history u WHERE u.action = 'do' AND u.state = 'undone'"
                + " AND EXISTS (SELECT 1 FROM history a WHERE a.action = 'do' AND a.state = 'applied' AND a.id > u.id)");
    }
}
