package org.thematica.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The edit log, which is both the undo/redo stack and the audit trail. Edits are stored as JSON
 * written by the edit layer; this class only keeps the rows.
 */
public final class HistoryRepository {
    private static final String COLUMNS = "id, time, actor, action, label, target, redo, undo, state";
    private final Database db;

    HistoryRepository(Database db) {
        this.db = db;
    }

    /** One row of the log. {@code action} is do, undo or redo; state is set on do rows only. */
    public record Entry(long id, String time, String actor, String action, String label, Long target, String redo,
                        String undo, String state) {
    }

    static Entry map(ResultSet rs) throws SQLException {
        long target = rs.getLong(6);
        Long t = rs.wasNull() ? null : target;
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), t,
                rs.getString(7), rs.getString(8), rs.getString(9));
    }

    /** Records a new edit as applied; the redo branch it cuts off is marked discarded. */
    public long appendDo(String time, String actor, String label, String redoJson, String undoJson) {
        db.update("UPDATE history SET state = 'discarded' WHERE action = 'do' AND state = 'undone'");
        return db.insert("INSERT INTO history (time, actor, action, label, redo, undo, state)"
                + " VALUES (?, ?, 'do', ?, ?, ?, 'applied')", time, actor, label, redoJson, undoJson);
    }

    /** Records that an edit was undone or redone (audit only). */
    public void appendAudit(String time, String actor, String action, String label, long target) {
        db.insert("INSERT INTO history (time, actor, action, label, target) VALUES (?, ?, ?, ?, ?)",
                time, actor, action, label, target);
    }

    public void setState(long id, String state) {
        db.update("UPDATE history SET state = ? WHERE id = ?", state, id);
    }

    public void setRedo(long id, String redoJson) {
        db.update("UPDATE history SET redo = ? WHERE id = ?", redoJson, id);
    }

    public void setUndo(long id, String undoJson) {
        db.update("UPDATE history SET undo = ? WHERE id = ?", undoJson, id);
    }

    /** The edit an undo would revert: the newest applied one. */
    public Optional<Entry> nextUndo() {
        return db.queryOne("SELECT " + COLUMNS + " FROM history WHERE action = 'do' AND state = 'applied'"
                + " ORDER BY id DESC LIMIT 1", HistoryRepository::map);
    }

    /** The edit a redo would re-apply: the oldest undone one still on the redo branch. */
    public Optional<Entry> nextRedo() {
        return db.queryOne("SELECT " + COLUMNS + " FROM history WHERE action = 'do' AND state = 'undone'"
                + " ORDER BY id ASC LIMIT 1", HistoryRepository::map);
    }

    public Optional<Entry> byId(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM history WHERE id = ?", HistoryRepository::map, id);
    }

    /** The newest {@code limit} rows, newest first. */
    public List<Entry> latest(int limit) {
        return db.query("SELECT " + COLUMNS + " FROM history ORDER BY id DESC LIMIT ?", HistoryRepository::map, limit);
    }

    /**
     * The newest {@code limit} rows with an id below {@code before}, by {@code actor} (null:
     * anyone), at or after {@code since} (null: ever).
     */
    public List<Entry> find(String actor, String since, long before, int limit) {
        return db.query("SELECT " + COLUMNS + " FROM history WHERE id < ?4 AND (?1 IS NULL OR actor = ?1)"
                + " AND (?2 IS NULL OR time >= ?2) ORDER BY id DESC LIMIT ?3", HistoryRepository::map, actor, since,
                limit, before);
    }

    /** How many rows {@code actor} has in the history (a coder of an older build may have no coder row). */
    public long countBy(String actor) {
        return db.queryLong("SELECT COUNT(*) FROM history WHERE actor = ?", actor);
    }

    public long countDone() {
        return db.queryLong("SELECT COUNT(*) FROM history WHERE action = 'do' AND state = 'applied'");
    }
}
