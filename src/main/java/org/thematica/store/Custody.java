package org.thematica.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

/**
 * What a writing {@link Database} must still hold for its writes to land in the project: its
 * lock, and the very files SQLite opened (the project, its {@code -wal} write-ahead log and its
 * {@code -shm} index). Another program that deletes or replaces one of them (a second writer
 * that closed and removed "its" log, a sync tool that put a fresh copy in place, a user tidying
 * the folder) sends our next writes into a file nobody will read. Checking is four stat calls.
 * Once something changed, the project is lost to this process: every later write is refused.
 */
final class Custody {
    /** Where the file system gives no file identity (Windows, whose open files cannot be deleted). */
    static final Object PRESENT = "present";

    /**
     * Connections to lost projects, by real path. They are never closed: closing would
     * checkpoint their stale write-ahead log into a file another process may now be writing.
     * The process ending drops them the way a crash would.
     */
    private static final Map<Path, Connection> ABANDONED = new HashMap<>();

    private final Path file;
    private final ProjectLock lock;
    private final Path project;
    private final Path wal;
    private final Path shm;
    private Object projectId;
    private Object walId;
    private Object shmId;
    /** The project file's size and modification time after our last write. */
    private String projectState;
    /** The log record last written to the lock file ({@link WalOwnership}). */
    private String walRecord;
    /** Why this writer stopped writing, or null while it may write. */
    private volatile String lost;

    Custody(Path file, ProjectLock lock) throws IOException {
        this.file = file;
        this.lock = lock;
        // SQLite keeps its sidecars beside the real file when the project is reached through a link
        this.project = file.toRealPath();
        this.wal = ProjectFiles.wal(project);
        this.shm = ProjectFiles.shm(project);
    }

    /** Notes the files SQLite has open now: call once the connection has read the project. */
    void remember() throws IOException {
        projectId = identity(project);
        walId = identity(wal);
        shmId = identity(shm);
        projectState = state(project);
        walRecord = WalOwnership.record(wal);
        lock.recordWal(walRecord);
    }

    /**
     * Before a write: throws (now and for every later write) once the project is no longer this
     * writer's alone, or its file was written by someone else since our last write.
     */
    void check() {
        check(false);
    }

    /** After a write, which may have folded the log into the file: notes the file's new size and time. */
    void checkAfterWrite() {
        check(true);
    }

    private void check(boolean afterWrite) {
        if (lost == null) {
            String changed = whatChanged();
            if (changed == null && !afterWrite) {
                changed = writtenFromOutside();
            }
            if (changed == null && afterWrite) { // only a write moves the log's salts or the file
                changed = keepWalRecord();
                projectState = stateOrNull();
            }
            if (changed == null) {
                return;
            }
            lost = changed;
        }
        throw new ExclusivityLostException(file, lost);
    }

    /** Gives up writing for a reason found elsewhere, and says so. */
    ExclusivityLostException lose(String why) {
        lost = why;
        return new ExclusivityLostException(file, why);
    }

    boolean isLost() {
        return lost != null;
    }

    /**
     * At closing time: true when the connection may be closed (and the log folded into the
     * file) as usual. Otherwise the connection is abandoned, the lock is released without
     * touching the lock file's path (it may be another process's lock file by now), and false.
     */
    boolean mayClose(Connection connection) {
        if (lost == null) {
            lost = whatChanged();
        }
        if (lost == null) {
            lost = writtenFromOutside();
        }
        if (lost == null) {
            return true;
        }
        synchronized (ABANDONED) {
            ABANDONED.put(project, connection);
        }
        lock.abandon();
        return false;
    }

    /**
     * A copy written over the project in place ({@code cp other project}) keeps its inode, so
     * identity cannot see it. In WAL mode only our own checkpoints write the project file, and
     * they happen inside our writes; so between our writes its size and modification time stay
     * as we left them. (A copy of the same size that also keeps the time, {@code cp -p}, passes;
     * the status-change time would catch it but also moves when a sync tool tags the file.)
     */
    private String writtenFromOutside() {
        String now = stateOrNull();
        return now == null || now.equals(projectState) ? null
                : "the project file " + project.getFileName() + " was written by another program";
    }

    private String stateOrNull() {
        try {
            return state(project);
        } catch (IOException e) {
            return null; // gone: identity says so
        }
    }

    private static String state(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.size() + " " + a.lastModifiedTime().toMillis() + "." + a.lastModifiedTime().toInstant().getNano();
    }

    /** After a write: the lock file names the log as it is now, so a crash leaves it replayable. */
    private String keepWalRecord() {
        try {
            String now = WalOwnership.record(wal);
            if (!now.equals(walRecord)) {
                lock.recordWal(now);
                walRecord = now;
            }
        } catch (IOException e) {
            // unrecorded, a log left by a crash is set aside on the next open: kept, though not merged
        }
        return null;
    }

    /** Releases the lock once the connection is closed (keeping the log's record if a log is left). */
    void release() {
        try {
            if (Files.size(wal) > 0) {
                lock.closeKeeping(WalOwnership.record(wal));
                return;
            }
        } catch (IOException gone) {
            // no log left: nothing to record
        }
        lock.close();
    }

    /**
     * SQLite shares its locks and its index between the connections of one process, and an
     * abandoned connection's are stale: only a new process can open that project safely.
     */
    static void refuseIfAbandoned(Path file) throws ProjectException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return; // missing: the opening checks say so
        }
        synchronized (ABANDONED) {
            if (ABANDONED.containsKey(real)) {
                throw new ProjectException(ProjectException.Reason.IO, file, "was changed from outside while it was open"
                        + " here, and cannot be opened again until Thematica is restarted; quit Thematica, then open it");
            }
        }
    }

    private String whatChanged() {
        String changed = lock.whatChanged();
        if (changed == null) {
            changed = changed(project, projectId, "the project file");
        }
        if (changed == null) {
            changed = changed(wal, walId, "its write-ahead log");
        }
        if (changed == null) {
            changed = changed(shm, shmId, "its shared-memory index");
        }
        return changed;
    }

    /** The file's identity (device and inode where there are such things). */
    static Object identity(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return key != null ? key : PRESENT;
    }

    /** Null when {@code file} is still the file {@code identity} names; otherwise what happened to it. */
    static String changed(Path file, Object identity, String what) {
        String named = what + " " + file.getFileName();
        try {
            return identity(file).equals(identity) ? null : named + " was replaced";
        } catch (NoSuchFileException e) {
            return named + " was deleted";
        } catch (IOException e) {
            return named + " cannot be checked (" + e.getMessage() + ")";
        }
    }
}
