package org.thematica.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Writes a copy of an open project for a second coder: SQLite's {@code VACUUM INTO} (a
 * consistent copy, write-ahead log included, made by reading only), then, for a blind copy, every other coder's codings taken
 * out of the file, not just hidden. The copy is built beside its target, checked, and moved
 * into place only when complete; a target that is a project, a project's sidecar or a backup
 * is refused ({@link WriteTargets}).
 *
 * <p>Leaving codings out must leave nothing of them readable in the bytes: the rows, the memos
 * on them, the reviews of them and the history (whose rows name codings by id and quote their
 * text in labels) are deleted with {@code secure_delete} on, and the file is then rebuilt with
 * {@code VACUUM}, so no freed page or cell keeps an old value.
 */
public final class ProjectCopy {
    private ProjectCopy() {
    }

    /**
     * What the copy holds besides the project.
     *
     * @param keepCoder with a coder id, only that coder's codings are kept (a blind copy; 0 keeps
     *                  none); null keeps every coding and the history
     * @param info      project_info entries to set in the copy (its identity as a copy)
     * @param baseKey   the project_info entry that receives the id of the copy's newest history row
     *                  as it was copied: where the copy parts from the project
     */
    public record Spec(Long keepCoder, Map<String, String> info, String baseKey) {
        public Spec {
            info = Map.copyOf(info);
        }
    }

    /** What the copy left out, and the history row the copy starts after. */
    public record Result(int codingsLeftOut, int memosLeftOut, int reviewsLeftOut, int historyLeftOut, long base) {
    }

    /** Checks the finished copy before it is moved into place; throws to refuse it. */
    @FunctionalInterface
    public interface Verifier {
        void verify(Path built) throws Exception;
    }

    public static Result write(Database source, Path target, Spec spec, Verifier verify) throws Exception {
        WriteTargets.check(target);
        Path temp = target.resolveSibling(target.getFileName() + ".building");
        deleteBuilding(temp); // left by a copy that was killed
        try {
            source.vacuumInto(temp);
            Result result;
            try (Connection c = Connections.open(temp, Connections.Access.WRITE)) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode = DELETE"); // one self-contained file, no -wal beside it
                    s.execute("PRAGMA secure_delete = ON");
                }
                result = strip(c, spec);
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM");
                }
            }
            verify.verify(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            deleteBuilding(temp);
        }
    }

    /** One transaction: the other coders' codings and what carries them go, the copy's identity is set. */
    private static Result strip(Connection c, Spec spec) throws SQLException {
        c.setAutoCommit(false);
        boolean done = false;
        try {
            long base = single(c, "SELECT COALESCE(MAX(id), 0) FROM history");
            int codings = 0;
            int memos = 0;
            int reviews = 0;
            int history = 0;
            if (spec.keepCoder() != null) {
                String others = "SELECT id FROM coding WHERE coder_id <> " + spec.keepCoder();
                // a reply carries its verdict's target, so one statement takes whole threads
                reviews = run(c, "DELETE FROM review WHERE target_kind = 'coding' AND target_id IN (" + others + ")");
                memos = run(c, "DELETE FROM memo WHERE target_kind = 'coding' AND target_id IN (" + others + ")");
                codings = run(c, "DELETE FROM coding WHERE coder_id <> " + spec.keepCoder());
                // sqlite_sequence keeps the highest id, so the copy's own history continues after the base
                history = run(c, "DELETE FROM history");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO project_info (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                var info = new java.util.TreeMap<>(spec.info());
                info.put(spec.baseKey(), String.valueOf(base));
                for (var e : info.entrySet()) {
                    p.setString(1, e.getKey());
                    p.setString(2, e.getValue());
                    p.executeUpdate();
                }
            }
            c.commit();
            done = true;
            return new Result(codings, memos, reviews, history, base);
        } finally {
            Connections.endTransaction(c, done);
        }
    }

    private static int run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void deleteBuilding(Path temp) throws IOException {
        Files.deleteIfExists(temp);
        Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-journal"));
        Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-wal"));
        Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-shm"));
    }
}
