package org.thematica.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thematica.analysis.Highlights.Span;

/** The few aggregate reads the main window needs at once, each one query. */
public final class OverviewRepository {
    private final Database db;

    public OverviewRepository(Database db) {
        this.db = db;
    }

    /** Live coded ranges of every live document, by document id (for coverage figures). */
    public Map<Long, List<Span>> spansByDocument() {
        Map<Long, List<Span>> spans = new HashMap<>();
        db.query("SELECT document_id, start, \"end\", code_id FROM live_coding", rs -> {
            spans.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                    .add(new Span(rs.getInt(2), rs.getInt(3), rs.getLong(4)));
            return null;
        });
        return spans;
    }

    /** Names of the live cases linked to each document, through the document or its turns. */
    public Map<Long, List<String>> caseNamesByDocument() {
        Map<Long, List<String>> names = new HashMap<>();
        db.query("SELECT document_id, name FROM ("
                + " SELECT dc.document_id, c.name FROM document_case dc JOIN live_case c ON c.id = dc.case_id"
                + " UNION SELECT t.document_id, c.name FROM turn t JOIN live_case c ON c.id = t.case_id)"
                + " ORDER BY document_id, name COLLATE NOCASE", rs -> {
                    names.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                    return null;
                });
        return names;
    }
}
