package org.thematica.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A canonical text dump of what a user can see in a project: every user table, soft-deleted
 * rows left out (undoing a creation leaves a deleted row behind, which is invisible and fine),
 * the {@code deleted} column dropped, and the history and bookkeeping tables skipped (of the
 * coders, only the colours chosen).
 * Reads through its own read-only connection so it sees only committed data.
 */
public final class ProjectDump {
    private static final List<String> TABLES = List.of("project_info", "document", "turn", "sync_point", "\"case\"",
            "attribute", "case_attribute", "document_case", "code", "theme", "theme_code", "theme_link",
            "map_position", "coding", "memo", "review",
            // a coder's registration is bookkeeping (undo keeps it); the colour they chose is theirs to undo
            "(SELECT guid, colour FROM coder WHERE colour IS NOT NULL)");

    private ProjectDump() {
    }

    public static String of(Path file) {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath() + "?open_mode=1");
             Statement s = c.createStatement()) {
            for (String table : TABLES) {
                out.append("## ").append(table).append('\n');
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        boolean deleted = false;
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String column = md.getColumnName(i);
                            if (column.equals("deleted")) {
                                deleted = rs.getInt(i) != 0;
                                continue;
                            }
                            row.append(column).append('=').append(rs.getString(i)).append('|');
                        }
                        if (!deleted) {
                            rows.add(row.toString());
                        }
                    }
                }
                rows.sort(null);
                rows.forEach(r -> out.append(r).append('\n'));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
