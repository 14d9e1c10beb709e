package org.thematica.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the raw lines of one caption into plain speech, split where the voice changes.
 *
 * <p>Lines are joined with a space. Formatting tags that captions use ({@code b i u s c v ruby
 * rt lang font span br}, WebVTT classes and annotations included) and inline timestamps
 * ({@code <00:00:01.000>}) are removed; the text of {@code <rt>} (ruby pronunciation) is
 * dropped so that it does not interleave with the base text. Any other {@code <...>} is kept as
 * written, because in a transcript "&lt;laughs&gt;" or "x &lt; y" is more likely content than
 * markup. SubRip/ASS position codes such as <code>{\an8}</code> are removed.
 *
 * <p>Character references {@code &amp; &lt; &gt; &quot; &apos; &nbsp; &lrm; &rlm;} and numeric
 * ones are decoded. {@code &nbsp;} becomes U+00A0 and {@code &lrm; &rlm;} become the invisible
 * U+200E / U+200F marks: in Arabic or Hebrew captions they decide where punctuation and Latin
 * words are shown, so dropping them would change how the coded text reads. References that
 * would yield control characters or a BOM are left as written, so the text stays normalised.
 * Stray U+FEFF characters (left by files joined together) are removed.
 */
final class CueText {
    /** One stretch of speech and who says it (null when nobody is named). */
    record Part(String speaker, String text) {
    }

    private static final Set<String> TAGS = Set.of(
            "b", "i", "u", "s", "c", "v", "ruby", "rt", "lang", "font", "span", "br");

    /** Longest tag, reference or position code we look for; bounds the work on broken input. */
    private static final int MAX_MARKUP = 256;

    private final List<String> speakers = new ArrayList<>();
    private final List<StringBuilder> texts = new ArrayList<>();
    private final StringBuilder speech = new StringBuilder();
    private final NextTag rtEnds = new NextTag("</rt>");
    private final NextTag rubyEnds = new NextTag("</ruby>");
    private String speaker;

    private CueText() {
    }

    /** The speech of one caption; empty when the caption holds no text. */
    static List<Part> parse(List<String> lines) {
        CueText cue = new CueText();
        cue.scan(String.join(" ", lines));
        cue.flush();
        return cue.labelled();
    }

