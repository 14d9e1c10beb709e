package org.thematica.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/**
 * Marks a project as open for writing by one Thematica process. The operating system lock on
 * the sidecar file {@code NAME.thematica.lock} dies with the process (kill -9 included), so a
 * crash never leaves a project locked; the file's text only tells a second process who holds it.
 */
final class ProjectLock implements AutoCloseable {
    /** Paths locked by this JVM: on Linux, opening and closing a second channel to a locked file
     *  would silently release the first channel's lock, so we never touch our own lock file twice. */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".lock");
    }

    static ProjectLock acquire(Path project) throws ProjectException {
        Path key = project.toAbsolutePath().normalize();
        Path lockFile = lockFileOf(key);
        synchronized (HELD) {
            if (HELD.contains(key)) {
                throw new ProjectException(ProjectException.Reason.LOCKED, project,
                        "is already open in this Thematica window");
            }
            FileChannel channel = null;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    String holder = readHolder(channel);
                    channel.close();
                    throw new ProjectException(ProjectException.Reason.LOCKED, project,
                            "is open in another Thematica process" + (holder.isEmpty() ? "" : " (" + holder + ")")
                                    + "; close it there first, or open it read-only");
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(describeSelf().getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                HELD.add(key);
                return new ProjectLock(key, channel, lock);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new ProjectException(ProjectException.Reason.IO, project,
                        "cannot create the lock file " + lockFile.getFileName() + " (" + e.getMessage() + ")", e);
            }
        }
    }

    /** True when another process (or this one) holds the write lock on the project. */
    static boolean isHeldElsewhere(Path project) {
        Path key = project.toAbsolutePath().normalize();
        synchronized (HELD) {
            if (HELD.contains(key)) {
                return true;
            }
            Path lockFile = lockFileOf(key);
            if (!Files.exists(lockFile)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return true;
                }
                lock.release();
                return false;
            } catch (IOException e) {
                return false;
            }
        }
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(512);
            int n = channel.read(buffer, 0);
            return n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
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

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do: the lock was never taken
            }
        }
    }

    /**
     * Releases the lock. The file itself stays (emptied): deleting it would let two later
     * processes lock two different files of the same name.
     */
    @Override
    public void close() {
        synchronized (HELD) {
            try {
                channel.truncate(0);
                lock.release();
                channel.close();
            } catch (IOException ignored) {
                // the OS drops the lock with the process anyway
            }
            HELD.remove(key);
        }
    }
}
