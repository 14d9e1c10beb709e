package org.thematica.importer;

import java.nio.file.Path;

/** A file that cannot be imported; the message names the file and says why, in one line. */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public ImportException(Path file, String reason) {
        super(file.getFileName() + ": " + reason);
        this.file = file;
    }

    public ImportException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
