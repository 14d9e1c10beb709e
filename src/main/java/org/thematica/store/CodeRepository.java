package org.thematica.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.thematica.model.Code;

/** The codebook. */
public final class CodeRepository {
    private static final String COLUMNS = "id, guid, name, colour, description, parent_id";
    private final Database db;

    CodeRepository(Database db) {
        this.db = db;
    }

    static Code map(ResultSet rs) throws SQLException {
        long parentId = rs.getLong(6);
        Long parent = rs.wasNull() ? null : parentId; // wasNull() speaks of the last column read
        return new Code(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), parent);
    }

    /** Inserts the code; an id of 0 lets the database choose. Returns the id. */
    public long insert(Code c) {
        return db.insert("INSERT INTO code (id, guid, name, colour, description, parent_id) VALUES (?, ?, ?, ?, ?, ?)",
                c.id() == 0 ? null : c.id(), c.guid(), c.name(), c.colour(), c.description(), c.parentId());
    }

    public void update(Code c) {
        db.update("UPDATE code SET name = ?, colour = ?, description = ?, parent_id = ? WHERE id = ?",
                c.name(), c.colour(), c.description(), c.parentId(), c.id());
    }

    public void setDeleted(long id, boolean deleted) {
        db.update("UPDATE code SET deleted = ? WHERE id = ?", deleted, id);
    }

    public Optional<Code> byId(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM code WHERE id = ?", CodeRepository::map, id);
    }

    /** The code with this id, unless it was deleted (or merged into another). */
    public Optional<Code> liveById(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM live_code WHERE id = ?", CodeRepository::map, id);
    }

    public Optional<Code> byName(String name) {
        return db.queryOne("SELECT " + COLUMNS + " FROM live_code WHERE name = ?", CodeRepository::map, name);
    }

    public List<Code> all() {
        return db.query("SELECT " + COLUMNS + " FROM live_code ORDER BY name COLLATE NOCASE, id", CodeRepository::map);
    }

    public List<Code> children(long id) {
        return db.query("SELECT " + COLUMNS + " FROM live_code WHERE parent_id = ? ORDER BY id", CodeRepository::map, id);
    }

    public long countLive() {
        return db.queryLong("SELECT COUNT(*) FROM live_code");
    }
}
