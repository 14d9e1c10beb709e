package org.thematica.store;

import java.sql.SQLException;

/** Failures with a plain cause the user can act on, told as such rather than as internal errors. */
public final class Failures {
    /** SQLite's primary result code for a full disk (SQLITE_FULL). */
    private static final int SQLITE_FULL = 13;

    private Failures() {
    }

    /** True when {@code error}, or anything that caused it, says the disk (or quota) is full. */
    public static boolean isDiskFull(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() & 0xff) == SQLITE_FULL) {
                return true;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("SQLITE_FULL") || m.contains("No space left on device")
                    || m.contains("Disk quota exceeded"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The one line for a full disk. */
    public static String diskFull() {
        return "the disk is full, so this was not saved; free some space and try again (what was saved before is intact)";
    }
}
