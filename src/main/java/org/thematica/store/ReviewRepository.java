package org.thematica.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.thematica.model.Review;
import org.thematica.model.Verdict;

/** Reviewers' verdicts on codings and code definitions, and the threads of replies under them. */
public final class ReviewRepository {
    static final String COLUMNS = "id, guid, target_kind, target_id, COALESCE(parent_id, 0), reviewer_id,"
            + " verdict, comment, created, resolved, COALESCE(resolved_by, 0)";
    private final Database db;

    ReviewRepository(Database db) {
        this.db = db;
    }

    static Review map(ResultSet rs) throws SQLException {
        return new Review(rs.getLong(1), rs.getString(2), Review.Target.parse(rs.getString(3)), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), Verdict.parse(rs.getString(7)), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getLong(11));
    }

    public long insert(Review r) {
        return db.insert("INSERT INTO review (id, guid, target_kind, target_id, parent_id, reviewer_id, verdict, comment,"
                        + " created, resolved, resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id() == 0 ? null : r.id(), r.guid(), r.target().key(), r.targetId(),
                r.parentId() == 0 ? null : r.parentId(), r.reviewerId(), r.verdict(), r.comment(), r.created(),
                r.resolved(), r.resolvedBy() == 0 ? null : r.resolvedBy());
    }

    public void setDeleted(long id, boolean deleted) {
        db.update("UPDATE review SET deleted = ? WHERE id = ?", deleted, id);
    }

    /** Marks a thread resolved at {@code time} by {@code coderId}, or open again (null, 0). */
    public void setResolved(long id, String time, long coderId) {
        db.update("UPDATE review SET resolved = ?, resolved_by = ? WHERE id = ?", time, coderId == 0 ? null : coderId, id);
    }

    /** Any review, deleted ones included (edits check the state they find). */
    public Optional<Review> byId(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM review WHERE id = ?", ReviewRepository::map, id);
    }

    public Optional<Review> byGuid(String guid) {
        return db.queryOne("SELECT " + COLUMNS + " FROM review WHERE deleted = 0 AND guid = ?", ReviewRepository::map,
                guid);
    }

    /** Every live review and reply, oldest first. */
    public List<Review> all() {
        return db.query("SELECT " + COLUMNS + " FROM review WHERE deleted = 0 ORDER BY created, id",
                ReviewRepository::map);
    }

    public List<Review> of(Review.Target target, long targetId) {
        return db.query("SELECT " + COLUMNS + " FROM review WHERE deleted = 0 AND target_kind = ? AND target_id = ?"
                + " ORDER BY created, id", ReviewRepository::map, target.key(), targetId);
    }
}
