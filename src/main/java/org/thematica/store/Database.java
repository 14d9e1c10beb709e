package org.thematica.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One open project file. All SQL of the application runs through here (via the repositories),
 * on one connection, one transaction per user action. Thread-safe by confinement: every public
 * method synchronises on this object, so the UI's background executors may share it.
 *
 * <p>A writer makes sure before and after every transaction that the project is still its own
 * ({@link Custody}); when it is not, it stops writing for good ({@link ExclusivityLostException}).
 */
public final class Database implements AutoCloseable {
    /** What to do about a damaged project; the app offers the latest good backup when it opens one. */
    public static String restoreHint(Path file) {
        return "restore it from its latest good backup (the app offers to, or: thematica restore " + file.getFileName()
                + " --latest)";
    }

    /** "THMA": tells a Thematica project apart from any other SQLite file. */
    public static final int APPLICATION_ID = 0x54484D41;
    public static final String EXTENSION = ".thematica";

    /** Windows locks belong to handles, so nothing else in the process can drop SQLite's. */
    private static final boolean LOCKS_CAN_BE_DROPPED = !System.getProperty("os.name", "").startsWith("Windows");

    private final Path file;
    private Connection connection;
    private final boolean readOnly;
    /** The writer's lock and files; null when read-only. */
    private final Custody custody;
    private int transactionDepth;
    /** What the opening did that the user should hear of (a foreign write-ahead log set aside). */
    private String notice;

    private Database(Path file, Connection connection, Custody custody) {
        this.file = file;
        this.connection = connection;
        this.readOnly = custody == null;
        this.custody = custody;
    }

    /** How a project is opened: for editing (exclusive to one process) or to look at. */
    public enum Mode { READ_WRITE, READ_ONLY }

