package org.thematica.store;

/**
 * An SQL failure inside the project file that callers cannot reasonably handle (the file went
 * away, the disk is full). Unchecked so repositories stay readable; the message keeps SQLite's.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What SQLite said, once and without its error code ("database disk image is malformed"). */
    public String reason() {
        Throwable cause = getCause();
        return Database.firstLine(cause != null && cause.getMessage() != null ? cause.getMessage() : getMessage());
    }
}
