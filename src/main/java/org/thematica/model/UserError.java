package org.thematica.model;

/**
 * A problem the user can understand and fix: an unknown name, a clash, a range outside the
 * text. The message is shown as it is (one sentence, naming the thing concerned).
 */
public final class UserError extends Exception {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
