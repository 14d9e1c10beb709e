package org.thematica.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a library's exception into a few plain words for a refusal message. Library messages
 * can be long, technical or missing; we keep the first line, cut it short, and fall back to a
 * generic phrase rather than showing a class name such as NullPointerException.
 */
final class Reasons {
    private static final int MAX = 120;
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*: ");

    private Reasons() {
    }

    static String brief(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null && message == null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && !(t instanceof NullPointerException)
                    && !(t instanceof ClassCastException) && !(t instanceof IndexOutOfBoundsException)) {
                message = m;
            }
        }
        if (message == null) {
            return "its internal structure is damaged";
        }
        String firstLine = message.strip().lines().findFirst().orElse("").strip();
        if (firstLine.toLowerCase(Locale.ROOT).contains("zip bomb")) {
            return "it unpacks to an implausible size; possibly a zip bomb";
        }
        firstLine = CLASS_PREFIX.matcher(firstLine).replaceFirst(""); // "java.util.zip.ZipException: "
        int end = firstLine.length();
        while (end > 0 && ".! ".indexOf(firstLine.charAt(end - 1)) >= 0) {
            end--; // the caller ends the sentence
        }
        firstLine = firstLine.substring(0, end);
        return firstLine.length() <= MAX ? firstLine : firstLine.substring(0, MAX - 1) + "\u2026";
    }
}
