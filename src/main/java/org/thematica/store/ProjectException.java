package org.thematica.store;

import java.nio.file.Path;

/**
 * A project file that cannot be opened or created. The message is one line that names the file
 * and says what is wrong; nothing in the file has been changed when this is thrown.
 */
public final class ProjectException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the project could not be opened, so callers can offer the right way out. */
    public enum Reason { NOT_FOUND, EXISTS, NOT_A_PROJECT, TOO_NEW, DAMAGED, LOCKED, READ_ONLY, IO }

    private final Reason reason;

    public ProjectException(Reason reason, Path file, String detail) {
        super(file.getFileName() + ": " + detail);
        this.reason = reason;
    }

    public ProjectException(Reason reason, Path file, String detail, Throwable cause) {
        super(file.getFileName() + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
