package org.thematica.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a project can be written where it is. A writer needs to write the file and to make
 * its log, index and lock file beside it; on a read-only file or folder (a CD, a read-only share,
 * a file sent as read-only) SQLite fails half way with errors that read like damage
 * ("unable to open database file", SQLITE_READONLY). Such a project is opened to look at, and
 * said to be read-only, rather than called damaged.
 */
final class Writability {
    private Writability() {
    }

    /** Null when the project and its folder can be written; otherwise which of them cannot. */
    static String whyReadOnly(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isWritable(folder)) {
            return "its folder " + folder + " is read-only";
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            return "the file is read-only";
        }
        return null;
    }

    /** Refuses opening for writing what cannot be written, in one line that says how to look at it. */
    static void refuseWriting(Path file, boolean forWriting) throws ProjectException {
        String why = forWriting ? whyReadOnly(file) : null;
        if (why != null) {
            throw new ProjectException(ProjectException.Reason.READ_ONLY, file, "cannot be changed: " + why
                    + "; it can still be opened read-only (commands that only read work)");
        }
    }

    /**
     * True when no process can be writing the project: its folder is read-only and it has no
     * log, so SQLite may read it as immutable, without the index it could not create.
     */
    static boolean isFrozen(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && !Files.isWritable(folder) && !Files.exists(ProjectFiles.wal(file))
                && !Files.exists(ProjectFiles.shm(file));
    }
}
