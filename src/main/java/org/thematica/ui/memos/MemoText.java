package org.thematica.ui.memos;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.thematica.model.Memo;

/** How a memo reads in the list: a title, a date, its first lines. */
final class MemoText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private MemoText() {
    }

    /** The title, else the first line of the text, else "Untitled memo". */
    static String heading(String title, String text) {
        if (!title.isBlank()) {
            return title.strip();
        }
        String first = text.strip().lines().findFirst().orElse("");
        return first.isEmpty() ? "Untitled memo" : first;
    }

    /** The first {@code lines} non-empty lines of the text (without the line used as the heading). */
    static String preview(Memo memo, int lines) {
        var text = memo.text().strip().lines().map(String::strip).filter(l -> !l.isEmpty());
        if (memo.title().isBlank()) {
            text = text.skip(1);
        }
        return String.join(" ", text.limit(lines).toList());
    }

    /** An ISO instant as local time ("14 Mar 2026, 09:30"); anything else as it is. */
    static String when(String iso, ZoneId zone) {
        try {
            return WHEN.format(Instant.parse(iso).atZone(zone));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
