package org.thematica.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code thematica repair}: gives a project back exactly the schema its version defines
 * ({@link SchemaCheck}), keeping its data. The project is backed up first (reason
 * "before-repair"). Then, in one transaction, what runs goes first: foreign and altered triggers
 * and views are dropped, then foreign indexes and tables; an altered table is rebuilt under its
 * own definition with the rows of the columns both share; the search index is rebuilt from the
 * documents when any of it differs; every expected object still missing is created from the
 * migrations. Nothing is committed unless the schema then matches.
 */
public final class SchemaRepair {
    private static final String OLD = "thematica_repair_old";
    private static final String SEARCH = "document_fts";

    private SchemaRepair() {
    }

    /** What was done: the backup made first, and one line per object. */
    public record Result(Path backup, List<String> done) {
    }

    public static Result repair(Path file, Instant now) throws ProjectException, IOException {
        List<SchemaCheck.Difference> differences = SchemaCheck.of(file);
        if (differences.isEmpty()) {
            return new Result(null, List.of());
        }
        try (ProjectLock lock = ProjectLock.acquire(file);
             Connection c = Connections.open(file, Connections.Access.WRITE)) {
            Path backup = backUp(c, file, now);
            List<String> done = rebuild(c);
            return new Result(backup, done);
        } catch (SQLException e) {
            throw new ProjectException(ProjectException.Reason.DAMAGED, file, "could not be repaired ("
                    + Database.firstLine(e.getMessage()) + "); nothing was changed; " + Database.restoreHint(file), e);
        }
    }

    /** SQLite's online backup, write-ahead log included, before anything is dropped. */
    private static Path backUp(Connection c, Path file, Instant now) throws IOException, SQLException {
        Path target = Backups.newBackup(file, "before-repair", now, 0);
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(temp);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("backup to '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static List<String> rebuild(Connection c) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        List<String> done = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            // tables are rebuilt by renaming: nothing else may follow the rename or check references meanwhile
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("PRAGMA legacy_alter_table = ON");
            c.setAutoCommit(false);
            try {
                List<SchemaCheck.Difference> differences = SchemaCheck.differences(c, version);
                Map<String, SchemaCheck.SchemaObject> expected = SchemaCheck.expected(version);
                boolean search = false;
                Set<String> tables = new LinkedHashSet<>();
                for (String type : List.of("trigger", "view", "index", "table")) {
                    for (SchemaCheck.Difference d : differences) {
                        if (!d.type().equals(type)) {
                            continue;
                        }
                        done.add((d.kind() == SchemaCheck.Difference.Kind.FOREIGN ? "removed " : "rebuilt ") + type
                                + " \"" + d.name() + "\"");
                        if (type.equals("table") && d.name().startsWith(SEARCH)) {
                            search = true;
                        } else if (type.equals("table") && d.kind() != SchemaCheck.Difference.Kind.FOREIGN) {
                            tables.add(d.name());
                        } else if (!d.name().startsWith("sqlite_autoindex_") && exists(c, type, d.name())) {
                            s.execute("DROP " + type.toUpperCase(Locale.ROOT) + " " + quote(d.name()));
                        }
                    }
                }
                for (String table : tables) {
                    rebuildTable(c, table, expected.get("table " + table).sql());
                }
                if (search) {
                    rebuildSearch(c, expected);
                }
                Set<String> present = SchemaCheck.read(c).keySet();
                for (SchemaCheck.SchemaObject o : expected.values()) {
                    if (!present.contains(o.key()) && o.sql() != null) {
                        s.execute(o.sql());
                    }
                }
                List<SchemaCheck.Difference> left = SchemaCheck.differences(c, version);
                if (!left.isEmpty()) {
                    throw new SQLException(left.get(0).problem() + " after repairing");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
        return done;
    }

    /** An altered table gets its own definition back; the rows of the columns both have are kept. */
    private static void rebuildTable(Connection c, String table, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (!exists(c, "table", table)) {
                s.execute(sql);
                return;
            }
            s.execute("ALTER TABLE " + quote(table) + " RENAME TO " + OLD);
            s.execute(sql);
            List<String> kept = columns(c, OLD);
            kept.retainAll(columns(c, table));
            String list = String.join(", ", kept.stream().map(SchemaRepair::quote).toList());
            s.execute("INSERT INTO " + quote(table) + " (" + list + ") SELECT " + list + " FROM " + OLD);
            s.execute("DROP TABLE " + OLD);
        }
    }

    /** The search index is derived from the documents: dropped with its shadow tables, made again, refilled. */
    private static void rebuildSearch(Connection c, Map<String, SchemaCheck.SchemaObject> expected) throws SQLException {
        try (Statement s = c.createStatement()) {
            try {
                s.execute("DROP TABLE IF EXISTS " + SEARCH);
            } catch (SQLException brokenShadowTables) {
                // dropped one by one below
            }
            for (String name : SchemaCheck.read(c).values().stream().filter(o -> o.type().equals("table")
                    && o.name().startsWith(SEARCH + "_")).map(SchemaCheck.SchemaObject::name).toList()) {
                s.execute("DROP TABLE " + quote(name));
            }
            s.execute(expected.get("table " + SEARCH).sql());
            s.execute("INSERT INTO " + SEARCH + " (" + SEARCH + ") VALUES ('rebuild')");
        }
    }

    private static boolean exists(Connection c, String type, String name) throws SQLException {
        return SchemaCheck.read(c).containsKey(type + " " + name);
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
        }
        return names;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
