package org.thematica.service.merge;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a merge test compares: every field of every row and relation of a closed project, keyed
 * {@code kind|guid|field} (relations {@code kind|guid|guid}), ids replaced by GUIDs and order
 * ignored. Two projects are "the same" when their dumps are equal; a key is about the thing a
 * merge report names by the same kind noun and GUID ({@link #masked}). Left out: the history,
 * times, the project's own identity and merge bookkeeping ({@code copy.*}, {@code merge.*}).
 */
final class MergeDump {
    private MergeDump() {
    }

    static Map<String, String> of(Path file) {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath() + "?open_mode=1");
             Statement s = c.createStatement()) {
            rows(s, out, "code", "SELECT k.guid, k.name, k.colour, k.description, p.guid, k.deleted FROM code k"
                    + " LEFT JOIN code p ON p.id = k.parent_id", "name", "colour", "description", "parent", "deleted");
            rows(s, out, "theme", "SELECT guid, name, description, colour, status, deleted FROM theme",
                    "name", "description", "colour", "status", "deleted");
            rows(s, out, "case", "SELECT guid, name, description, deleted FROM \"case\"", "name", "description",
                    "deleted");
            rows(s, out, "document", "SELECT guid, name, kind, sha256, deleted FROM document", "name", "kind", "text",
                    "deleted");
            rows(s, out, "coding", "SELECT c.guid, d.guid, k.guid, c.start || ':' || c.\"end\", c.text, o.name,"
                    + " c.deleted FROM coding c JOIN document d ON d.id = c.document_id JOIN code k ON k.id = c.code_id"
                    + " JOIN coder o ON o.id = c.coder_id", "document", "code", "range", "snapshot", "coder", "deleted");
            rows(s, out, "memo", "SELECT m.guid, m.target_kind || ':' || COALESCE(d.guid, s.guid, k.guid, t.guid,"
                    + " c.guid, ''), m.title, m.text, o.name, m.deleted FROM memo m"
                    + " LEFT JOIN document d ON m.target_kind = 'document' AND d.id = m.target_id"
                    + " LEFT JOIN \"case\" s ON m.target_kind = 'case' AND s.id = m.target_id"
                    + " LEFT JOIN code k ON m.target_kind = 'code' AND k.id = m.target_id"
                    + " LEFT JOIN theme t ON m.target_kind = 'theme' AND t.id = m.target_id"
                    + " LEFT JOIN coding c ON m.target_kind = 'coding' AND c.id = m.target_id"
                    + " JOIN coder o ON o.id = m.author_id", "target", "title", "content", "author", "deleted");
            rows(s, out, "review", "SELECT r.guid, r.target_kind || ':' || COALESCE(c.guid, k.guid, ''),"
                    + " COALESCE(p.guid, ''), o.name, r.verdict, r.comment, COALESCE(b.name, ''), r.deleted FROM review r"
                    + " LEFT JOIN coding c ON r.target_kind = 'coding' AND c.id = r.target_id"
                    + " LEFT JOIN code k ON r.target_kind = 'code' AND k.id = r.target_id"
                    + " LEFT JOIN review p ON p.id = r.parent_id LEFT JOIN coder b ON b.id = r.resolved_by"
                    + " JOIN coder o ON o.id = r.reviewer_id", "target", "thread", "reviewer", "verdict", "comment",
                    "resolved", "deleted");
            rows(s, out, "coder", "SELECT guid, colour FROM coder WHERE colour IS NOT NULL", "colour");
            rows(s, out, "theme link", "SELECT l.guid, a.guid || '>' || b.guid, l.label, l.kind, l.deleted FROM theme_link l"
                    + " JOIN theme a ON a.id = l.from_theme_id JOIN theme b ON b.id = l.to_theme_id", "ends", "label",
                    "kind", "deleted");
            rows(s, out, "attribute", "SELECT guid, name, type FROM attribute", "name", "type");
            rows(s, out, "theme membership", "SELECT t.guid || '|' || k.guid, 'yes' FROM theme_code x"
                    + " JOIN theme t ON t.id = x.theme_id JOIN code k ON k.id = x.code_id", "present");
            rows(s, out, "document case", "SELECT d.guid || '|' || c.guid, 'yes' FROM document_case x"
                    + " JOIN document d ON d.id = x.document_id JOIN \"case\" c ON c.id = x.case_id", "present");
            rows(s, out, "attribute value", "SELECT c.guid || '|' || a.guid, x.value FROM case_attribute x"
                    + " JOIN \"case\" c ON c.id = x.case_id JOIN attribute a ON a.id = x.attribute_id", "value");
            rows(s, out, "speaker turn", "SELECT d.guid || '|' || ROW_NUMBER() OVER (PARTITION BY t.document_id"
                    + " ORDER BY t.id), c.guid FROM turn t JOIN document d ON d.id = t.document_id"
                    + " LEFT JOIN \"case\" c ON c.id = t.case_id", "value");
            rows(s, out, "map position", "SELECT t.guid, p.x || ',' || p.y FROM map_position p"
                    + " JOIN theme t ON t.id = p.theme_id", "value");
            rows(s, out, "project setting", "SELECT key, value FROM project_info WHERE key NOT LIKE 'copy.%'"
                    + " AND key NOT LIKE 'merge.%' AND key NOT IN ('guid', 'created')", "value");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static void rows(Statement s, Map<String, String> out, String kind, String sql, String... fields)
            throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                for (int i = 0; i < fields.length; i++) {
                    out.put(kind + "|" + rs.getString(1) + "|" + fields[i], String.valueOf(rs.getString(i + 2)));
                }
            }
        }
    }

    /**
     * True when the reports name what the key is about as a conflict or a same name, so that its
     * value may depend on the order of merges: the conflict's field of its subject, every field
     * of the codings it involves, for a code's themes its memberships, for a same name the names.
     */
    static boolean masked(String key, Iterable<MergeReport> reports) {
        String[] k = key.split("\\|");
        String field = k[k.length - 1];
        for (MergeReport r : reports) {
            for (Conflict c : r.conflicts()) {
                if (c.type() == Conflict.Type.THEMES && k[0].equals("theme membership") && k[2].equals(c.guid())) {
                    return true;
                }
                if (k[0].equals(c.kind()) && k[1].equals(c.guid()) && (field.equals(c.field())
                        || field.equals("snapshot") && c.field().equals("range")
                        || field.equals("title") && c.field().equals("content"))) {
                    return true;
                }
                if (k[0].equals("coding") && c.involves().contains(k[1])) {
                    return true;
                }
            }
            for (SameName s : r.sameNames()) {
                if ((k[1].equals(s.theirGuid()) || k[1].equals(s.ourGuid())) && field.equals("name")) {
                    return true;
                }
            }
        }
        return false;
    }
}
