package org.thematica.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a file passes before it is opened as a project: they run before anything is
 * written and before the lock file is made, so a refused file is left as it was.
 */
final class OpeningChecks {
    private OpeningChecks() {
    }

    static void checkHeader(Path file) throws ProjectException {
        if (!Files.exists(file)) {
            throw new ProjectException(ProjectException.Reason.NOT_FOUND, file, "no such project file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ProjectException(ProjectException.Reason.NOT_A_PROJECT, file, "is a folder, not a project file");
        }
        byte[] header = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(header, 0, 16);
        } catch (IOException e) {
            throw new ProjectException(ProjectException.Reason.IO, file, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (n == 0) {
            throw new ProjectException(ProjectException.Reason.NOT_A_PROJECT, file, "is empty, not a Thematica project");
        }
        if (n < 16 || !new String(header, 0, 15, StandardCharsets.ISO_8859_1).equals("SQLite format 3")) {
            throw new ProjectException(ProjectException.Reason.NOT_A_PROJECT, file,
                    "is not a Thematica project (not an SQLite database)");
        }
    }

    /**
     * Checks, through a read-only connection and before any lock file is made, that the file is
     * a healthy Thematica project this version can read. Returns its schema version.
     */
    static int inspect(Path file) throws ProjectException {
        Sidecars before = new Sidecars(file);
        try {
            return inspectWith(file);
        } catch (ProjectException e) {
            before.restore(); // a refused file keeps its folder as it was
            throw e;
        }
    }

    /**
     * Every object of a project's schema that differs from what its version defines, read
     * through a read-only connection that leaves the folder as it was (for {@code check}, which
     * names them all, and {@code repair}). Empty when the file is not a project of a known version.
     */
    static List<SchemaCheck.Difference> schemaDifferences(Path file) throws ProjectException {
        checkHeader(file);
        Sidecars before = new Sidecars(file);
        try (Connection c = Connections.open(file, Connections.Access.READ)) {
            int version = pragmaInt(c, "user_version");
            if (pragmaInt(c, "application_id") != Database.APPLICATION_ID || version < 1 || version > Migrations.LATEST) {
                return List.of();
            }
            return SchemaCheck.differences(c, version);
        } catch (SQLException e) {
            throw new ProjectException(ProjectException.Reason.DAMAGED, file,
                    "is damaged and cannot be read (" + Database.firstLine(e.getMessage()) + "); "
                            + Database.restoreHint(file), e);
        } finally {
            before.restore();
        }
    }

    /** Which sidecars a project had before we looked, so a look can drop the empty ones it made. */
    private static final class Sidecars {
        private final Path wal;
        private final Path shm;
        private final boolean hadWal;
        private final boolean hadShm;

        Sidecars(Path file) {
            wal = ProjectFiles.wal(file);
            shm = ProjectFiles.shm(file);
            hadWal = Files.exists(wal);
            hadShm = Files.exists(shm);
        }

        void restore() {
            try {
                if (!hadWal && Files.exists(wal) && Files.size(wal) == 0) {
                    Files.delete(wal);
                }
                if (!hadShm && Files.exists(shm)) {
                    Files.delete(shm);
                }
            } catch (IOException ignored) {
                // leaving an empty sidecar is harmless
            }
        }
    }

    private static int inspectWith(Path file) throws ProjectException {
        try (Connection c = Connections.open(file, Connections.Access.READ)) {
            int applicationId = pragmaInt(c, "application_id");
            if (applicationId != Database.APPLICATION_ID) {
                throw new ProjectException(ProjectException.Reason.NOT_A_PROJECT, file,
                        "is an SQLite database but not a Thematica project");
            }
            int version = pragmaInt(c, "user_version");
            if (version > Migrations.LATEST) {
                throw new ProjectException(ProjectException.Reason.TOO_NEW, file,
                        "was saved by a newer Thematica (project format " + version + "; this version reads up to "
                                + Migrations.LATEST + "); update Thematica to open it");
            }
            if (version < 1) {
                // a project is built whole, at version 1 or later, before it gets its name
                throw new ProjectException(ProjectException.Reason.NOT_A_PROJECT, file,
                        "carries Thematica's mark but no project format it knows (" + version
                                + "); it is not a Thematica project");
            }
            String health = quickCheck(c);
            if (!health.equals("ok")) {
                throw new ProjectException(ProjectException.Reason.DAMAGED, file,
                        "is damaged (" + health + "); " + Database.restoreHint(file));
            }
            List<SchemaCheck.Difference> differences = SchemaCheck.differences(c, version);
            if (!differences.isEmpty()) {
                throw new ProjectException(ProjectException.Reason.DAMAGED, file,
                        SchemaCheck.refusal(file, differences));
            }
            return version;
        } catch (SQLException e) {
            throw new ProjectException(ProjectException.Reason.DAMAGED, file,
                    "is damaged and cannot be read (" + Database.firstLine(e.getMessage()) + "); "
                            + Database.restoreHint(file), e);
        }
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String quickCheck(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check(5)")) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines.isEmpty() ? "no answer from quick_check" : summarise(lines);
    }

    /**
     * SQLite reports damage over several lines ("*** in database main ***", one line per
     * problem); users get one line: the first problem and how many more there are.
     */
    static String summarise(List<String> report) {
        List<String> problems = new ArrayList<>();
        for (String line : report) {
            for (String part : line.split("\\R")) {
                String p = part.strip();
                if (!p.isEmpty() && !p.startsWith("***")) {
                    problems.add(p);
                }
            }
        }
        if (problems.size() == 1 && problems.get(0).equals("ok")) {
            return "ok";
        }
        if (problems.isEmpty()) {
            return "the check found damage it could not describe";
        }
        String first = problems.get(0).length() > 120 ? problems.get(0).substring(0, 117) + "..." : problems.get(0);
        return first + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more problem(s)" : "");
    }
}