    private void scan(String raw) {
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '<') {
                i = tag(raw, i);
            } else if (c == '&') {
                i = reference(raw, i);
            } else if (c == '{' && i + 1 < raw.length() && raw.charAt(i + 1) == '\\' && find(raw, '}', i) > 0) {
                i = find(raw, '}', i) + 1;
            } else {
                if (c != '\uFEFF') {
                    speech.append(c);
                }
                i++;
            }
        }
    }

    /** Handles the tag at {@code at}; returns where scanning goes on. */
    private int tag(String raw, int at) {
        int close = find(raw, '>', at);
        if (close < 0) {
            speech.append('<');
            return at + 1;
        }
        String body = raw.substring(at + 1, close);
        if (CueTimes.parse(body) != CueTimes.INVALID) {
            return close + 1;
        }
        boolean ending = body.startsWith("/");
        String rest = ending ? body.substring(1) : body;
        int nameEnd = 0;
        while (nameEnd < rest.length() && isAsciiLetter(rest.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = rest.substring(0, nameEnd).toLowerCase(Locale.ROOT);
        boolean wellFormed = nameEnd == rest.length() || ". \t/".indexOf(rest.charAt(nameEnd)) >= 0;
        if (!TAGS.contains(name) || !wellFormed) {
            speech.append('<');
            return at + 1;
        }
        if (name.equals("v")) {
            flush();
            speaker = ending ? null : voice(rest.substring(nameEnd));
        } else if (name.equals("br")) {
            speech.append(' ');
        } else if (name.equals("rt") && !ending) {
            return skipRubyText(raw, close + 1);
        }
        return close + 1;
    }

    /** {@code .loud Name} -> {@code Name}: classes are dropped, the annotation is the speaker. */
    private static String voice(String afterName) {
        int space = 0;
        while (space < afterName.length() && !Character.isWhitespace(afterName.charAt(space))) {
            space++;
        }
        String name = collapse(afterName.substring(space));
        return name.isEmpty() ? null : name;
    }

    private int skipRubyText(String raw, int from) {
        int endRt = rtEnds.next(raw, from);
        int endRuby = rubyEnds.next(raw, from);
        if (endRt < 0 && endRuby < 0) {
            return from; // unterminated: keep the text rather than lose it
        }
        if (endRt >= 0 && (endRuby < 0 || endRt < endRuby)) {
            return endRt + "</rt>".length();
        }
        return endRuby; // </ruby> itself is then skipped as a tag
    }

    private int reference(String raw, int at) {
        int semicolon = find(raw, ';', at);
        if (semicolon < 0 || semicolon - at > 12) {
            speech.append('&');
            return at + 1;
        }
        String decoded = decode(raw.substring(at + 1, semicolon));
        if (decoded == null) {
            speech.append('&');
            return at + 1;
        }
        speech.append(decoded);
        return semicolon + 1;
    }

    private static String decode(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return "\u00A0";
            case "lrm": return "\u200E";
            case "rlm": return "\u200F";
            default: return numeric(name);
        }
    }

    private static String numeric(String name) {
        if (!name.startsWith("#") || name.length() < 2) {
            return null;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        String digits = name.substring(hex ? 2 : 1);
        int code;
        try {
            code = Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return null;
        }
        boolean control = code < 0x20 || (code >= 0x7F && code < 0xA0);
        if (digits.startsWith("+") || digits.startsWith("-") || control || code == 0xFEFF
                || !Character.isValidCodePoint(code) || (code >= 0xD800 && code <= 0xDFFF)) {
            return null;
        }
        return new String(Character.toChars(code));
    }

    private void flush() {
        String text = collapse(speech.toString());
        speech.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        int last = speakers.size() - 1;
        if (last >= 0 && Objects.equals(speakers.get(last), speaker)) {
            texts.get(last).append(' ').append(text);
        } else {
            speakers.add(speaker);
            texts.add(new StringBuilder(text));
        }
    }

    /** Parts without a voice may still open with a written label such as {@code DR. SMITH:}. */
    private List<Part> labelled() {
        List<Part> result = new ArrayList<>(speakers.size());
        for (int i = 0; i < speakers.size(); i++) {
            Part part = new Part(speakers.get(i), texts.get(i).toString());
            Part label = part.speaker() == null ? SpeakerLabel.split(part.text()) : null;
            result.add(label == null ? part : label);
        }
        return result;
    }

    /** Runs of white space become one space; no-break spaces are kept, as they were meant. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Index of {@code c} within {@link #MAX_MARKUP} chars after {@code from}, or -1. */
    private static int find(String raw, char c, int from) {
        int limit = Math.min(raw.length(), from + MAX_MARKUP);
        for (int i = from; i < limit; i++) {
            if (raw.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Finds the next closing tag, remembering the last answer: scanning is left to right, so a
     * caption with thousands of {@code <rt>} stays linear instead of searching again each time.
     */
    private static final class NextTag {
        private final String tag;
        private int searchedFrom = Integer.MAX_VALUE;
        private int found = -1;

        NextTag(String tag) {
            this.tag = tag;
        }

        int next(String raw, int from) {
            if (from >= searchedFrom && (found < 0 || found >= from)) {
                return found;
            }
            searchedFrom = from;
            found = -1;
            for (int i = raw.indexOf('<', from); i >= 0; i = raw.indexOf('<', i + 1)) {
                if (raw.regionMatches(true, i, tag, 0, tag.length())) {
                    found = i;
                    break;
                }
            }
            return found;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
