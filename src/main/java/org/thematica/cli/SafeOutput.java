package org.thematica.cli;

import java.io.PrintStream;
import org.thematica.model.Names;

/**
 * Everything the command line prints passes through here. A project made elsewhere (or by an
 * older version) may hold names with escape sequences, bells or bidirectional overrides; they
 * are printed as {@code \u001B} and the like so that they can neither drive the terminal nor
 * disguise a line. Line breaks and tabs this program writes itself pass unchanged.
 */
final class SafeOutput extends PrintStream {
    private final PrintStream target;

    /** Strings go to {@code target} to be encoded as it encodes them (a console's own charset). */
    SafeOutput(PrintStream target) {
        super(target, true);
        this.target = target;
    }

    /**
     * The text as it may reach a terminal. A carriage return passes only as the first half of a
     * CRLF (the CSV this program prints); alone it would move the cursor back over a line.
     */
    static String escape(String text) {
        if (text.codePoints().noneMatch(SafeOutput::escaped)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean lineEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (escaped(c) && !lineEnd) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    private static boolean escaped(int c) {
        return c != '\n' && c != '\t' && Names.isForbidden(c);
    }

    @Override
    public void print(String s) {
        target.print(escape(String.valueOf(s)));
        target.flush();
    }

    @Override
    public void print(Object o) {
        print(String.valueOf(o));
    }

    @Override
    public void println(String s) {
        synchronized (this) {
            print(s);
            println();
        }
    }

    @Override
    public void println(Object o) {
        println(String.valueOf(o));
    }
}
