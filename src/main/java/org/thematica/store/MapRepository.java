package org.thematica.store;

import java.util.List;
import java.util.Optional;
import org.thematica.model.MapPosition;

/** Saved positions of themes on the thematic map (themes without one are placed automatically). */
public final class MapRepository {
    private final Database db;

    MapRepository(Database db) {
        this.db = db;
    }

    /** The saved positions of live themes, by theme id. */
    public List<MapPosition> all() {
        return db.query("SELECT p.theme_id, p.x, p.y FROM map_position p JOIN live_theme t ON t.id = p.theme_id"
                + " ORDER BY p.theme_id", rs -> new MapPosition(rs.getLong(1), rs.getDouble(2), rs.getDouble(3)));
    }

    /** A theme's saved position, deleted themes included (undo needs to see every row). */
    public Optional<MapPosition> of(long themeId) {
        return db.queryOne("SELECT theme_id, x, y FROM map_position WHERE theme_id = ?",
                rs -> new MapPosition(rs.getLong(1), rs.getDouble(2), rs.getDouble(3)), themeId);
    }

    public void put(MapPosition p) {
        db.update("INSERT INTO map_position (theme_id, x, y) VALUES (?, ?, ?)"
                + " ON CONFLICT (theme_id) DO UPDATE SET x = excluded.x, y = excluded.y", p.themeId(), p.x(), p.y());
    }

    public void remove(long themeId) {
        db.update("DELETE FROM map_position WHERE theme_id = ?", themeId);
    }
}
