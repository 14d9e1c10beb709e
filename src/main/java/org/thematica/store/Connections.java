package org.thematica.store;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** The one way the store opens SQLite connections to a project file. */
final class Connections {
    private Connections() {
    }

    /** What a connection may do to the file. */
    enum Access { CREATE, WRITE, READ }

    /**
     * Opens {@code file}. A connection that only reads never writes any of the project's files:
     * when another process has the project open, SQLite's {@code readonly_shm} keeps it from
     * rebuilding that process's {@code -shm} index under it (which SQLite does when the writer's
     * POSIX locks were lost), and lets it read the write-ahead log by itself if need be, so it
     * still sees every commit. Without an {@code -shm} there is no writer to disturb, and SQLite
     * needs one to read a WAL-mode file, so it may make one.
     */
    static Connection open(Path file, Access access) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        // 32 MB of page cache instead of SQLite's 2 MB: a merge inserting 40,000 codings into a
        // 180 MB project spilled dirty index pages mid-transaction and read them back (8.2 s ->
        // 5.7 s, bench/results.md). The cache only grows with pages used, so a small project pays nothing.
        config.setCacheSize(-32 * 1024);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setReadOnly(access == Access.READ);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        if (access == Access.READ) {
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else if (access == Access.CREATE) {
            config.setOpenMode(SQLiteOpenMode.CREATE);
        }
        Path shm = ProjectFiles.shm(file);
        boolean besideAWriter = access == Access.READ && Files.exists(shm);
        Connection c;
        try {
            if (access == Access.READ && Writability.isFrozen(file)) {
                c = DriverManager.getConnection(url(file, false) + "?immutable=1", config.toProperties());
            } else {
                c = DriverManager.getConnection(url(file, besideAWriter), config.toProperties());
            }
        } catch (SQLException e) {
            if (besideAWriter && !Files.exists(shm)) {
                // the writer closed in between, and SQLite removed its -shm with it
                c = DriverManager.getConnection(url(file, false), config.toProperties());
            } else {
                throw e;
            }
        }
        distrustSchema(c);
        return c;
    }

    /**
     * The file's own SQL (its triggers and views) may not call functions with side effects, nor
     * virtual tables not marked harmless: with {@code trusted_schema=OFF} SQLite refuses them even
     * if an object slipped past {@link SchemaCheck}, or was added by another program while the
     * project is open. (SQLITE_DBCONFIG_DEFENSIVE, which would also forbid writing the schema
     * table directly, has no PRAGMA, and sqlite-jdbc 3.54.1.0 offers no sqlite3_db_config.)
     */
    private static void distrustSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /**
     * A {@code file:} URI, percent-encoded: the driver would cut a plain path at its first
     * {@code ?}, and SQLite reads {@code #} and {@code %} in a URI as syntax.
     */
    static String url(Path file, boolean readOnlyShm) {
        URI uri = URI.create(file.toAbsolutePath().toUri().toASCIIString());
        // Java writes a Windows share (\\server\share) as file://server/share; SQLite accepts only an
        // empty authority, and finds the share from a path that starts with //server
        String share = uri.getRawAuthority() == null ? "" : "//" + uri.getRawAuthority();
        return "jdbc:sqlite:file://" + share + uri.getRawPath() + (readOnlyShm ? "?readonly_shm=1" : "");
    }

    /**
     * Back to one transaction per statement after a transaction. When it failed, SQLite may have
     * rolled it back already (it does on a full disk); the failure that ended it is the one to
     * tell, not "cannot commit - no transaction is active" from cleaning up.
     */
    static void endTransaction(Connection c, boolean committed) throws SQLException {
        if (committed) {
            c.setAutoCommit(true);
            return;
        }
        try {
            c.rollback();
        } catch (SQLException alreadyRolledBack) {
            // see above
        }
        try {
            c.setAutoCommit(true);
        } catch (SQLException alreadyRolledBack) {
            // see above
        }
    }
}
