package org.thematica.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.thematica.model.Review;
import org.thematica.model.Verdict;

/** Supervisors' verdicts on codings. */
public final class ReviewRepository {
    private static final String COLUMNS = "id, guid, coding_id, reviewer_id, verdict, comment, created";
    private final Database db;

    ReviewRepository(Database db) {
        this.db = db;
    }

    static Review map(ResultSet rs) throws SQLException {
        return new Review(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), Verdict.parse(rs.getString(5)),
                rs.getString(6), rs.getString(7));
    }

    public long insert(Review r) {
        return db.insert("INSERT INTO review (id, guid, coding_id, reviewer_id, verdict, comment, created)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                r.id() == 0 ? null : r.id(), r.guid(), r.codingId(), r.reviewerId(), r.verdict(), r.comment(),
                r.created());
    }

    public void setDeleted(long id, boolean deleted) {
        db.update("UPDATE review SET deleted = ? WHERE id = ?", deleted, id);
    }

    public Optional<Review> byId(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM review WHERE id = ?", ReviewRepository::map, id);
    }

    public List<Review> ofCoding(long codingId) {
        return db.query("SELECT " + COLUMNS + " FROM review WHERE deleted = 0 AND coding_id = ? ORDER BY created, id",
                ReviewRepository::map, codingId);
    }
}
