package org.thematica.cli;

/** The command line was not understood; the message says how to call it. */
final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
