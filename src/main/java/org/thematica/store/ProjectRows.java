package org.thematica.store;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thematica.model.Attribute;
import org.thematica.model.CaseRecord;
import org.thematica.model.Code;
import org.thematica.model.Coder;
import org.thematica.model.Document;
import org.thematica.model.MapPosition;
import org.thematica.model.Memo;
import org.thematica.model.Review;
import org.thematica.model.Theme;
import org.thematica.model.ThemeLink;

/**
 * Every row of a project, deleted ones included, read in bulk: what comparing two files of one
 * project (a merge) needs. The repositories read live rows one aggregate at a time; a merge
 * must also see what each side deleted, since a soft-deleted row is how a deletion travels.
 */
public final class ProjectRows {
    /** The tables with a {@code deleted} flag, as {@link #deleted} names them. */
    public enum Flagged {
        DOCUMENT("document"), CODE("code"), THEME("theme"), LINK("theme_link"), CODING("coding"), CASE("\"case\""),
        MEMO("memo"), REVIEW("review");

        private final String table;

        Flagged(String table) {
            this.table = table;
        }
    }

    /** A coding without its text snapshot (which only a coding that travels needs). */
    public record CodingRow(long id, String guid, long documentId, long codeId, int start, int end, long coderId,
                            String created, boolean deleted) {
    }

    /** A speaker turn by its place among its document's turns (turns have no GUID), and its case (0: none). */
    public record TurnRow(long id, long documentId, int ordinal, long caseId) {
    }

    /** One attribute value of one case. */
    public record CaseValue(long caseId, long attributeId, String value) {
    }

    /** One history row after the point a merge starts from. */
    public record HistoryRow(long id, String action, Long target, String redo, String undo) {
    }

    private final Database db;

    public ProjectRows(Database db) {
        this.db = db;
    }

    public Map<String, String> info() {
        Map<String, String> info = new LinkedHashMap<>();
        db.query("SELECT key, value FROM project_info ORDER BY key", rs -> info.put(rs.getString(1), rs.getString(2)));
        return info;
    }

    /** The ids of the rows flagged deleted in one table. */
    public Set<Long> deleted(Flagged table) {
        return new HashSet<>(db.query("SELECT id FROM " + table.table + " WHERE deleted = 1", rs -> rs.getLong(1)));
    }

    public List<Coder> coders() {
        return db.query("SELECT id, guid, name, colour FROM coder ORDER BY id",
                rs -> new Coder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public List<Document> documents() {
        return db.query("SELECT id, guid, name, kind, sha256, origin, format, encoding, length, word_count, imported_at"
                + " FROM document ORDER BY id", DocumentRepository::map);
    }

    /** Who imported a document (0 when unknown). */
    public long importedBy(long documentId) {
        return db.queryLong("SELECT COALESCE(imported_by, 0) FROM document WHERE id = ?", documentId);
    }

    public List<Code> codes() {
        return db.query("SELECT id, guid, name, colour, description, parent_id FROM code ORDER BY id",
                CodeRepository::map);
    }

    public List<Theme> themes() {
        return db.query("SELECT id, guid, name, description, colour, status FROM theme ORDER BY id",
                ThemeRepository::map);
    }

    public List<ThemeLink> links() {
        return db.query("SELECT id, guid, from_theme_id, to_theme_id, label, kind FROM theme_link ORDER BY id",
                ThemeRepository::mapLink);
    }

    public List<CaseRecord> cases() {
        return db.query("SELECT id, guid, name, description FROM \"case\" ORDER BY id", CaseRepository::map);
    }

    public List<Attribute> attributes() {
        return db.query("SELECT id, guid, name, type FROM attribute ORDER BY id", CaseRepository::mapAttribute);
    }

    public List<CodingRow> codings() {
        return db.query("SELECT id, guid, document_id, code_id, start, \"end\", coder_id, created, deleted FROM coding"
                + " ORDER BY id", rs -> new CodingRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getInt(5), rs.getInt(6), rs.getLong(7), rs.getString(8), rs.getInt(9) != 0));
    }

    public List<Memo> memos() {
        return db.query("SELECT id, guid, target_kind, target_id, title, text, author_id, created, modified FROM memo"
                + " ORDER BY id", MemoRepository::map);
    }

    public List<Review> reviews() {
        return db.query("SELECT " + ReviewRepository.COLUMNS + " FROM review ORDER BY id", ReviewRepository::map);
    }

    /** Theme memberships as {theme id, code id}. */
    public List<long[]> themeCodes() {
        return db.query("SELECT theme_id, code_id FROM theme_code", rs -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    /** Whole-document case links as {document id, case id}. */
    public List<long[]> documentCases() {
        return db.query("SELECT document_id, case_id FROM document_case",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    public List<CaseValue> caseValues() {
        return db.query("SELECT case_id, attribute_id, value FROM case_attribute",
                rs -> new CaseValue(rs.getLong(1), rs.getLong(2), rs.getString(3)));
    }

    public List<TurnRow> turns() {
        return db.query("SELECT id, document_id, ROW_NUMBER() OVER (PARTITION BY document_id ORDER BY id),"
                + " COALESCE(case_id, 0) FROM turn", rs -> new TurnRow(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getLong(4)));
    }

    /** One document's turns, in order (their place is their index + 1). */
    public List<TurnRow> turnsOf(long documentId) {
        return db.query("SELECT id, document_id, ROW_NUMBER() OVER (ORDER BY id), COALESCE(case_id, 0) FROM turn"
                + " WHERE document_id = ?", rs -> new TurnRow(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getLong(4)), documentId);
    }

    /** The text snapshots of some codings, by id, read a few hundred at a time. */
    public Map<Long, String> codingTexts(List<Long> ids) {
        Map<Long, String> texts = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            db.query("SELECT id, text FROM coding WHERE id IN (" + marks + ")",
                    rs -> texts.put(rs.getLong(1), rs.getString(2)), part.toArray());
        }
        return texts;
    }

    /** Saved map positions, deleted themes' included. */
    public List<MapPosition> mapPositions() {
        return db.query("SELECT theme_id, x, y FROM map_position ORDER BY theme_id",
                rs -> new MapPosition(rs.getLong(1), rs.getDouble(2), rs.getDouble(3)));
    }

    /** The newest history row's id (0 for an empty history). */
    public long lastHistoryId() {
        return db.queryLong("SELECT COALESCE(MAX(id), 0) FROM history");
    }

    /** The history rows after {@code id}, oldest first. */
    public List<HistoryRow> historyAfter(long id) {
        return db.query("SELECT id, action, target, redo, undo FROM history WHERE id > ? ORDER BY id", rs -> {
            long target = rs.getLong(3);
            return new HistoryRow(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : target, rs.getString(4),
                    rs.getString(5));
        }, id);
    }

    public Optional<HistoryRow> history(long id) {
        return db.queryOne("SELECT id, action, target, redo, undo FROM history WHERE id = ?", rs -> {
            long target = rs.getLong(3);
            return new HistoryRow(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : target, rs.getString(4),
                    rs.getString(5));
        }, id);
    }
}
