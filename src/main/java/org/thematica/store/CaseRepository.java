package org.thematica.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thematica.model.Attribute;
import org.thematica.model.AttributeType;
import org.thematica.model.CaseRecord;

/** Cases (participants), attribute definitions and values, and which documents belong to a case. */
public final class CaseRepository {
    private static final String COLUMNS = "id, guid, name, description";
    private final Database db;

    CaseRepository(Database db) {
        this.db = db;
    }

    static CaseRecord map(ResultSet rs) throws SQLException {
        return new CaseRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    static Attribute mapAttribute(ResultSet rs) throws SQLException {
        return new Attribute(rs.getLong(1), rs.getString(2), rs.getString(3), AttributeType.parse(rs.getString(4)));
    }

    public long insert(CaseRecord c) {
        return db.insert("INSERT INTO \"case\" (id, guid, name, description) VALUES (?, ?, ?, ?)",
                c.id() == 0 ? null : c.id(), c.guid(), c.name(), c.description());
    }

    public void update(CaseRecord c) {
        db.update("UPDATE \"case\" SET name = ?, description = ? WHERE id = ?", c.name(), c.description(), c.id());
    }

    public void setDeleted(long id, boolean deleted) {
        db.update("UPDATE \"case\" SET deleted = ? WHERE id = ?", deleted, id);
    }

    public Optional<CaseRecord> byId(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM \"case\" WHERE id = ?", CaseRepository::map, id);
    }

    public Optional<CaseRecord> byName(String name) {
        return db.queryOne("SELECT " + COLUMNS + " FROM live_case WHERE name = ?", CaseRepository::map, name);
    }

    public List<CaseRecord> all() {
        return db.query("SELECT " + COLUMNS + " FROM live_case ORDER BY name COLLATE NOCASE, id", CaseRepository::map);
    }

    // ---- attributes -------------------------------------------------------------------------

    public long insertAttribute(Attribute a) {
        return db.insert("INSERT INTO attribute (id, guid, name, type) VALUES (?, ?, ?, ?)",
                a.id() == 0 ? null : a.id(), a.guid(), a.name(), a.type());
    }

    public void deleteAttribute(long id) {
        db.update("DELETE FROM attribute WHERE id = ?", id);
    }

    public Optional<Attribute> attribute(String name) {
        return db.queryOne("SELECT id, guid, name, type FROM attribute WHERE name = ?", CaseRepository::mapAttribute,
                name);
    }

    public List<Attribute> attributes() {
        return db.query("SELECT id, guid, name, type FROM attribute ORDER BY name COLLATE NOCASE",
                CaseRepository::mapAttribute);
    }

    public Optional<String> value(long caseId, long attributeId) {
        return db.queryOne("SELECT value FROM case_attribute WHERE case_id = ? AND attribute_id = ?",
                rs -> rs.getString(1), caseId, attributeId);
    }

    /** Sets the value, or removes it when {@code value} is null. */
    public void setValue(long caseId, long attributeId, String value) {
        if (value == null) {
            db.update("DELETE FROM case_attribute WHERE case_id = ? AND attribute_id = ?", caseId, attributeId);
        } else {
            db.update("INSERT INTO case_attribute (case_id, attribute_id, value) VALUES (?, ?, ?)"
                    + " ON CONFLICT (case_id, attribute_id) DO UPDATE SET value = excluded.value",
                    caseId, attributeId, value);
        }
    }

    /** The attribute values of a case, by attribute name. */
    public Map<String, String> values(long caseId) {
        Map<String, String> values = new LinkedHashMap<>();
        db.query("SELECT a.name, v.value FROM case_attribute v JOIN attribute a ON a.id = v.attribute_id"
                + " WHERE v.case_id = ? ORDER BY a.name COLLATE NOCASE", rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                    return null;
                }, caseId);
        return values;
    }

    // ---- documents --------------------------------------------------------------------------

    public boolean isLinked(long documentId, long caseId) {
        return db.queryLong("SELECT COUNT(*) FROM document_case WHERE document_id = ? AND case_id = ?",
                documentId, caseId) > 0;
    }

    public void link(long documentId, long caseId) {
        db.update("INSERT OR IGNORE INTO document_case (document_id, case_id) VALUES (?, ?)", documentId, caseId);
    }

    public void unlink(long documentId, long caseId) {
        db.update("DELETE FROM document_case WHERE document_id = ? AND case_id = ?", documentId, caseId);
    }

    /** Live cases linked to a document as a whole, by name. */
    public List<CaseRecord> ofDocument(long documentId) {
        return db.query("SELECT c.id, c.guid, c.name, c.description FROM live_case c"
                + " JOIN document_case dc ON dc.case_id = c.id WHERE dc.document_id = ? ORDER BY c.name COLLATE NOCASE",
                CaseRepository::map, documentId);
    }
}
