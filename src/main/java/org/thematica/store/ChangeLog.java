package org.thematica.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Which documents a transaction touched, recorded by SQLite itself: temporary triggers (private
 * to this connection, not part of the file) note the document of every coding inserted or
 * changed, and every document added, deleted or reclassified. Analysis views use this to
 * refresh only what changed, whatever edit did it.
 */
public final class ChangeLog {
    private final Database db;

    public ChangeLog(Database db) {
        this.db = db;
    }

    static void install(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS changed_document (document_id INTEGER PRIMARY KEY)");
            s.execute("CREATE TEMP TRIGGER IF NOT EXISTS coding_added AFTER INSERT ON main.coding BEGIN"
                    + " INSERT OR IGNORE INTO changed_document VALUES (new.document_id); END");
            s.execute("CREATE TEMP TRIGGER IF NOT EXISTS coding_changed AFTER UPDATE ON main.coding BEGIN"
                    + " INSERT OR IGNORE INTO changed_document VALUES (old.document_id);"
                    + " INSERT OR IGNORE INTO changed_document VALUES (new.document_id); END");
            s.execute("CREATE TEMP TRIGGER IF NOT EXISTS document_added AFTER INSERT ON main.document BEGIN"
                    + " INSERT OR IGNORE INTO changed_document VALUES (new.id); END");
            s.execute("CREATE TEMP TRIGGER IF NOT EXISTS document_changed AFTER UPDATE ON main.document BEGIN"
                    + " INSERT OR IGNORE INTO changed_document VALUES (new.id); END");
            s.execute("CREATE TEMP TRIGGER IF NOT EXISTS turn_changed AFTER UPDATE ON main.turn BEGIN"
                    + " INSERT OR IGNORE INTO changed_document VALUES (new.document_id); END");
            s.execute("CREATE TEMP TRIGGER IF NOT EXISTS document_case_added AFTER INSERT ON main.document_case BEGIN"
                    + " INSERT OR IGNORE INTO changed_document VALUES (new.document_id); END");
            s.execute("CREATE TEMP TRIGGER IF NOT EXISTS document_case_removed AFTER DELETE ON main.document_case BEGIN"
                    + " INSERT OR IGNORE INTO changed_document VALUES (old.document_id); END");
        }
    }

    /** The documents touched since the last call (inside the current transaction), and forgets them. */
    public Set<Long> drain() {
        if (db.isReadOnly()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>(db.query("SELECT document_id FROM temp.changed_document", rs -> rs.getLong(1)));
        if (!ids.isEmpty()) {
            db.update("DELETE FROM temp.changed_document");
        }
        return ids;
    }
}
