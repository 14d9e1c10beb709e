package org.thematica.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thematica.model.Coding;

/** Code applications: half-open UTF-16 ranges of a document's text. */
public final class CodingRepository {
    private static final String COLUMNS = "id, guid, document_id, code_id, start, \"end\", text, coder_id, created";
    private final Database db;

    CodingRepository(Database db) {
        this.db = db;
    }

    static Coding map(ResultSet rs) throws SQLException {
        return new Coding(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), rs.getLong(8), rs.getString(9));
    }

    public long insert(Coding c) {
        return db.insert("INSERT INTO coding (id, guid, document_id, code_id, start, \"end\", text, coder_id, created)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id() == 0 ? null : c.id(), c.guid(), c.documentId(), c.codeId(), c.start(), c.end(), c.text(),
                c.coderId(), c.created());
    }

    /** Inserts codings (an id of 0 lets the database choose) and returns their ids, in order. */
    public List<Long> insertAll(List<Coding> codings) {
        List<Object[]> rows = new ArrayList<>(codings.size());
        for (Coding c : codings) {
            rows.add(new Object[] {c.id() == 0 ? null : c.id(), c.guid(), c.documentId(), c.codeId(), c.start(), c.end(),
                    c.text(), c.coderId(), c.created()});
        }
        return db.insertAll("INSERT INTO coding (id, guid, document_id, code_id, start, \"end\", text, coder_id, created)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public void setDeleted(List<Long> ids, boolean deleted) {
        List<Object[]> rows = new ArrayList<>(ids.size());
        for (long id : ids) {
            rows.add(new Object[] {deleted, id});
        }
        db.batch("UPDATE coding SET deleted = ? WHERE id = ?", rows);
    }

    public void setCode(List<Long> ids, long codeId) {
        List<Object[]> rows = new ArrayList<>(ids.size());
        for (long id : ids) {
            rows.add(new Object[] {codeId, id});
        }
        db.batch("UPDATE coding SET code_id = ? WHERE id = ?", rows);
    }

    public void setRange(long id, int start, int end, String text) {
        db.update("UPDATE coding SET start = ?, \"end\" = ?, text = ? WHERE id = ?", start, end, text, id);
    }

    public Optional<Coding> byId(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM coding WHERE id = ?", CodingRepository::map, id);
    }

    public Optional<Coding> byGuid(String guid) {
        return db.queryOne("SELECT " + COLUMNS + " FROM coding WHERE guid = ?", CodingRepository::map, guid);
    }

    /** True when the coding, its document and its code are all live. */
    public boolean isLive(long id) {
        return db.queryLong("SELECT COUNT(*) FROM live_coding WHERE id = ?", id) > 0;
    }

    /** Live codings of a document, in text order. */
    public List<Coding> ofDocument(long documentId) {
        return db.query("SELECT " + COLUMNS + " FROM live_coding WHERE document_id = ? ORDER BY start, \"end\", id",
                CodingRepository::map, documentId);
    }

    /** The coded ranges of a document and their codes only (no snapshots): what highlighting needs. */
    public List<org.thematica.analysis.Highlights.Span> spansOfDocument(long documentId) {
        return db.query("SELECT start, \"end\", code_id FROM live_coding WHERE document_id = ? ORDER BY start",
                rs -> new org.thematica.analysis.Highlights.Span(rs.getInt(1), rs.getInt(2), rs.getLong(3)), documentId);
    }

    /** Live, not-deleted codings of a code (including those in deleted documents: they move with the code). */
    public List<Long> idsOfCode(long codeId) {
        return db.query("SELECT id FROM coding WHERE code_id = ? AND deleted = 0 ORDER BY id", rs -> rs.getLong(1),
                codeId);
    }

    /** Live codings of a code, in document and text order. */
    public List<Coding> ofCode(long codeId) {
        return db.query("SELECT " + COLUMNS + " FROM live_coding WHERE code_id = ? ORDER BY document_id, start, id",
                CodingRepository::map, codeId);
    }

    /** Finds a live coding with exactly this document, code, range and coder, if any. */
    public Optional<Coding> find(long documentId, long codeId, int start, int end, long coderId) {
        return db.queryOne("SELECT " + COLUMNS + " FROM coding WHERE deleted = 0 AND document_id = ? AND code_id = ?"
                        + " AND start = ? AND \"end\" = ? AND coder_id = ?",
                CodingRepository::map, documentId, codeId, start, end, coderId);
    }

    public long countLive() {
        return db.queryLong("SELECT COUNT(*) FROM live_coding");
    }

    /** All live codings, for export and checks, in document and text order. */
    public List<Coding> allLive() {
        return db.query("SELECT " + COLUMNS + " FROM live_coding ORDER BY document_id, start, \"end\", code_id, id",
                CodingRepository::map);
    }
}
