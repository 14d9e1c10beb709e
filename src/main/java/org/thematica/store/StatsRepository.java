package org.thematica.store;

import java.util.List;

/**
 * Counting queries that are cheap in SQL and would be expensive to do row by row elsewhere.
 * Everything counts live rows only.
 */
public final class StatsRepository {
    private final Database db;

    StatsRepository(Database db) {
        this.db = db;
    }

    /** Totals for the project summary. */
    public record Totals(long documents, long interviews, long sources, long words, long codes, long themes,
                         long codings, long cases, long links, long memos) {
    }

    public Totals totals() {
        return db.queryOne("SELECT"
                + " (SELECT COUNT(*) FROM live_document),"
                + " (SELECT COUNT(*) FROM live_document WHERE kind = 'interview'),"
                + " (SELECT COUNT(*) FROM live_document WHERE kind = 'source'),"
                + " (SELECT COALESCE(SUM(word_count), 0) FROM live_document),"
                + " (SELECT COUNT(*) FROM live_code),"
                + " (SELECT COUNT(*) FROM live_theme),"
                + " (SELECT COUNT(*) FROM live_coding),"
                + " (SELECT COUNT(*) FROM live_case),"
                + " (SELECT COUNT(*) FROM live_theme_link),"
                + " (SELECT COUNT(*) FROM memo WHERE deleted = 0)",
                rs -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)))
                .orElseThrow();
    }

    /** How many coded segments and documents (of the given kind, or all when null) a theme has. */
    public record ThemeCount(long themeId, String theme, long codings, long documents) {
    }

    /**
     * Per live theme: the coded segments of its member codes and the distinct documents they
     * occur in. A segment coded with two codes of one theme counts once per coding.
     */
    public List<ThemeCount> themeCounts(String documentKind) {
        return db.query("SELECT t.id, t.name, COUNT(c.id), COUNT(DISTINCT c.document_id)"
                        + " FROM live_theme t"
                        + " LEFT JOIN live_theme_code tc ON tc.theme_id = t.id"
                        + " LEFT JOIN (SELECT lc.* FROM live_coding lc JOIN document d ON d.id = lc.document_id"
                        + "            WHERE ?1 IS NULL OR d.kind = ?1) c ON c.code_id = tc.code_id"
                        + " GROUP BY t.id ORDER BY t.name COLLATE NOCASE, t.id",
                rs -> new ThemeCount(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), documentKind);
    }

    /** Per live code: coded segments and distinct documents. */
    public record CodeCount(long codeId, String code, long codings, long documents) {
    }

    public List<CodeCount> codeCounts() {
        return db.query("SELECT k.id, k.name, COUNT(c.id), COUNT(DISTINCT c.document_id) FROM live_code k"
                        + " LEFT JOIN live_coding c ON c.code_id = k.id"
                        + " GROUP BY k.id ORDER BY k.name COLLATE NOCASE, k.id",
                rs -> new CodeCount(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }
}
