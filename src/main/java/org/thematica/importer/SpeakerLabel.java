package org.thematica.importer;

/**
 * Finds a speaker written at the start of a caption, as in {@code DR. SMITH: Good morning} or
 * {@code المحاور: ...}, the way Zoom, Otter and many hand-made captions name speakers.
 *
 * <p>A label is short (at most 40 characters and four words), starts with a letter of any
 * script (so a time such as {@code 10:30} is never a label), holds only letters, marks, digits,
 * spaces and {@code . ' ’ - _ ( )}, and is followed by a colon and some speech; after an
 * ASCII colon a space is required, after a full-width colon (CJK) it is not. A caption that
 * opens with a dialogue dash is left as text. An ordinary sentence such as {@code Note: ...}
 * will also be taken as a label; that is the price of accepting labels without knowing the
 * speakers in advance.
 */
final class SpeakerLabel {
    private static final int MAX_LENGTH = 40;
    private static final int MAX_WORDS = 4;

    private SpeakerLabel() {
    }

    /** The label and the speech after it, or null when the text does not open with a label. */
    static CueText.Part split(String text) {
        if (text.isEmpty() || !Character.isLetter(text.codePointAt(0))) {
            return null;
        }
        int limit = Math.min(text.length(), MAX_LENGTH + 1);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '\uFF1A') {
                return labelled(text, i);
            }
            if (!allowed(c)) {
                return null;
            }
        }
        return null;
    }

    private static CueText.Part labelled(String text, int colon) {
        String label = text.substring(0, colon).strip();
        String speech = text.substring(colon + 1);
        // CJK text puts no space after a full-width colon; after ':' a space tells "JOHN: hi"
        // from "Note:this" or "x:y".
        boolean spaced = text.charAt(colon) == '\uFF1A'
                || (!speech.isEmpty() && Character.isWhitespace(speech.charAt(0)));
        if (!spaced || speech.isBlank() || label.split(" ").length > MAX_WORDS) {
            return null;
        }
        return new CueText.Part(label, speech.strip());
    }

    private static boolean allowed(char c) {
        // Surrogate halves pass so that letters outside the BMP (CJK extensions, historic
        // scripts) work; an emoji in a label slips through too, which is odd but harmless.
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c) || isMark(c)
                || c == ' ' || ".'’-_()".indexOf(c) >= 0;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
