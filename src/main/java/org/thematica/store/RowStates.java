package org.thematica.store;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.thematica.model.Attribute;

/**
 * The present state of rows, as an edit read back from the history claims to find them (see
 * {@code edit.StoredEdits}): whether a row is flagged deleted, which case a speaker turn belongs
 * to, what an attribute is. Deleted rows included, unlike the repositories' live reads.
 */
public final class RowStates {
    /** The tables with a {@code deleted} flag; a table name is never taken from elsewhere. */
    private static final Set<String> SOFT_DELETED = Set.of("document", "code", "theme", "theme_link", "coding",
            "\"case\"", "memo", "review");
    private final Database db;

    public RowStates(Database db) {
        this.db = db;
    }

    /** The row's deleted flag, or empty when there is no such row. */
    public Optional<Boolean> deleted(String table, long id) {
        if (!SOFT_DELETED.contains(table)) {
            throw new IllegalArgumentException("no soft-deleted table " + table);
        }
        return db.queryOne("SELECT deleted FROM " + table + " WHERE id = ?", rs -> rs.getInt(1) != 0, id);
    }

    /** The case of a speaker turn (0 for none), or empty when there is no such turn. */
    public OptionalLong turnCase(long turnId) {
        return db.queryOne("SELECT COALESCE(case_id, 0) FROM turn WHERE id = ?", rs -> rs.getLong(1), turnId)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    public Optional<Attribute> attribute(long id) {
        return db.queryOne("SELECT id, guid, name, type FROM attribute WHERE id = ?", CaseRepository::mapAttribute, id);
    }
}
