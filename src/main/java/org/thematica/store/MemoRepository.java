package org.thematica.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;

/** Memos on the project, documents, cases, codes, themes and codings. */
public final class MemoRepository {
    private static final String COLUMNS = "id, guid, target_kind, target_id, title, text, author_id, created, modified";
    private final Database db;

    MemoRepository(Database db) {
        this.db = db;
    }

    static Memo map(ResultSet rs) throws SQLException {
        return new Memo(rs.getLong(1), rs.getString(2), MemoTarget.parse(rs.getString(3)), rs.getLong(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9));
    }

    public long insert(Memo m) {
        return db.insert("INSERT INTO memo (id, guid, target_kind, target_id, title, text, author_id, created, modified)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.id() == 0 ? null : m.id(), m.guid(), m.target(), m.targetId(), m.title(), m.text(), m.authorId(),
                m.created(), m.modified());
    }

    public void update(Memo m) {
        db.update("UPDATE memo SET target_kind = ?, target_id = ?, title = ?, text = ?, modified = ? WHERE id = ?",
                m.target(), m.targetId(), m.title(), m.text(), m.modified(), m.id());
    }

    public void setDeleted(long id, boolean deleted) {
        db.update("UPDATE memo SET deleted = ? WHERE id = ?", deleted, id);
    }

    public Optional<Memo> byId(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM memo WHERE id = ?", MemoRepository::map, id);
    }

    public Optional<Memo> byGuid(String guid) {
        return db.queryOne("SELECT " + COLUMNS + " FROM memo WHERE guid = ?", MemoRepository::map, guid);
    }

    public boolean isLive(long id) {
        return db.queryLong("SELECT COUNT(*) FROM memo WHERE deleted = 0 AND id = ?", id) > 0;
    }

    public List<Memo> of(MemoTarget target, long targetId) {
        return db.query("SELECT " + COLUMNS + " FROM memo WHERE deleted = 0 AND target_kind = ? AND target_id = ?"
                + " ORDER BY created, id", MemoRepository::map, target, targetId);
    }

    public List<Memo> all() {
        return db.query("SELECT " + COLUMNS + " FROM memo WHERE deleted = 0 ORDER BY target_kind, target_id, id",
                MemoRepository::map);
    }
}
