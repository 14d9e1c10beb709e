package org.thematica.store;

import java.util.Optional;

/** Key/value facts about the project itself: its name, guid, creation time, settings. */
public final class ProjectInfoRepository {
    private final Database db;

    ProjectInfoRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.queryOne("SELECT value FROM project_info WHERE key = ?", rs -> rs.getString(1), key);
    }

    public void set(String key, String value) {
        db.update("INSERT INTO project_info (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }

    public void remove(String key) {
        db.update("DELETE FROM project_info WHERE key = ?", key);
    }

    public String name() {
        return get("name").orElse(db.file().getFileName().toString());
    }
}
