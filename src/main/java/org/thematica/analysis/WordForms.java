package org.thematica.analysis;

import java.text.Normalizer;

/**
 * How the word cloud decides that two written words are the same word: it folds each word to a
 * key, and counts keys. The word as written is kept for display.
 *
 * <ul>
 *   <li><b>Case.</b> Unicode lower case, letter by letter, with one exception for Turkish (and
 *       Azerbaijani), whose dotted and dotless i are different letters: {@code İ} and {@code i}
 *       fold to {@code i}, {@code ı} stays {@code ı}, and capital {@code I} folds to {@code ı}
 *       in a word that has a letter only those alphabets use ({@code ı İ ğ ş ə}), else to
 *       {@code i}. So "Işık" and "ışık" are one word, "İnsan" and "insan" are one word, and
 *       "Iraq" and "iraq" are one word. Locale-aware lower-casing would need the language of
 *       each word, which a mixed English, Arabic and Turkish corpus does not give; the cost of
 *       this rule is that an all-capitals Turkish word without such a letter ("IRAK") folds as
 *       in English ("irak"), a separate word from "ırak".</li>
 *   <li><b>Marks.</b> Arabic harakat (fatha, damma, kasra, tanwin, shadda, sukun, dagger alef,
 *       Quranic marks) and Hebrew points are optional in writing and dropped. Every other mark
 *       stays: Latin accents and the Turkish letters ç ğ ö ş ü are letters in their own right
 *       (the search, which ignores accents, may match more).</li>
 *   <li><b>Arabic letters.</b> As Lucene's Arabic normaliser: tatweel dropped; alef with hamza
 *       or madda and alef wasla become bare alef; alef maksura becomes yeh; teh marbuta becomes
 *       heh. Presentation forms (from some PDFs) become ordinary letters.</li>
 *   <li><b>Punctuation inside words.</b> Typographic apostrophes become {@code '}, Unicode
 *       hyphens {@code -}; soft hyphens are dropped.</li>
 * </ul>
 */
public final class WordForms {
    private static final char TATWEEL = '\u0640';
    private static final char ALEF = '\u0627';
    private static final char YEH = '\u064A';
    private static final char HEH = '\u0647';

    private WordForms() {
    }

    /** The key of a word as written. Folding a key again changes nothing. */
    public static String fold(String word) {
        if (isPlainLower(word)) {
            return word;
        }
        String w = word;
        if (needsCompatibility(w)) {
            w = Normalizer.normalize(w, Normalizer.Form.NFKC);
        }
        boolean turkish = hasTurkishLetter(w);
        StringBuilder out = new StringBuilder(w.length());
        boolean marks = false;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            int mapped = map(cp, turkish);
            if (mapped >= 0) {
                out.appendCodePoint(mapped);
                marks |= mapped >= 0x300 && WordCounter.isMark(mapped);
            }
        }
        String folded = out.toString();
        if (marks && !Normalizer.isNormalized(folded, Normalizer.Form.NFC)) {
            folded = Normalizer.normalize(folded, Normalizer.Form.NFC);
        }
        return folded;
    }

    /** One code point folded, or -1 to drop it. */
    private static int map(int cp, boolean turkish) {
        switch (cp) {
            case 'I':
                return turkish ? '\u0131' : 'i';
            case '\u0130': // İ
                return 'i';
            case '\u2019': case '\u2018': case '\u02BC': case '\u2032':
                return '\'';
            case '\u2010': case '\u2011':
                return '-';
            case '\u00AD': case TATWEEL:
                return -1;
            case '\u0622': case '\u0623': case '\u0625': case '\u0671':
                return ALEF;
            case '\u0649':
                return YEH;
            case '\u0629':
                return HEH;
            default:
                if (isOptionalMark(cp)) {
                    return -1;
                }
                return Character.toLowerCase(cp);
        }
    }

    /** Arabic harakat and Quranic marks, Hebrew points: vowel signs writers usually leave out. */
    static boolean isOptionalMark(int cp) {
        return cp >= 0x064B && cp <= 0x065F || cp == 0x0670 || cp >= 0x0610 && cp <= 0x061A
                || cp >= 0x06D6 && cp <= 0x06DC || cp >= 0x06DF && cp <= 0x06E8 || cp >= 0x06EA && cp <= 0x06ED
                || cp >= 0x0591 && cp <= 0x05BD || cp == 0x05BF || cp == 0x05C1 || cp == 0x05C2 || cp == 0x05C4
                || cp == 0x05C5 || cp == 0x05C7;
    }

    private static boolean isPlainLower(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Presentation forms, ligatures and full-width letters, which NFKC turns into ordinary letters. */
    private static boolean needsCompatibility(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '\uFB00' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF' || c >= '\uFF01' && c <= '\uFF5E') {
                return true;
            }
        }
        return false;
    }

    /** A letter only the Turkish and Azerbaijani alphabets use (so a capital I in the word is dotless). */
    static boolean hasTurkishLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            switch (w.charAt(i)) {
                case '\u0131': case '\u0130': case '\u011F': case '\u011E': case '\u015F': case '\u015E':
                case '\u0259': case '\u018F':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** Letters in a folded word: code points that are not marks ("الحرب" and "الْحَرْب" both have 5). */
    public static int letters(String folded) {
        int n = 0;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (!WordCounter.isMark(cp) && cp != '\'' && cp != '-') {
                n++;
            }
        }
        return n;
    }

    /** True when a word has no letter: a number such as "2014" or "2006-2011". */
    public static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** True when the word is written in Arabic script. */
    public static boolean isArabic(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** True when the word is written in Latin script. */
    public static boolean isLatin(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