    /**
     * Creates a new, empty project. The file is built beside its destination and moved into
     * place only when complete, so a crash never leaves half a project behind.
     */
    public static Database create(Path file, String projectName, String guid, String created)
            throws ProjectException {
        if (Files.exists(file)) {
            throw new ProjectException(ProjectException.Reason.EXISTS, file, "already exists; choose another name");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ProjectException(ProjectException.Reason.NOT_FOUND, file,
                    "cannot be created: the folder " + parent + " does not exist");
        }
        Path temp = file.resolveSibling(file.getFileName() + ".creating");
        try {
            Files.deleteIfExists(temp);
            try (Connection c = Connections.open(temp, Connections.Access.CREATE)) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA journal_mode = DELETE");
                }
                Migrations.migrate(c, 0);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO project_info (key, value) VALUES (?, ?)")) {
                    for (String[] kv : new String[][] {
                        {"name", projectName},
                        {"guid", guid},
                        {"created", created},
                    }) {
                        p.setString(1, kv[0]);
                        p.setString(2, kv[1]);
                        p.executeUpdate();
                    }
                }
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort
            }
            throw new ProjectException(ProjectException.Reason.IO, file, "cannot be created (" + e.getMessage() + ")", e);
        }
        return open(file, Mode.READ_WRITE);
    }

    /**
     * Opens a project, refusing anything that is not a healthy Thematica project of a version we
     * understand. The checks run before anything is written, so a refused file is left untouched.
     */
    public static Database open(Path file, Mode mode) throws ProjectException {
        Custody.refuseIfAbandoned(file);
        String notice = null;
        if (!ProjectLock.isHeldHere(file)) {
            OpeningChecks.checkHeader(file);
            Writability.refuseWriting(file, mode == Mode.READ_WRITE);
            notice = ProjectLock.isHeldElsewhere(file) ? null : WalOwnership.setAsideForeign(file, java.time.Instant.now());
        } else if (mode == Mode.READ_WRITE) {
            throw new ProjectException(ProjectException.Reason.LOCKED, file, "is already open in this Thematica window");
        } // else open here for writing, so healthy; and reading its header through a descriptor of
          // our own, then closing it, would drop SQLite's locks on it
        int version = OpeningChecks.inspect(file);
        ProjectLock lock = mode == Mode.READ_WRITE ? ProjectLock.acquire(file) : null;
        Connection c = null;
        try {
            c = Connections.open(file, mode == Mode.READ_ONLY ? Connections.Access.READ : Connections.Access.WRITE);
            if (mode == Mode.READ_ONLY) {
                if (version < Migrations.LATEST) {
                    throw new ProjectException(ProjectException.Reason.READ_ONLY, file,
                            "uses an older project format that must be upgraded; open it for editing once");
                }
                return new Database(file, c, null).noticing(notice);
            }
            prepareForWriting(c);
            if (version < Migrations.LATEST) {
                Migrations.migrate(c, version);
            }
            Custody custody = new Custody(file, lock);
            custody.remember();
            return new Database(file, c, custody).noticing(notice);
        } catch (SQLException e) {
            closeQuietly(c, lock);
            throw new ProjectException(ProjectException.Reason.DAMAGED, file,
                    "cannot be read as a project (" + firstLine(e.getMessage()) + ")", e);
        } catch (IOException e) {
            closeQuietly(c, lock);
            throw new ProjectException(ProjectException.Reason.IO, file, "cannot be read (" + e.getMessage() + ")", e);
        } catch (ProjectException | RuntimeException e) {
            closeQuietly(c, lock);
            throw e;
        }
    }

    /** WAL and durable commits, and the change log; leaves the write-ahead log and index open. */
    private static void prepareForWriting(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            // FULL: an edit reported done survives a power cut, not only a killed process.
            s.execute("PRAGMA synchronous = FULL");
            s.executeQuery("SELECT COUNT(*) FROM sqlite_master").close();
        }
        ChangeLog.install(c);
    }

    /**
     * Loads the native lock code ({@link OsFileLock}: JNA takes 0.1-0.3 s to start) on a thread
     * of its own, so the first project opened for editing need not wait for all of it.
     */
    public static void preloadLocking() {
        Thread loader = new Thread(OsFileLock::kind, "thematica-lock-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** True when another process holds the project open for editing. */
    public static boolean isOpenElsewhere(Path file) {
        return ProjectLock.isHeldElsewhere(file);
    }

    /** See {@link SqliteMessages#firstLine}. */
    static String firstLine(String message) {
        return SqliteMessages.firstLine(message);
    }

    private static void closeQuietly(Connection c, ProjectLock lock) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // already failing
        }
        if (lock != null) {
            lock.close();
        }
    }

    public Path file() {
        return file;
    }

    private Database noticing(String said) {
        notice = said;
        return this;
    }

    /** One line the user should read about this opening, if any. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    /**
     * True when {@code other} is the project file or one of its sidecars. Reading one through a
     * descriptor of our own and closing it would drop SQLite's locks on the project.
     */
    public boolean isOwnFile(Path other) {
        return ProjectFiles.isOneOf(file, other);
    }

    /** True when opened to look at, and once a writer has stopped writing (see {@link #isLost()}). */
    public boolean isReadOnly() {
        return readOnly || custody.isLost();
    }

    /** True once this writer found its project changed from outside and stopped writing. */
    public boolean isLost() {
        return !readOnly && custody.isLost();
    }

    /**
     * Takes SQLite's own locks on the project afresh, by opening the connection again. They are
     * POSIX locks, which the process loses whenever anything in it closes a descriptor of the
     * project or its {@code -shm}; a file dialog showing the project's folder does. Without them,
     * a program opening the project for writing would think itself alone and, on closing, delete
     * the write-ahead log this connection writes to. Not needed on Windows; put off inside a
     * transaction (its end is checked anyway).
     */
    public synchronized void renewLocks() {
        if (!LOCKS_CAN_BE_DROPPED || transactionDepth > 0 || connection == null) {
            return;
        }
        if (!readOnly) {
            custody.check(); // closing a connection whose files were changed could fold its stale log into them
        }
        try {
            connection.close();
            connection = null;
            connection = Connections.open(file, readOnly ? Connections.Access.READ : Connections.Access.WRITE);
            if (!readOnly) {
                prepareForWriting(connection);
                custody.remember();
            }
        } catch (SQLException | IOException e) {
            if (readOnly) {
                throw new StoreException("reopening " + file.getFileName() + " failed: " + e.getMessage(), e);
            }
            throw custody.lose("it could not be opened again after a file dialog: " + firstLine(e.getMessage()));
        }
    }

    // ---- running SQL ------------------------------------------------------------------------

    /** The connection, or a plain failure once it is closed (or could not be opened again). */
    private Connection connection() {
        if (connection == null) {
            throw new StoreException(file.getFileName() + " is closed", null);
        }
        return connection;
    }

    /** Work that runs inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. Nested calls
     * join the outer transaction. Checked exceptions from the work are rethrown unchanged.
     */
    public synchronized <T> T inTransaction(Work<T> work) throws Exception {
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.run();
            } finally {
                transactionDepth--;
            }
        }
        requireWritable();
        connection().setAutoCommit(false);
        transactionDepth = 1;
        boolean done = false;
        try {
            T result = work.run();
            connection().commit();
            done = true;
            custody.checkAfterWrite(); // the commit went into the files at the project's paths, or nobody hears "done"
            return result;
        } finally {
            transactionDepth = 0;
            Connections.endTransaction(connection(), done);
        }
    }

    public synchronized boolean inTransaction() {
        return transactionDepth > 0;
    }

    /** Refuses a write to a project opened read-only, and, outside a transaction, to one that was lost. */
    private void requireWritable() {
        if (readOnly) {
            throw new IllegalStateException(file.getFileName() + " is open read-only");
        }
        if (transactionDepth == 0) {
            custody.check();
        }
    }

    /** Maps one result row to a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public synchronized <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try (PreparedStatement p = prepare(sql, args); ResultSet rs = p.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException(sql + ": " + e.getMessage(), e);
        }
    }

    public synchronized <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = query(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public synchronized long queryLong(String sql, Object... args) {
        return queryOne(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows changed. */
    public synchronized int update(String sql, Object... args) {
        requireWritable();
        int changed;
        try (PreparedStatement p = prepare(sql, args)) {
            changed = p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(sql + ": " + e.getMessage(), e);
        }
        if (transactionDepth == 0) {
            custody.checkAfterWrite(); // committed on its own: as for a transaction
        }
        return changed;
    }

    /** Runs an INSERT and returns the new row's id. */
    public synchronized long insert(String sql, Object... args) {
        update(sql, args);
        return queryLong("SELECT last_insert_rowid()");
    }

    /**
     * Runs one INSERT for each argument list on one prepared statement and returns the new rows'
     * ids, in order: preparing the statement once instead of for each row halves the cost of
     * inserting many rows (a merge's 40,000 codings).
     */
    public synchronized List<Long> insertAll(String sql, List<Object[]> rows) {
        requireWritable();
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement p = connection().prepareStatement(sql);
             PreparedStatement last = connection().prepareStatement("SELECT last_insert_rowid()")) {
            for (Object[] args : rows) {
                bind(p, args);
                p.executeUpdate();
                try (ResultSet rs = last.executeQuery()) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(sql + ": " + e.getMessage(), e);
        }
        if (transactionDepth == 0) {
            custody.checkAfterWrite();
        }
        return ids;
    }

    /** Runs one statement for each argument list, reusing the prepared statement. */
    public synchronized void batch(String sql, List<Object[]> rows) {
        requireWritable();
        try (PreparedStatement p = connection().prepareStatement(sql)) {
            for (Object[] args : rows) {
                bind(p, args);
                p.addBatch();
            }
            p.executeBatch();
        } catch (SQLException e) {
            throw new StoreException(sql + ": " + e.getMessage(), e);
        }
        if (transactionDepth == 0) {
            custody.checkAfterWrite();
        }
    }

    /** Runs a statement that returns rows of text, such as a PRAGMA, and collects them. */
    public synchronized List<String> pragmaLines(String sql) {
        return query(sql, rs -> rs.getString(1));
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement p = connection().prepareStatement(sql);
        try {
            bind(p, args);
            return p;
        } catch (SQLException e) {
            p.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement p, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Enum<?> e) {
                p.setString(i + 1, e.name().toLowerCase(java.util.Locale.ROOT));
            } else if (a instanceof Boolean b) {
                p.setInt(i + 1, b ? 1 : 0);
            } else {
                p.setObject(i + 1, a);
            }
        }
    }

    /**
     * Copies the project into {@code target} with SQLite's online backup: a consistent copy,
     * WAL included, even while the project is open for editing.
     */
    public synchronized void backupTo(Path target) {
        try (Statement s = connection().createStatement()) {
            s.executeUpdate("backup to '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StoreException("backing up to " + target.getFileName() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a consistent, compacted copy of the project into {@code target} (which must not
     * exist) with SQLite's {@code VACUUM INTO}. Unlike the online backup it only reads the
     * project, so a project opened read-only can be copied too (a backup driven from a read-only
     * connection never finishes), and the copy holds no free pages with old content.
     */
    public synchronized void vacuumInto(Path target) {
        try (PreparedStatement p = connection().prepareStatement("VACUUM INTO ?")) {
            p.setString(1, target.toAbsolutePath().toString());
            p.execute();
        } catch (SQLException e) {
            throw new StoreException("copying to " + target.getFileName() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Closes the project. A writer folds the write-ahead log into the file first, unless its
     * files were changed from outside: then its connection is abandoned (see {@link Custody#mayClose}).
     */
    @Override
    public synchronized void close() {
        if (connection == null || (!readOnly && !custody.mayClose(connection))) {
            connection = null;
            return;
        }
        try {
            if (!readOnly) {
                try (Statement s = connection.createStatement()) {
                    // fold the WAL back into the file so a closed project is one self-contained file
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException ignored) {
                    // a later open replays the WAL
                }
            }
            connection.close();
            connection = null;
        } catch (SQLException e) {
            throw new StoreException("closing " + file + ": " + e.getMessage(), e);
        } finally {
            if (!readOnly) {
                custody.release();
            }
        }
    }
}
