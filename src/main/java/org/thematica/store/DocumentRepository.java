package org.thematica.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.model.SpeakerTurn;
import org.thematica.model.SyncPoint;

/** Documents, their text, speaker turns and media sync points. */
public final class DocumentRepository {
    private static final String COLUMNS =
            "id, guid, name, kind, sha256, origin, format, encoding, length, word_count, imported_at";
    private final Database db;

    DocumentRepository(Database db) {
        this.db = db;
    }

    static Document map(ResultSet rs) throws SQLException {
        return new Document(rs.getLong(1), rs.getString(2), rs.getString(3), DocumentKind.parse(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
                rs.getString(11));
    }

    /** A document to store; {@code id} 0 lets the database choose. */
    public record NewDocument(long id, String guid, String name, DocumentKind kind, String text, String sha256,
                              String origin, String format, String encoding, int wordCount, String importedAt,
                              long importedBy) {
    }

    public long insert(NewDocument d) {
        Object id = d.id() == 0 ? null : d.id();
        return db.insert("INSERT INTO document (id, guid, name, kind, text, sha256, origin, format, encoding, length,"
                        + " word_count, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, d.guid(), d.name(), d.kind(), d.text(), d.sha256(), d.origin(), d.format(), d.encoding(),
                d.text().length(), d.wordCount(), d.importedAt(), d.importedBy());
    }

    public void insertTurns(long documentId, List<SpeakerTurn> turns) {
        List<Object[]> rows = new ArrayList<>(turns.size());
        for (SpeakerTurn t : turns) {
            rows.add(new Object[] {documentId, t.start(), t.end(), t.speaker(), t.startMs(), t.endMs()});
        }
        db.batch("INSERT INTO turn (document_id, start, \"end\", speaker, start_ms, end_ms) VALUES (?, ?, ?, ?, ?, ?)",
                rows);
    }

    public void insertSyncPoints(long documentId, List<SyncPoint> points) {
        List<Object[]> rows = new ArrayList<>(points.size());
        for (SyncPoint p : points) {
            rows.add(new Object[] {documentId, p.offset(), p.timeMs()});
        }
        db.batch("INSERT INTO sync_point (document_id, \"offset\", time_ms) VALUES (?, ?, ?)", rows);
    }

    public void setDeleted(long id, boolean deleted) {
        db.update("UPDATE document SET deleted = ? WHERE id = ?", deleted, id);
    }

    public void rename(long id, String name) {
        db.update("UPDATE document SET name = ? WHERE id = ?", name, id);
    }

    public void setKind(long id, DocumentKind kind) {
        db.update("UPDATE document SET kind = ? WHERE id = ?", kind, id);
    }

    public Optional<Document> byId(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM document WHERE id = ?", DocumentRepository::map, id);
    }

    public Optional<Document> byName(String name) {
        return db.queryOne("SELECT " + COLUMNS + " FROM live_document WHERE name = ?", DocumentRepository::map, name);
    }

    public List<Document> all() {
        return db.query("SELECT " + COLUMNS + " FROM live_document ORDER BY name COLLATE NOCASE, id",
                DocumentRepository::map);
    }

    /**
     * A document's text. The last few texts are kept in memory: a stored text never changes
     * (DESIGN.md), and every coding checks its snapshot against the text, which for a 1 MB
     * transcript would otherwise mean reading it again for each coding.
     */
    public String text(long id) {
        synchronized (texts) {
            String cached = texts.get(id);
            if (cached != null) {
                return cached;
            }
        }
        String text = db.queryOne("SELECT text FROM document WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow(() -> new IllegalArgumentException("no document " + id));
        synchronized (texts) {
            texts.put(id, text);
        }
        return text;
    }

    private static final int CACHED_TEXTS = 4;
    private final java.util.Map<Long, String> texts = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, String> eldest) {
            return size() > CACHED_TEXTS;
        }
    };

    public List<SpeakerTurn> turns(long documentId) {
        return db.query("SELECT start, \"end\", speaker, start_ms, end_ms FROM turn WHERE document_id = ? ORDER BY start",
                rs -> new SpeakerTurn(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getLong(5)),
                documentId);
    }

    public List<SyncPoint> syncPoints(long documentId) {
        return db.query("SELECT \"offset\", time_ms FROM sync_point WHERE document_id = ? ORDER BY \"offset\"",
                rs -> new SyncPoint(rs.getInt(1), rs.getLong(2)), documentId);
    }

    /** The distinct speaker labels of a document, in order of first appearance. */
    public List<String> speakers(long documentId) {
        return db.query("SELECT speaker FROM turn WHERE document_id = ? GROUP BY speaker ORDER BY MIN(start)",
                rs -> rs.getString(1), documentId);
    }

    /** The case each turn of {@code speaker} is linked to, by turn id (null when unlinked). */
    public List<long[]> turnCases(long documentId, String speaker) {
        return db.query("SELECT id, COALESCE(case_id, 0) FROM turn WHERE document_id = ? AND speaker = ? ORDER BY id",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, documentId, speaker);
    }

    /** A stretch of text spoken by a participant: a turn linked to a live case. */
    public record CaseTurn(int start, int end, long caseId, String caseName) {
    }

    public List<CaseTurn> caseTurns(long documentId) {
        return db.query("SELECT t.start, t.\"end\", c.id, c.name FROM turn t JOIN live_case c ON c.id = t.case_id"
                        + " WHERE t.document_id = ? ORDER BY t.start",
                rs -> new CaseTurn(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getString(4)), documentId);
    }

    public void setTurnCase(long turnId, long caseId) {
        db.update("UPDATE turn SET case_id = ? WHERE id = ?", caseId == 0 ? null : caseId, turnId);
    }

    public boolean isLive(long id) {
        return db.queryLong("SELECT COUNT(*) FROM live_document WHERE id = ?", id) > 0;
    }

    public long countLive() {
        return db.queryLong("SELECT COUNT(*) FROM live_document");
    }
}
