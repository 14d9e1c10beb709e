package org.thematica.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbered schema migrations: {@code schema/V00N__*.sql} brings a project from version N-1 to N.
 * {@code PRAGMA user_version} holds the version; each step runs in its own transaction.
 */
final class Migrations {
    static final String[] SCRIPTS = {"V001__init.sql", "V002__word_counts.sql", "V003__review_threads.sql",
        "V004__coder_colours.sql"};
    static final int LATEST = SCRIPTS.length;

    private Migrations() {
    }

    static void migrate(Connection c, int from) throws SQLException {
        migrate(c, from, LATEST);
    }

    /** Brings {@code c} from version {@code from} to {@code to}; also builds {@link SchemaCheck}'s reference. */
    static void migrate(Connection c, int from, int to) throws SQLException {
        for (int version = from + 1; version <= to; version++) {
            String script = load(SCRIPTS[version - 1]);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : split(script)) {
                    s.execute(statement);
                }
                s.execute("PRAGMA user_version = " + version);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing schema script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema script " + name, e);
        }
    }

    /** Splits a script at semicolons that end a line, keeping trigger bodies (BEGIN ... END;) whole. */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = trimmed.endsWith(";") && (!inTrigger || upper.equals("END;"));
            if (ends) {
                statements.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
