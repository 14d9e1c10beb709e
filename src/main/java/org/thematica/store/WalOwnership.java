package org.thematica.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * Whose write-ahead log lies beside a project. SQLite replays any {@code -wal} whose header and
 * frame checksums are valid into the file beside it: the database header has no link to its log,
 * so a log copied from another copy of the project (or another database with the same page size)
 * would be merged into this one, silently. Only a log left by a Thematica session that crashed
 * while writing this very file may be replayed (the crash guarantee rests on that); any other is
 * renamed aside, never merged, never deleted.
 *
 * <p>How a log is known as ours: the writing session keeps, in its lock file, the log's file
 * identity (device and inode) and the two salts of its header (SQLite's WAL format: bytes 16-23,
 * repeated in every frame header; they change only when the log restarts, and then salt-1 grows
 * by one while salt-2 is new random). The record is refreshed after each write when the salts
 * changed, so a crash between a restart and the refresh leaves salt-1 one ahead of the record:
 * still ours. A clean close empties the lock file and SQLite deletes the log with it, so a log
 * found beside a project whose lock file has no such record (or a record of another file or
 * other salts) was not written here. A log copied over ours in place (same inode) whose salts
 * are the record's or one ahead could pass; that takes a copy of this very log lineage.
 */
final class WalOwnership {
    private static final int HEADER = 32;
    private static final String RECORD = "wal ";

    private WalOwnership() {
    }

    /** The salts of a log's header, or null when it has no valid header (SQLite then replays nothing). */
    record Salts(int salt1, int salt2) {
        boolean ours(Salts recorded) {
            return equals(recorded) || salt1 == recorded.salt1 + 1;
        }
    }

    static Salts salts(Path wal) {
        byte[] head = new byte[HEADER];
        try (InputStream in = Files.newInputStream(wal)) {
            if (in.readNBytes(head, 0, HEADER) < HEADER) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(head);
        int magic = b.getInt(0);
        if (magic != 0x377f0682 && magic != 0x377f0683) {
            return null;
        }
        return new Salts(b.getInt(16), b.getInt(20));
    }

    /** The line the lock file keeps for the log SQLite writes now (read after each write). */
    static String record(Path wal) throws IOException {
        Salts s = salts(wal);
        return RECORD + Custody.identity(wal) + " " + (s == null ? "-" : s.salt1() + " " + s.salt2());
    }

    /**
     * Before a project is opened with no writer alive: a log that is not the one a crashed
     * session of this file left is renamed aside. Returns the one-line notice, or null.
     */
    static String setAsideForeign(Path project, Instant now) throws ProjectException {
        Path real;
        try {
            real = project.toRealPath();
        } catch (IOException e) {
            return null; // missing: the opening checks say so
        }
        Path wal = ProjectFiles.wal(real);
        Salts found = Files.isRegularFile(wal) ? salts(wal) : null;
        if (found == null) {
            return null; // none, or no valid header: SQLite replays nothing from it
        }
        String why = whyForeign(real, wal, found);
        if (why == null) {
            return null;
        }
        Path aside = wal.resolveSibling(wal.getFileName() + ".set-aside-" + now.toEpochMilli());
        try {
            Files.move(wal, aside, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(ProjectFiles.shm(real)); // the index of that log; holds no data
        } catch (IOException e) {
            throw new ProjectException(ProjectException.Reason.IO, project, "has a write-ahead log beside it that "
                    + why + ", and it cannot be moved aside (" + e.getMessage() + "); move " + wal.getFileName()
                    + " away, then open the project");
        }
        return project.getFileName() + ": the write-ahead log beside it " + why + "; it was not merged and is kept as "
                + aside.getFileName();
    }

    private static String whyForeign(Path project, Path wal, Salts found) {
        if (!fromAThematicaProject(wal)) {
            return "belongs to another database, not a Thematica project";
        }
        String recorded = recordIn(ProjectFiles.lock(project));
        if (recorded == null) {
            return "was not left by Thematica working on this file (another copy's or another program's)";
        }
        if (recorded.isEmpty()) {
            return null; // see recordIn
        }
        String[] parts = recorded.substring(RECORD.length()).split(" ");
        try {
            boolean sameFile = parts[0].equals(Custody.identity(wal).toString());
            boolean sameSalts = parts.length == 2 ? parts[1].equals("-")
                    : parts.length == 3 && found.ours(new Salts(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            return sameFile && sameSalts ? null
                    : "is not the one Thematica was writing to this file (another copy's or another program's)";
        } catch (IOException | NumberFormatException e) {
            return "cannot be told apart from another copy's";
        }
    }

    /**
     * The lock file's log record; null when it has none, empty when it cannot have one. A lock file with a holder but no record
     * is an older Thematica's that crashed: its log is taken as its own, as before.
     */
    private static String recordIn(Path lockFile) {
        String text;
        try {
            text = Files.exists(lockFile) ? Files.readString(lockFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return null;
        }
        if (text.isBlank()) {
            return null;
        }
        for (String line : text.split("\n")) {
            if (line.startsWith(RECORD)) {
                return line.strip();
            }
        }
        return ""; // see above
    }

    /**
     * False when the log's first frame of page 1 carries another application id (the database
     * header is page 1's first 100 bytes; a frame is a 24-byte header and a page).
     */
    private static boolean fromAThematicaProject(Path wal) {
        try (InputStream in = Files.newInputStream(wal)) {
            byte[] head = in.readNBytes(HEADER);
            int pageSize = ByteBuffer.wrap(head).getInt(8);
            if (pageSize < 512 || pageSize > 65536) {
                return false;
            }
            for (int frame = 0; frame < 10_000; frame++) {
                byte[] frameHeader = in.readNBytes(24);
                byte[] page = in.readNBytes(pageSize);
                if (page.length < pageSize) {
                    return true; // no page 1 to tell by
                }
                if (ByteBuffer.wrap(frameHeader).getInt(0) == 1) {
                    return ByteBuffer.wrap(page).getInt(68) == Database.APPLICATION_ID;
                }
            }
            return true;
        } catch (IOException e) {
            return true;
        }
    }
}
