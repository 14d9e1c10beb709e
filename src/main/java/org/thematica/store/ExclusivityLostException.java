package org.thematica.store;

import java.nio.file.Path;

/**
 * Thematica no longer has the project to itself, so it refuses to write: its files were
 * changed from outside while it was open (see {@link Custody}). Once thrown, every later write
 * to that project in this process is refused the same way; nothing that follows says "saved".
 */
public final class ExclusivityLostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExclusivityLostException(Path file, String what) {
        super(file.getFileName() + ": Thematica has stopped saving this project, because its files were changed"
                + " from outside while it was open here (" + what + "). Your last change may not be saved."
                + " Quit Thematica, then open the project again.");
    }
}
