package org.thematica.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thematica.analysis.Corpus.CaseInfo;
import org.thematica.analysis.Corpus.CodeInfo;
import org.thematica.analysis.Corpus.CoderInfo;
import org.thematica.analysis.Corpus.Link;
import org.thematica.analysis.Corpus.ThemeInfo;
import org.thematica.model.DocumentKind;
import org.thematica.model.ThemeStatus;

/** The reads behind the analysis corpus: few queries, whole tables or a few documents. */
public final class CorpusRepository {
    private final Database db;

    public CorpusRepository(Database db) {
        this.db = db;
    }

    /** A live document's row for the corpus. */
    public record DocumentRow(long id, String name, DocumentKind kind, int words) {
    }

    /** A coding's row for the corpus (no text). */
    public record CodingRow(long documentId, long codeId, long coderId, int start, int end) {
    }

    /** A turn linked to a case. */
    public record CaseTurn(long documentId, int start, int end, long caseId) {
    }

    /** Live documents: all, or those among {@code ids}. */
    public List<DocumentRow> documents(Set<Long> ids) {
        String where = ids == null ? "" : " WHERE id IN (" + placeholders(ids.size()) + ")";
        return db.query("SELECT id, name, kind, word_count FROM live_document" + where,
                rs -> new DocumentRow(rs.getLong(1), rs.getString(2), DocumentKind.parse(rs.getString(3)), rs.getInt(4)),
                ids == null ? new Object[0] : ids.toArray());
    }

    /** Live codings of live codes, in text order: all documents, or those among {@code ids}. */
    public List<CodingRow> codings(Set<Long> ids) {
        String where = ids == null ? "" : " WHERE document_id IN (" + placeholders(ids.size()) + ")";
        return db.query("SELECT document_id, code_id, coder_id, start, \"end\" FROM live_coding" + where
                        + " ORDER BY document_id, start, \"end\"",
                rs -> new CodingRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5)),
                ids == null ? new Object[0] : ids.toArray());
    }

    /** Document-level case links (live cases), by document. */
    public Map<Long, List<Long>> documentCases(Set<Long> ids) {
        String where = ids == null ? "" : " AND dc.document_id IN (" + placeholders(ids.size()) + ")";
        Map<Long, List<Long>> out = new HashMap<>();
        db.query("SELECT dc.document_id, dc.case_id FROM document_case dc JOIN live_case c ON c.id = dc.case_id"
                + " WHERE 1 = 1" + where + " ORDER BY dc.document_id, dc.case_id", rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    return null;
                }, ids == null ? new Object[0] : ids.toArray());
        return out;
    }

    /** Turns linked to live cases, by document, in text order. */
    public Map<Long, List<CaseTurn>> caseTurns(Set<Long> ids) {
        String where = ids == null ? "" : " AND t.document_id IN (" + placeholders(ids.size()) + ")";
        Map<Long, List<CaseTurn>> out = new HashMap<>();
        db.query("SELECT t.document_id, t.start, t.\"end\", t.case_id FROM turn t JOIN live_case c ON c.id = t.case_id"
                + " WHERE 1 = 1" + where + " ORDER BY t.document_id, t.start", rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new CaseTurn(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4)));
                    return null;
                }, ids == null ? new Object[0] : ids.toArray());
        return out;
    }

    public List<CaseInfo> cases() {
        Map<Long, String> names = new LinkedHashMap<>();
        db.query("SELECT id, name FROM live_case ORDER BY name COLLATE NOCASE", rs -> {
            names.put(rs.getLong(1), rs.getString(2));
            return null;
        });
        Map<Long, Map<String, String>> values = new HashMap<>();
        db.query("SELECT v.case_id, a.name, v.value FROM case_attribute v JOIN attribute a ON a.id = v.attribute_id", rs -> {
            values.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
            return null;
        });
        List<CaseInfo> out = new ArrayList<>();
        names.forEach((id, name) -> out.add(new CaseInfo(id, name, Map.copyOf(values.getOrDefault(id, Map.of())))));
        return out;
    }

    public List<CodeInfo> codes() {
        return db.query("SELECT id, name, colour, parent_id FROM live_code ORDER BY name COLLATE NOCASE", rs -> {
            long parent = rs.getLong(4);
            Long p = rs.wasNull() ? null : parent;
            return new CodeInfo(rs.getLong(1), rs.getString(2), rs.getString(3), p);
        });
    }

    public List<ThemeInfo> themes() {
        Map<Long, List<Long>> members = new HashMap<>();
        db.query("SELECT theme_id, code_id FROM live_theme_code ORDER BY theme_id, code_id", rs -> {
            members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            return null;
        });
        return db.query("SELECT id, name, colour, status FROM live_theme ORDER BY name COLLATE NOCASE",
                rs -> new ThemeInfo(rs.getLong(1), rs.getString(2), rs.getString(3), ThemeStatus.parse(rs.getString(4)),
                        members.getOrDefault(rs.getLong(1), List.of()).stream().mapToLong(Long::longValue).toArray()));
    }

    /** The coders who have live codings, by name. */
    public List<CoderInfo> coders() {
        return db.query("SELECT DISTINCT p.id, p.name FROM live_coding c JOIN coder p ON p.id = c.coder_id"
                + " ORDER BY p.name COLLATE NOCASE, p.id", rs -> new CoderInfo(rs.getLong(1), rs.getString(2)));
    }

    public List<Link> links() {
        return db.query("SELECT id, from_theme_id, to_theme_id, label FROM live_theme_link ORDER BY id",
                rs -> new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
    }

    private static String placeholders(int n) {
        return n == 0 ? "NULL" : String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
