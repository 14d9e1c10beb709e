package org.thematica.store;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * An exclusive operating-system lock on one file, owned by the open file it was taken through
 * and not by the process. A POSIX {@code fcntl} lock (what {@link FileChannel#lock} takes on
 * Linux and macOS) belongs to the process, and the process loses it when anything in it closes
 * any descriptor of that file: a file dialog reading the file to guess its type is enough.
 * <ul>
 *   <li>Linux (x86-64, aarch64): an open file description lock ({@code F_OFD_SETLK}). It
 *       conflicts with ordinary fcntl locks as well, so older Thematica versions, which locked
 *       with FileChannel, still see it and are refused.</li>
 *   <li>macOS, and Linux on other processors: {@code flock(2)}.</li>
 *   <li>Windows: FileChannel's lock ({@code LockFileEx}) already belongs to its handle.</li>
 *   <li>Elsewhere, or when the file system refuses the native lock (some network shares):
 *       FileChannel's lock, which is per process; then the checks before every write
 *       ({@link Custody}) are what notice a lost lock.</li>
 * </ul>
 * The lock dies with the process (kill -9 included).
 */
abstract class OsFileLock implements AutoCloseable {
    /** Which kind of lock this platform takes, for the docs and the tests. */
    enum Kind { OFD, FLOCK, CHANNEL }

    /** Locks {@code file} (which must exist); null when another open file holds it. */
    static OsFileLock tryAcquire(Path file) throws IOException {
        Kind kind = kind();
        if (kind != Kind.CHANNEL) {
            try {
                return Descriptor.tryAcquire(file, kind);
            } catch (Unsupported e) {
                // this file system refuses it: the portable lock is the best there is
            }
        }
        return Channel.tryAcquire(file);
    }

    /** The kind this platform takes (files systems that refuse it get {@link Kind#CHANNEL}). */
    static Kind kind() {
        return Descriptor.LIBC == null ? Kind.CHANNEL : Descriptor.KIND;
    }

    abstract Kind actualKind();

    /** Replaces the file's text with {@code text}, durably. */
    abstract void write(String text) throws IOException;

    /** Releases the lock; the file stays. */
    @Override
    public abstract void close();

    /** Writes through a descriptor of its own: closing it cannot release a lock owned by another. */
    private static void writeThroughNewChannel(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            writeAll(channel, text);
        }
    }

    private static void writeAll(FileChannel channel, String text) throws IOException {
        channel.truncate(0);
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        long at = 0;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
        channel.force(false);
    }

    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** OFD locks and flock(2), through JNA. */
    private static final class Descriptor extends OsFileLock {
        private static final int O_RDWR = 2;
        private static final int F_OFD_SETLK = 37;
        private static final short F_WRLCK = 1;
        private static final int LOCK_EX = 2;
        private static final int LOCK_NB = 4;
        private static final int EACCES = 13;
        private static final Kind KIND = chooseKind();
        private static final C LIBC = KIND == Kind.CHANNEL ? null : load();

        /** The C library calls we need, declared as C declares them (open and fcntl take varargs). */
        interface C extends Library {
            int open(byte[] path, int flags, Object... mode) throws LastErrorException;

            int fcntl(int fd, int command, Object... argument) throws LastErrorException;

            int flock(int fd, int operation) throws LastErrorException;

            int close(int fd) throws LastErrorException;
        }

        private final int fd;
        private final Path file;
        private final Kind kind;

        private Descriptor(int fd, Path file, Kind kind) {
            this.fd = fd;
            this.file = file;
            this.kind = kind;
        }

        private static Kind chooseKind() {
            if (Platform.isLinux()) {
                return Platform.ARCH.equals("x86-64") || Platform.ARCH.equals("aarch64") ? Kind.OFD : Kind.FLOCK;
            }
            return Platform.isMac() ? Kind.FLOCK : Kind.CHANNEL;
        }

        private static C load() {
            try {
                return com.sun.jna.Native.load(Platform.C_LIBRARY_NAME, C.class);
            } catch (LinkageError e) {
                return null; // JNA's own native part could not be loaded here
            }
        }

        static OsFileLock tryAcquire(Path file, Kind kind) throws IOException, Unsupported {
            if (LIBC == null) {
                throw new Unsupported();
            }
            int fd;
            try {
                fd = LIBC.open(nativePath(file), O_RDWR | cloexec());
            } catch (LastErrorException e) {
                throw new IOException("cannot open " + file.getFileName() + " (error " + e.getErrorCode() + ")", e);
            }
            try {
                if (kind == Kind.OFD) {
                    Memory lock = new Memory(32); // struct flock: type, whence, start, len (0: to the end), pid (0)
                    lock.clear();
                    lock.setShort(0, F_WRLCK);
                    LIBC.fcntl(fd, F_OFD_SETLK, lock);
                } else {
                    LIBC.flock(fd, LOCK_EX | LOCK_NB);
                }
                return new Descriptor(fd, file, kind);
            } catch (LastErrorException e) {
                closeQuietly(fd);
                int errno = e.getErrorCode();
                if (errno == EACCES || errno == eagain()) {
                    return null;
                }
                throw new Unsupported();
            }
        }

        /** How Java itself names files to the OS, so an Arabic or Turkish folder name reaches it intact. */
        private static byte[] nativePath(Path file) {
            String encoding = System.getProperty("sun.jnu.encoding");
            Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
                    : Charset.defaultCharset();
            byte[] bytes = file.toAbsolutePath().toString().getBytes(charset);
            return Arrays.copyOf(bytes, bytes.length + 1); // NUL-terminated
        }

        /** Close-on-exec: a program we start (a browser) must not inherit, and so keep, the lock. */
        private static int cloexec() {
            return Platform.isMac() ? 0x01000000 : 0x80000;
        }

        private static int eagain() {
            return Platform.isMac() ? 35 : 11;
        }

        private static void closeQuietly(int fd) {
            try {
                LIBC.close(fd);
            } catch (LastErrorException ignored) {
                // nothing more to release
            }
        }

        @Override
        Kind actualKind() {
            return kind;
        }

        @Override
        void write(String text) throws IOException {
            writeThroughNewChannel(file, text);
        }

        @Override
        public void close() {
            closeQuietly(fd); // closing the only descriptor of the open file releases its lock
        }
    }

    /** Java's own lock: per handle on Windows, per process on POSIX systems. */
    private static final class Channel extends OsFileLock {
        private final FileChannel channel;
        private final FileLock lock;

        private Channel(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static OsFileLock tryAcquire(Path file) throws IOException {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return null;
                }
                return new Channel(channel, lock);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        @Override
        Kind actualKind() {
            return Kind.CHANNEL;
        }

        @Override
        void write(String text) throws IOException {
            writeAll(channel, text); // on Windows only the locking handle may write the locked file
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException ignored) {
                // the OS drops the lock with the process anyway
            }
        }
    }
}
