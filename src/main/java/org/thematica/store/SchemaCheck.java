package org.thematica.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A project file is input from someone else, and SQLite runs whatever its schema holds: a
 * trigger fires on our own inserts, a view answers our reads. So before anything runs on a
 * project, its schema (every table, index, trigger and view in {@code sqlite_schema}: type,
 * name, table and SQL) must be exactly the one its {@code user_version} defines.
 *
 * <p>The expected schema has one home, the migrations: it is what they build in an empty
 * in-memory database, read back from its {@code sqlite_schema}. SQLite stores a statement's
 * text as it was written, so the two are compared as they are, character for character.
 */
public final class SchemaCheck {
    private static final Map<Integer, Map<String, SchemaObject>> EXPECTED = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /** One row of {@code sqlite_schema}. */
    record SchemaObject(String type, String name, String table, String sql) {
        String key() {
            return type + " " + name;
        }
    }

    /** An object that is not as the project's version defines it. */
    public record Difference(Kind kind, String type, String name) {
        /** Extra (not ours), altered (ours, with other SQL) or missing. */
        public enum Kind { FOREIGN, ALTERED, MISSING }

        /** What is wrong, naming the object: {@code trigger "x" is not part of a Thematica project}. */
        public String problem() {
            String object = type + " \"" + name + "\"";
            return switch (kind) {
                case FOREIGN -> object + " is not part of a Thematica project";
                case ALTERED -> object + " is not the one a Thematica project defines";
                case MISSING -> object + " is missing";
            };
        }

        /** What repair does about it. */
        public String remedy() {
            return kind == Kind.FOREIGN ? "remove it" : "rebuild it";
        }
    }

    /**
     * Every object of the project {@code file} that is not as its version defines it, each named
     * (see {@link Difference#problem}); empty when it is as it should be, or is no project at all.
     * Reads only: the file and its folder are left as they were.
     */
    public static List<Difference> of(Path file) throws ProjectException {
        return OpeningChecks.schemaDifferences(file);
    }

    /** The way out the user is offered: {@code run "thematica repair NAME" to remove it}. */
    public static String repairHint(Path file, String what) {
        return "run \"thematica repair " + file.getFileName() + "\" to " + what;
    }

    /**
     * The one-line refusal for a project whose schema differs: the first object named, how many
     * more there are, and the way out.
     */
    static String refusal(Path file, List<Difference> differences) {
        Difference first = differences.get(0);
        if (differences.size() == 1) {
            return first.problem() + "; " + repairHint(file, first.remedy());
        }
        return first.problem() + " (and " + (differences.size() - 1) + " more; \"thematica check " + file.getFileName()
                + "\" lists them); " + repairHint(file, "repair them");
    }

    /**
     * What differs between the schema of the database on {@code c} and the one {@code version}
     * defines: extra objects first (they are what runs), then altered, then missing ones.
     */
    static List<Difference> differences(Connection c, int version) throws SQLException {
        Map<String, SchemaObject> expected = expected(version);
        Map<String, SchemaObject> actual = read(c);
        List<Difference> foreign = new ArrayList<>();
        List<Difference> altered = new ArrayList<>();
        List<Difference> missing = new ArrayList<>();
        for (SchemaObject o : actual.values()) {
            SchemaObject want = expected.get(o.key());
            if (want == null) {
                foreign.add(new Difference(Difference.Kind.FOREIGN, o.type(), o.name()));
            } else if (!want.equals(o)) {
                altered.add(new Difference(Difference.Kind.ALTERED, o.type(), o.name()));
            }
        }
        for (SchemaObject o : expected.values()) {
            if (!actual.containsKey(o.key())) {
                missing.add(new Difference(Difference.Kind.MISSING, o.type(), o.name()));
            }
        }
        List<Difference> all = new ArrayList<>(foreign);
        all.addAll(altered);
        all.addAll(missing);
        return all;
    }

    /** The schema {@code version} defines, keyed by type and name, in the order SQLite lists it. */
    static Map<String, SchemaObject> expected(int version) throws SQLException {
        if (version < 1 || version > Migrations.LATEST) {
            throw new IllegalArgumentException("no project format " + version);
        }
        Map<String, SchemaObject> known = EXPECTED.get(version);
        if (known == null) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                Migrations.migrate(c, 0, version);
                known = Collections.unmodifiableMap(read(c));
            }
            EXPECTED.put(version, known);
        }
        return known;
    }

    static Map<String, SchemaObject> read(Connection c) throws SQLException {
        Map<String, SchemaObject> objects = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM main.sqlite_schema ORDER BY rowid")) {
            while (rs.next()) {
                SchemaObject o = new SchemaObject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                objects.put(o.key(), o);
            }
        }
        return objects;
    }
}
