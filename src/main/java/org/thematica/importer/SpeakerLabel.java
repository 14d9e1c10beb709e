package org.thematica.importer;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises a speaker label at the start of one line: {@code NAME: speech},
 * {@code [NAME] speech} or {@code [NAME]: speech} (a full-width colon also counts, and so does
 * one space before the colon, as French typography writes it).
 *
 * <p>A name is 1-4 words and at most 40 characters; it starts with a letter of any script and
 * holds only letters, combining marks (Arabic vowel signs), digits, dots, apostrophes, hyphens,
 * underscores and parentheses ({@code JOHN (V.O.)}). After the label comes a space, a tab or
 * the end of the line (nothing is needed after a full-width colon), so that URLs
 * ({@code http://}) and ratios ({@code A:B}) are not labels; clock times ({@code 10:30}) fail
 * because a name starts with a letter. Each line is looked at for at most ~50 characters, so
 * the scan is linear in the text. Transcripts ({@link SpeakerTurnDetector}) and subtitle cues
 * ({@link CueText}) share this one definition of a label.
 */
final class SpeakerLabel {
    static final int MAX_NAME = 40;
    private static final int MAX_WORDS = 4;
    /** Indentation and direction marks allowed before a label (RTL transcripts often start with RLM). */
    private static final int MAX_LEAD = 8;

    /**
     * Words that end in a colon or sit in brackets at a line start without naming a speaker:
     * document metadata and transcription notes. Compared in lower case.
     */
    private static final Set<String> NOT_SPEAKERS = Set.of(
            "note", "notes", "nb", "n.b", "ps", "p.s", "date", "time", "place", "location", "duration",
            "length", "title", "subject", "topic", "source", "sources", "transcriber", "transcribed by",
            "project", "file", "recording", "interview date", "page", "summary", "keywords", "abstract",
            "email", "e-mail", "tel", "phone", "url", "website", "from", "to", "cc", "re", "sent", "example",
            "warning", "tip", "translation", "translated", "inaudible", "unintelligible", "unclear",
            "indistinct", "laughter", "laughs", "laughing", "crosstalk", "cross talk", "overlapping",
            "pause", "long pause", "silence", "music", "noise", "background noise", "applause",
            "cough", "coughs", "sigh", "sighs", "break", "interruption", "interrupted", "end",
            "start", "end of recording", "end of interview");

    private SpeakerLabel() {
    }

    /** A label found: the name, and where the label (brackets, colon) ends in the text. */
    private record Found(String name, int end) {
    }

    /** The label at the line {@code [lineStart, lineEnd)}, without brackets or colon; or null. */
    static String at(String text, int lineStart, int lineEnd) {
        Found found = find(text, lineStart, lineEnd);
        return found == null ? null : found.name();
    }

    /**
     * Splits a caption that opens with a speaker label into the label and the speech after it;
     * null when it does not open with a label or nothing is said after it.
     */
    static CueText.Part split(String caption) {
        int lineEnd = caption.indexOf('\n');
        Found found = find(caption, 0, lineEnd < 0 ? caption.length() : lineEnd);
        if (found == null) {
            return null;
        }
        String speech = caption.substring(found.end()).strip();
        return speech.isEmpty() ? null : new CueText.Part(found.name(), speech);
    }

    private static Found find(String text, int lineStart, int lineEnd) {
        int p = lineStart;
        while (p < lineEnd && p - lineStart < MAX_LEAD && isLead(text.charAt(p))) {
            p++;
        }
        if (p >= lineEnd) {
            return null;
        }
        return text.charAt(p) == '[' ? bracketed(text, p + 1, lineEnd) : colonTerminated(text, p, lineEnd);
    }

    private static Found bracketed(String text, int from, int lineEnd) {
        int limit = Math.min(lineEnd, from + MAX_NAME + 1);
        int close = from;
        while (close < limit && text.charAt(close) != ']') {
            close++;
        }
        if (close >= limit) {
            return null;
        }
        int after = close + 1;
        if (after < lineEnd && isColon(text.charAt(after))) {
            after++;
        }
        return endsLabel(text, after, lineEnd) ? found(validName(text.substring(from, close)), after) : null;
    }

    private static Found found(String name, int end) {
        return name == null ? null : new Found(name, end);
    }

    private static Found colonTerminated(String text, int from, int lineEnd) {
        int limit = Math.min(lineEnd, from + MAX_NAME + 2);
        int colon = from;
        while (colon < limit && !isColon(text.charAt(colon))) {
            colon++;
        }
        // CJK puts no space after a full-width colon: "田中：こんにちは"
        boolean fullWidth = colon < limit && text.charAt(colon) == '\uFF1A';
        if (colon >= limit || !(fullWidth || endsLabel(text, colon + 1, lineEnd))) {
            return null;
        }
        int nameEnd = colon;
        if (nameEnd > from && text.charAt(nameEnd - 1) == ' ') {
            nameEnd--; // "Enquêteur : ..."
        }
        return found(validName(text.substring(from, nameEnd)), colon + 1);
    }

    private static boolean endsLabel(String text, int at, int lineEnd) {
        return at >= lineEnd || text.charAt(at) == ' ' || text.charAt(at) == '\t';
    }

    private static String validName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME || !Character.isLetter(name.codePointAt(0))
                || name.endsWith(" ")) {
            return null;
        }
        int words = 1;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (cp == ' ') {
                if (name.charAt(i - 1) == ' ' || ++words > MAX_WORDS) {
                    return null;
                }
            } else if (!isNameCharacter(cp)) {
                return null;
            }
            i += Character.charCount(cp);
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return NOT_SPEAKERS.contains(key) ? null : name;
    }

    private static boolean isNameCharacter(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || cp == '.' || cp == '\'' || cp == '\u2019' || cp == '-' || cp == '_' || cp == '(' || cp == ')';
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '\uFF1A';
    }

    private static boolean isLead(char c) {
        return c == ' ' || c == '\t' || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
