package org.thematica.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/**
 * Marks a project as open for writing by one Thematica process: an {@link OsFileLock} on the
 * sidecar file {@code NAME.thematica.lock}. The lock belongs to the open file, so nothing else
 * in the process (a file dialog) can drop it, and it dies with the process (kill -9 included),
 * so a crash never leaves a project locked. The file's text only tells a second process who
 * holds it.
 */
final class ProjectLock implements AutoCloseable {
    /** Projects locked by this JVM, so a second open here is refused with the right words. */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path key;
    private final Path lockFile;
    private final OsFileLock lock;
    private final Object fileKey;
    private final String holder = describeSelf();

    private ProjectLock(Path key, Path lockFile, OsFileLock lock, Object fileKey) {
        this.key = key;
        this.lockFile = lockFile;
        this.lock = lock;
        this.fileKey = fileKey;
    }

    private static Path keyOf(Path project) {
        return project.toAbsolutePath().normalize();
    }

    static ProjectLock acquire(Path project) throws ProjectException {
        Path key = keyOf(project);
        Path lockFile = ProjectFiles.lock(key);
        synchronized (HELD) {
            if (HELD.contains(key)) {
                throw new ProjectException(ProjectException.Reason.LOCKED, project,
                        "is already open in this Thematica window");
            }
            OsFileLock lock = null;
            try {
                if (!Files.exists(lockFile)) {
                    Files.newByteChannel(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
                }
                lock = OsFileLock.tryAcquire(lockFile);
                if (lock == null) {
                    String holder = readHolder(lockFile);
                    throw new ProjectException(ProjectException.Reason.LOCKED, project,
                            "is open in another Thematica process" + (holder.isEmpty() ? "" : " (" + holder + ")")
                                    + "; close it there first, or open it read-only");
                }
                ProjectLock held = new ProjectLock(key, lockFile, lock, Custody.identity(lockFile));
                lock.write(held.holder);
                HELD.add(key);
                return held;
            } catch (IOException e) {
                if (lock != null) {
                    lock.close();
                }
                throw new ProjectException(ProjectException.Reason.IO, project,
                        "cannot create the lock file " + lockFile.getFileName() + " (" + e.getMessage() + ")", e);
            }
        }
    }

    /** True when another process (or this one) holds the write lock on the project. */
    static boolean isHeldElsewhere(Path project) {
        Path key = keyOf(project);
        synchronized (HELD) {
            if (HELD.contains(key)) {
                return true;
            }
            Path lockFile = ProjectFiles.lock(key);
            if (!Files.exists(lockFile)) {
                return false;
            }
            try (OsFileLock probe = OsFileLock.tryAcquire(lockFile)) {
                return probe == null;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** The projects this process holds for writing (absolute paths). */
    static java.util.List<Path> heldHere() {
        synchronized (HELD) {
            return java.util.List.copyOf(HELD);
        }
    }

    /** True when this process holds the project for writing. */
    static boolean isHeldHere(Path project) {
        synchronized (HELD) {
            return HELD.contains(keyOf(project));
        }
    }

    /**
     * Null while the lock file at its path is still the one this lock holds; otherwise what
     * happened to it. Deleted or replaced, it no longer keeps a second writer out.
     */
    String whatChanged() {
        return Custody.changed(lockFile, fileKey, "its lock file");
    }

    private static String readHolder(Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(512);
            int n = channel.read(buffer, 0);
            return n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).lines().findFirst().orElse("").trim();
        } catch (IOException e) {
            return ""; // on Windows the holder's lock keeps others from reading it
        }
    }

    private static String describeSelf() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this computer";
        }
        String pid = String.valueOf(ProcessHandle.current().pid());
        String user = System.getProperty("user.name", "?");
        return "process " + pid + " of " + user + " on " + host + " since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Keeps, under the holder's line, the record of the write-ahead log it writes ({@link WalOwnership}). */
    void recordWal(String record) throws IOException {
        lock.write(holder + "\n" + record + "\n");
    }

    /**
     * Releases the lock, keeping the log's record: a log SQLite could not fold into the file on
     * closing is still this file's to replay.
     */
    void closeKeeping(String record) {
        release(holder + "\n" + record + "\n");
    }

    /**
     * Releases the lock. The file itself stays (emptied): deleting it would let two later
     * processes lock two different files of the same name.
     */
    @Override
    public void close() {
        release("");
    }

    /**
     * Releases the lock without touching the file at its path, which may by now be another
     * process's lock file.
     */
    void abandon() {
        release(null);
    }

    private void release(String leave) {
        synchronized (HELD) {
            try {
                if (leave != null) {
                    lock.write(leave);
                }
            } catch (IOException ignored) {
                // an old holder's text misleads no one: the lock is what counts
            } finally {
                lock.close();
                HELD.remove(key);
            }
        }
    }
}
