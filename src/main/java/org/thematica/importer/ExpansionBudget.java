package org.thematica.importer;

/**
 * How far a file may expand while it is read. The size limit on a file ({@link ReadOptions#maxBytes},
 * 64 MB) would mean little if an 18 KB .odt could still unpack to 5 GB of spaces, or a 600 KB PDF
 * to 600 MB of page content: memory and time follow what a file expands to, not its size on disk.
 * So every reader that expands its input charges what it produces to one of these, each holding
 * the same limit as the file itself: no file may cost more than the largest plain-text file we
 * accept. What is charged: the bytes inflated from a zip (.docx, .odt), the bytes of PDF content
 * streams interpreted (a page or form drawn twice counts twice), and the characters of text a
 * reader builds. Not thread-safe: one budget serves one read of one file.
 */
final class ExpansionBudget {
    /** The file expands past the limit; the message ends a sentence that begins with the file's name. */
    static final class Exceeded extends Exception {
        private static final long serialVersionUID = 1L;

        private Exceeded(String reason) {
            super(reason, null, false, false); // a refusal, not a bug: no stack trace to fill
        }
    }

    private final long limit;
    private final String what;
    private final String hint;
    private long left;

    private ExpansionBudget(long limit, String what, String hint) {
        this.limit = limit;
        this.what = what;
        this.hint = hint;
        this.left = limit;
    }

    /** For the bytes a zip archive's entries inflate to. */
    static ExpansionBudget unpacked(ReadOptions options) {
        return new ExpansionBudget(options.maxBytes(), "unpacks to", "; possibly a zip bomb");
    }

    /** For the bytes of PDF content streams interpreted, forms and repeated pages included. */
    static ExpansionBudget pageContent(ReadOptions options) {
        return new ExpansionBudget(options.maxBytes(), "has page content of", "");
    }

    /** For the characters of text a reader builds. */
    static ExpansionBudget text(ReadOptions options) {
        return new ExpansionBudget(options.maxBytes(), "holds text of", "");
    }

    /** What may still be charged. */
    long left() {
        return Math.max(0, left);
    }

    /** Takes {@code amount} from what is left. */
    void charge(long amount) throws Exceeded {
        left -= amount;
        if (left < 0) {
            throw new Exceeded("is too large: it " + what + " more than " + Importers.formatSize(limit)
                    + " (the import limit)" + hint);
        }
    }

    /** Like {@link #charge} for callers that cannot throw a checked exception (a library's callback). */
    void chargeUnchecked(long amount) {
        try {
            charge(amount);
        } catch (Exceeded e) {
            throw new Overrun(e);
        }
    }

    /** Carries {@link Exceeded} through a library's code; the reader unwraps it. */
    static final class Overrun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Overrun(Exceeded cause) {
            super(cause.getMessage(), cause, false, false);
        }

        Exceeded exceeded() {
            return (Exceeded) getCause();
        }
    }
}
