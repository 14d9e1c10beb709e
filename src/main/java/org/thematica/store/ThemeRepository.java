package org.thematica.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.thematica.model.Theme;
import org.thematica.model.ThemeLink;
import org.thematica.model.ThemeStatus;

/** Themes, their code membership, and the links between themes on the thematic map. */
public final class ThemeRepository {
    private static final String COLUMNS = "id, guid, name, description, colour, status";
    private static final String LINK_COLUMNS = "id, guid, from_theme_id, to_theme_id, label, kind";
    private final Database db;

    ThemeRepository(Database db) {
        this.db = db;
    }

    static Theme map(ResultSet rs) throws SQLException {
        return new Theme(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                ThemeStatus.parse(rs.getString(6)));
    }

    static ThemeLink mapLink(ResultSet rs) throws SQLException {
        return new ThemeLink(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getString(6));
    }

    public long insert(Theme t) {
        return db.insert("INSERT INTO theme (id, guid, name, description, colour, status) VALUES (?, ?, ?, ?, ?, ?)",
                t.id() == 0 ? null : t.id(), t.guid(), t.name(), t.description(), t.colour(), t.status());
    }

    public void update(Theme t) {
        db.update("UPDATE theme SET name = ?, description = ?, colour = ?, status = ? WHERE id = ?",
                t.name(), t.description(), t.colour(), t.status(), t.id());
    }

    public void setDeleted(long id, boolean deleted) {
        db.update("UPDATE theme SET deleted = ? WHERE id = ?", deleted, id);
    }

    public Optional<Theme> byId(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM theme WHERE id = ?", ThemeRepository::map, id);
    }

    public Optional<Theme> byName(String name) {
        return db.queryOne("SELECT " + COLUMNS + " FROM live_theme WHERE name = ?", ThemeRepository::map, name);
    }

    public List<Theme> all() {
        return db.query("SELECT " + COLUMNS + " FROM live_theme ORDER BY name COLLATE NOCASE, id", ThemeRepository::map);
    }

    public long countLive() {
        return db.queryLong("SELECT COUNT(*) FROM live_theme");
    }

    // ---- membership -------------------------------------------------------------------------

    public boolean contains(long themeId, long codeId) {
        return db.queryLong("SELECT COUNT(*) FROM theme_code WHERE theme_id = ? AND code_id = ?", themeId, codeId) > 0;
    }

    public void addCode(long themeId, long codeId) {
        db.update("INSERT OR IGNORE INTO theme_code (theme_id, code_id) VALUES (?, ?)", themeId, codeId);
    }

    public void removeCode(long themeId, long codeId) {
        db.update("DELETE FROM theme_code WHERE theme_id = ? AND code_id = ?", themeId, codeId);
    }

    /** Live codes of a theme, by name. */
    public List<Long> codeIds(long themeId) {
        return db.query("SELECT tc.code_id FROM live_theme_code tc JOIN code k ON k.id = tc.code_id"
                + " WHERE tc.theme_id = ? ORDER BY k.name COLLATE NOCASE", rs -> rs.getLong(1), themeId);
    }

    /** Live themes a code belongs to, by name. */
    public List<Long> themeIds(long codeId) {
        return db.query("SELECT tc.theme_id FROM live_theme_code tc JOIN theme t ON t.id = tc.theme_id"
                + " WHERE tc.code_id = ? ORDER BY t.name COLLATE NOCASE", rs -> rs.getLong(1), codeId);
    }

    // ---- links ------------------------------------------------------------------------------

    public long insertLink(ThemeLink l) {
        return db.insert("INSERT INTO theme_link (id, guid, from_theme_id, to_theme_id, label, kind)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                l.id() == 0 ? null : l.id(), l.guid(), l.fromThemeId(), l.toThemeId(), l.label(), l.kind());
    }

    public void updateLink(ThemeLink l) {
        db.update("UPDATE theme_link SET from_theme_id = ?, to_theme_id = ?, label = ?, kind = ? WHERE id = ?",
                l.fromThemeId(), l.toThemeId(), l.label(), l.kind(), l.id());
    }

    public void setLinkDeleted(long id, boolean deleted) {
        db.update("UPDATE theme_link SET deleted = ? WHERE id = ?", deleted, id);
    }

    public Optional<ThemeLink> link(long id) {
        return db.queryOne("SELECT " + LINK_COLUMNS + " FROM theme_link WHERE id = ?", ThemeRepository::mapLink, id);
    }

    public List<ThemeLink> links() {
        return db.query("SELECT " + LINK_COLUMNS + " FROM live_theme_link ORDER BY id", ThemeRepository::mapLink);
    }

    /** Live links that start or end at the theme. */
    public List<ThemeLink> linksOf(long themeId) {
        return db.query("SELECT " + LINK_COLUMNS + " FROM live_theme_link WHERE from_theme_id = ? OR to_theme_id = ?"
                + " ORDER BY id", ThemeRepository::mapLink, themeId, themeId);
    }
}
