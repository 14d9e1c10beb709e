package org.thematica.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rolling backups of a project: copies in the folder {@code NAME.thematica.backups} beside it,
 * named by time and by the number of the last change they contain, so a backup is skipped when
 * nothing changed since the previous one. The newest {@value #KEEP} are kept.
 */
public final class Backups {
    public static final int KEEP = 10;
    private static final String PART = ".part";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z)-([a-z][a-z-]*)-c(\\d+)\\.thematica");

    private Backups() {
    }

    /** A backup file: when it was made, why, and the number of the last change it contains. */
    public record Backup(Path file, Instant time, String reason, long change, long bytes) {
    }

    public static Path folderOf(Path project) {
        return project.toAbsolutePath().resolveSibling(project.getFileName() + ".backups");
    }

    /** The backups of a project, newest first. */
    public static List<Backup> list(Path project) throws IOException {
        Path folder = folderOf(project);
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    Instant time = Instant.from(STAMP.parse(m.group(1)));
                    out.add(new Backup(f, time, m.group(2), Long.parseLong(m.group(3)), Files.size(f)));
                }
            }
        }
        out.sort(Comparator.comparing(Backup::time).thenComparing(Backup::change).reversed());
        return out;
    }

    /**
     * The newest backup that opens and passes the quick integrity check: what a damaged project
     * is recovered from. A damaged file kept as evidence is never one, nor the state saved before
     * a restore (which may be the damaged project itself, copied page by page).
     */
    public static Optional<Backup> latestGood(Path project) throws IOException {
        for (Backup b : list(project)) {
            if (b.reason().equals("damaged") || b.reason().equals("before-restore")) {
                continue;
            }
            try (Database check = Database.open(b.file(), Database.Mode.READ_ONLY)) {
                check.queryLong("SELECT COUNT(*) FROM project_info");
                return Optional.of(b);
            } catch (ProjectException | RuntimeException e) {
                // damaged too, or not a project: try the one before
            }
        }
        return Optional.empty();
    }

    /**
     * Backs up an open project, unless the newest backup already holds its last change (or
     * {@code force}). Returns the new backup, or empty when none was needed.
     */
    public static Optional<Backup> backUp(Database db, String reason, Instant now, boolean force) throws IOException {
        if (db.isLost()) {
            return Optional.empty(); // its view may mix a stale log with pages another process wrote since
        }
        Path project = db.file();
        long change = db.queryLong("SELECT COALESCE(MAX(id), 0) FROM history");
        List<Backup> existing = list(project);
        if (!force && !existing.isEmpty() && existing.get(0).change() == change) {
            return Optional.empty();
        }
        Path folder = folderOf(project);
        Files.createDirectories(folder);
        Path target = folder.resolve(STAMP.format(now) + "-" + reason + "-c" + change + ".thematica");
        Path temp = folder.resolve(target.getFileName() + PART);
        Files.deleteIfExists(temp);
        try {
            db.backupTo(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp); // a failed copy (a full disk) leaves nothing behind
        }
        prune(project);
        return list(project).stream().filter(b -> b.file().equals(target)).findFirst();
    }

    /** A new backup's path (its folder made): {@code TIME-REASON-cCHANGE.thematica}. */
    static Path newBackup(Path project, String reason, Instant now, long change) throws IOException {
        Path folder = Files.createDirectories(folderOf(project));
        return folder.resolve(STAMP.format(now) + "-" + reason + "-c" + change + ".thematica");
    }

    /** Copies a damaged project into the backups folder byte for byte, as evidence and for rescue tools. */
    private static Backup keepDamaged(Path project, Instant now) throws IOException {
        Path folder = folderOf(project);
        Files.createDirectories(folder);
        Path target = folder.resolve(STAMP.format(now) + "-damaged-c0.thematica");
        Files.copy(project, target, StandardCopyOption.REPLACE_EXISTING);
        return new Backup(target, now, "damaged", 0, Files.size(target));
    }

    /**
     * Keeps the newest {@value #KEEP} backups, and apart from them the newest {@value #KEEP}
     * copies a restore kept (the state before it, a damaged file): restores in a row must never
     * push the real backups out. Also removes the half-made copies of backups that were killed
     * (their {@code .part} files): pruning runs while the project is open for writing here, so no
     * backup of it is being made by anyone else.
     */
    static void prune(Path project) throws IOException {
        int real = 0;
        int keptByRestore = 0;
        for (Backup b : list(project)) {
            boolean byRestore = b.reason().equals("before-restore") || b.reason().equals("damaged");
            int rank = byRestore ? ++keptByRestore : ++real;
            if (rank > KEEP) {
                Files.deleteIfExists(b.file());
            }
        }
        try (var files = Files.list(folderOf(project))) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().endsWith(PART) && NAME.matcher(
                        f.getFileName().toString().replaceFirst("\\.part$", "")).matches()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /**
     * Puts a backup in place of the project. The project must not be open anywhere (its lock is
     * taken for the duration). The current state is first saved as a backup of its own
     * ("before-restore"), so a restore can be undone by restoring that one.
     */
    public static Backup restore(Path project, Path backup, Instant now) throws ProjectException, IOException {
        try (Database check = Database.open(backup, Database.Mode.READ_ONLY)) {
            check.queryLong("SELECT COUNT(*) FROM project_info"); // opened and healthy: checked by open
        }
        if (ProjectFiles.isOneOf(project, backup) || WriteTargets.isSameFile(project, backup)) {
            throw new ProjectException(ProjectException.Reason.EXISTS, backup, "is the project itself; name a backup");
        }
        Backup saved;
        try (Database current = Database.open(project, Database.Mode.READ_WRITE)) {
            saved = backUp(current, "before-restore", now, true).orElseThrow();
        } catch (ProjectException e) {
            if (e.reason() != ProjectException.Reason.DAMAGED) {
                throw e; // open elsewhere, missing, not a project: nothing to restore over
            }
            saved = keepDamaged(project, now); // cannot be read consistently: keep the file as it is
        } catch (StoreException e) {
            saved = keepDamaged(project, now); // opens, but damage quick_check missed stops reading it whole
        }
        try (ProjectLock lock = ProjectLock.acquire(project)) {
            Path temp = project.resolveSibling(project.getFileName() + ".restoring");
            Files.deleteIfExists(temp);
            // through SQLite, read-only: a file copy would leave out what the backup's write-ahead log holds
            try (Database source = Database.open(backup, Database.Mode.READ_ONLY)) {
                source.backupTo(temp);
            } catch (RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            // a write-ahead log left beside the old file would be replayed into the restored one
            Files.deleteIfExists(ProjectFiles.wal(project));
            Files.deleteIfExists(ProjectFiles.shm(project));
            Files.move(temp, project, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return saved;
    }
}
