package org.thematica.store;

import java.util.List;
import java.util.Optional;
import org.thematica.model.Coder;

/** The people who code and review. Registering a coder is bookkeeping, not an undoable edit. */
public final class CoderRepository {
    private static final String COLUMNS = "id, guid, name, colour";
    private final Database db;

    CoderRepository(Database db) {
        this.db = db;
    }

    private static Coder map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Coder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    public Optional<Coder> byName(String name) {
        return db.queryOne("SELECT " + COLUMNS + " FROM coder WHERE name = ?", CoderRepository::map, name);
    }

    public Optional<Coder> byId(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM coder WHERE id = ?", CoderRepository::map, id);
    }

    public List<Coder> all() {
        return db.query("SELECT " + COLUMNS + " FROM coder ORDER BY name", CoderRepository::map);
    }

    /**
     * Everyone named in the project: coders, and people in the history who have made only edits
     * that carry no coder row (a codebook change, say).
     */
    public List<String> allNames() {
        return db.query("SELECT name FROM coder UNION SELECT actor FROM history ORDER BY 1", rs -> rs.getString(1));
    }

    public Coder findOrCreate(String name, String guid, String now) {
        return findOrCreate(name, guid, null, now);
    }

    /** As {@link #findOrCreate(String, String, String)}, a new coder with this chosen colour (null: none). */
    public Coder findOrCreate(String name, String guid, String colour, String now) {
        return byName(name).orElseGet(() -> {
            long id = db.insert("INSERT INTO coder (guid, name, colour, created) VALUES (?, ?, ?, ?)", guid, name, colour,
                    now);
            return new Coder(id, guid, name, colour);
        });
    }

    /** Sets (null: clears) the coder's chosen colour. */
    public void setColour(long id, String colour) {
        db.update("UPDATE coder SET colour = ? WHERE id = ?", colour, id);
    }
}
