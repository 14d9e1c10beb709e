package org.thematica.analysis;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text folded for matching (lower case, combining marks such as accents and Arabic harakat
 * removed) that remembers where each folded character came from, so a match found in the
 * folded text maps back to exact UTF-16 offsets of the original. Folding changes lengths
 * ("é" may be one or two characters, "İ" lower-cases to two), so offsets cannot be shared.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    /** {@code origin[i]}: the original offset of the character folded character i came from; one extra at the end. */
    private final int[] origin;

    private FoldedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    public static FoldedText of(String text) {
        int n = text.length();
        char[] out = new char[n + 8];
        int[] origin = new int[n + 9];
        int length = 0;
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c < 0x80) { // most of most transcripts: no lookup, no allocation
                if (length + 1 >= out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                    origin = Arrays.copyOf(origin, out.length + 1);
                }
                origin[length] = i;
                out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            String f = foldCached(cp);
            if (length + f.length() >= out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, length + f.length() + 1));
                origin = Arrays.copyOf(origin, out.length + 1);
            }
            for (int k = 0; k < f.length(); k++) {
                origin[length] = i;
                out[length++] = f.charAt(k);
            }
            i += Character.charCount(cp);
        }
        origin[length] = n;
        return new FoldedText(text, new String(out, 0, length), Arrays.copyOf(origin, length + 1));
    }

    /**
     * {@link #fold} of the Basic Multilingual Plane, filled as characters are met: folding
     * normalises each character, which for an Arabic or Turkish transcript was most of the
     * search pane's time. Entries are immutable strings, so a race only computes one twice.
     */
    private static final String[] BMP_FOLDS = new String[0x10000];

    private static String foldCached(int cp) {
        if (cp >= BMP_FOLDS.length) {
            return fold(cp);
        }
        String f = BMP_FOLDS[cp];
        if (f == null) {
            f = fold(cp);
            BMP_FOLDS[cp] = f;
        }
        return f;
    }

    /** Folds one code point; a query is folded the same way as the text it is looked for in. */
    static String fold(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        if (isMark(cp)) {
            return "";
        }
        String one = new String(Character.toChars(cp));
        String decomposed = Normalizer.normalize(one, Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c)).forEach(base::appendCodePoint);
        // only strip marks: Hangul syllables decompose into letters, and must stay whole
        String kept = base.length() == decomposed.length() ? one : base.toString();
        return kept.toLowerCase(Locale.ROOT);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Folds a whole string, as the text is folded (for queries). */
    public static String foldString(String s) {
        return of(s).folded();
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** The original offset where a match starting at folded offset {@code start} starts. */
    public int originalStart(int start) {
        return origin[start];
    }

    /**
     * The original offset where a match ending at folded offset {@code end} (exclusive) ends:
     * marks that folded to nothing after it belong to it, and a character that folded into
     * several is taken whole.
     */
    public int originalEnd(int end) {
        if (end == 0) {
            return 0;
        }
        int last = origin[end - 1];
        int e = end;
        while (e < folded.length() && origin[e] == last) {
            e++;
        }
        return origin[e];
    }
}
