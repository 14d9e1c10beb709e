package org.thematica.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What SQLite's errors mean, in one line a user can read. */
final class SqliteMessages {
    private static final Pattern SQLITE_MESSAGE = Pattern.compile("\\[SQLITE_\\w+\\]\\s*(.*?)\\s*\\((.*)\\)");

    private SqliteMessages() {
    }

    /**
     * The first line of a driver message, without the driver's "[SQLITE_CORRUPT] The database
     * disk image is malformed (database disk image is malformed)" repetition.
     */
    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        Matcher m = SQLITE_MESSAGE.matcher(line);
        if (m.matches()) {
            String said = m.group(1).replaceFirst("^(?i)the ", "");
            return said.equalsIgnoreCase(m.group(2)) || said.isEmpty() ? m.group(2) : said + " (" + m.group(2) + ")";
        }
        return line;
    }
}
