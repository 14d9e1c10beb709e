package org.thematica.ui.codebook;

import java.util.Locale;

/** Small pieces of plain English for messages and tooltips. */
final class Words {
    private Words() {
    }

    /** "1 coding", "3 codings", "no codings". */
    static String counted(long n, String noun) {
        if (n == 0) {
            return "no " + noun + "s";
        }
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * A service message ("a code named 'x' already exists") as a sentence for the status bar
     * and dialogs: capital first letter, full stop.
     */
    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String m = message.strip();
        m = m.substring(0, 1).toUpperCase(Locale.ROOT) + m.substring(1);
        return m.matches("(?s).*[.!?]$") ? m : m + ".";
    }

    /** 'a', 'b' and 'c' */
    static String quotedList(java.util.List<String> names) {
        java.util.List<String> q = names.stream().map(n -> "'" + n + "'").toList();
        if (q.size() <= 1) {
            return String.join("", q);
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
    }
}
