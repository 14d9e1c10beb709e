package org.thematica.importer;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the legacy single-byte encoding of a file that is not UTF-8, best guess first.
 *
 * <p>ICU's n-gram detector does the language work. We keep only its single-byte answers: the
 * files we meet are old Windows exports (Western, Turkish, Arabic, Cyrillic, Central European,
 * Greek, Hebrew), and a short Turkish file is readily "valid" GB18030 or Shift_JIS by accident.
 * Two corrections follow, because ICU only reads the first 8 KB and is unsure on short texts:
 * <ul>
 *   <li>ISO-8859-x becomes its windows-125x superset when bytes 0x80-0x9F occur anywhere
 *       (in ISO-8859 they are invisible control codes; in Windows files they are quotes and
 *       dashes).</li>
 *   <li>Western and Turkish differ only in six letters (0xD0 0xDD 0xDE 0xF0 0xFD 0xFE:
 *       Ğ İ Ş ğ ı ş against Icelandic Ð Ý Þ ð ý þ). If any occurs, the text is Turkish; if none
 *       does, both decode identically and we call it Western. Icelandic users need --encoding.</li>
 *   <li>On short texts ICU scores Western European text as Central European about as often as
 *       not (French "très", "crème" read as "trčs", "crčme"). Western is by far the commoner
 *       source for our users, so Central European wins only by a clear margin
 *       ({@value #CENTRAL_MARGIN} points of ICU confidence); a short Czech or Polish file may
 *       then need --encoding.</li>
 * </ul>
 */
final class LegacyEncodingGuesser {
    /** A charset to try and the words that tell the user what it is for. */
    record Guess(Charset charset, String description) {
    }

    private static final int SAMPLE = 8000;
    static final int CENTRAL_MARGIN = 10;
    private static final String WESTERN = "windows-1252";
    private static final String TURKISH = "windows-1254";

    /** ICU names (single-byte ones only) to the charset we decode with, without C1 bytes / with. */
    private static final Map<String, String[]> SINGLE_BYTE = Map.ofEntries(
            Map.entry("ISO-8859-1", new String[] {"ISO-8859-1", WESTERN}),
            Map.entry("windows-1252", new String[] {WESTERN, WESTERN}),
            Map.entry("ISO-8859-9", new String[] {"ISO-8859-9", TURKISH}),
            Map.entry("windows-1254", new String[] {TURKISH, TURKISH}),
            Map.entry("ISO-8859-6", new String[] {"ISO-8859-6", "windows-1256"}),
            Map.entry("windows-1256", new String[] {"windows-1256", "windows-1256"}),
            Map.entry("ISO-8859-2", new String[] {"ISO-8859-2", "windows-1250"}),
            Map.entry("windows-1250", new String[] {"windows-1250", "windows-1250"}),
            Map.entry("ISO-8859-5", new String[] {"ISO-8859-5", "ISO-8859-5"}),
            Map.entry("windows-1251", new String[] {"windows-1251", "windows-1251"}),
            Map.entry("KOI8-R", new String[] {"KOI8-R", "KOI8-R"}),
            Map.entry("ISO-8859-7", new String[] {"ISO-8859-7", "windows-1253"}),
            Map.entry("windows-1253", new String[] {"windows-1253", "windows-1253"}),
            Map.entry("ISO-8859-8", new String[] {"ISO-8859-8", "windows-1255"}),
            Map.entry("ISO-8859-8-I", new String[] {"ISO-8859-8", "windows-1255"}),
            Map.entry("windows-1255", new String[] {"windows-1255", "windows-1255"}));

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("ISO-8859-1", "Western European"), Map.entry(WESTERN, "Western European"),
            Map.entry("ISO-8859-9", "Turkish"), Map.entry(TURKISH, "Turkish"),
            Map.entry("ISO-8859-6", "Arabic"), Map.entry("windows-1256", "Arabic"),
            Map.entry("ISO-8859-2", "Central European"), Map.entry("windows-1250", "Central European"),
            Map.entry("ISO-8859-5", "Cyrillic"), Map.entry("windows-1251", "Cyrillic"),
            Map.entry("KOI8-R", "Russian"),
            Map.entry("ISO-8859-7", "Greek"), Map.entry("windows-1253", "Greek"),
            Map.entry("ISO-8859-8", "Hebrew"), Map.entry("windows-1255", "Hebrew"));

    private LegacyEncodingGuesser() {
    }

    /** Candidates in order of preference; never empty (Western is the last resort). */
    static List<Guess> guesses(byte[] bytes) {
        boolean c1 = hasC1Bytes(bytes);
        boolean turkishLetters = hasTurkishOnlyLetters(bytes);
        Map<String, Guess> ordered = new LinkedHashMap<>();
        for (String icuName : preferWestern(icuSingleByteMatches(bytes))) {
            String name = SINGLE_BYTE.get(icuName)[c1 ? 1 : 0];
            if (isWestern(name) && turkishLetters) {
                name = c1 ? TURKISH : "ISO-8859-9";
            } else if (isTurkish(name) && !turkishLetters) {
                name = c1 ? WESTERN : "ISO-8859-1";
            }
            add(ordered, name);
        }
        add(ordered, turkishLetters ? TURKISH : WESTERN);
        add(ordered, WESTERN);
        return new ArrayList<>(ordered.values());
    }

    private static void add(Map<String, Guess> ordered, String name) {
        if (!ordered.containsKey(name) && Charset.isSupported(name)) {
            ordered.put(name, new Guess(Charset.forName(name), DESCRIPTIONS.getOrDefault(name, name)));
        }
    }

    /** An ICU answer: a charset name and its confidence (0-100). */
    private record Match(String name, int confidence) {
    }

    private static List<Match> icuSingleByteMatches(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample(bytes));
        List<Match> matches = new ArrayList<>();
        for (CharsetMatch match : detector.detectAll()) {
            if (SINGLE_BYTE.containsKey(match.getName()) && match.getConfidence() > 0) {
                matches.add(new Match(match.getName(), match.getConfidence()));
            }
        }
        return matches;
    }

    /** Moves a Western answer ahead of a Central European one that is not clearly better. */
    private static List<String> preferWestern(List<Match> matches) {
        List<String> names = new ArrayList<>();
        Match western = matches.stream().filter(m -> isWestern(SINGLE_BYTE.get(m.name())[1])).findFirst().orElse(null);
        if (!matches.isEmpty() && isCentral(matches.get(0).name()) && western != null
                && western.confidence() >= matches.get(0).confidence() - CENTRAL_MARGIN) {
            names.add(western.name());
        }
        for (Match m : matches) {
            if (!names.contains(m.name())) {
                names.add(m.name());
            }
        }
        return names;
    }

    private static boolean isCentral(String icuName) {
        return icuName.equals("ISO-8859-2") || icuName.equals("windows-1250");
    }

    /**
     * ICU judges only the first 8 KB; start the sample a little before the first non-ASCII byte
     * so that a long English preamble does not hide the letters that tell the languages apart.
     */
    private static byte[] sample(byte[] bytes) {
        int firstHigh = 0;
        while (firstHigh < bytes.length && bytes[firstHigh] >= 0) {
            firstHigh++;
        }
        int from = Math.max(0, Math.min(firstHigh - SAMPLE / 4, bytes.length - SAMPLE));
        return Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + SAMPLE));
    }

    private static boolean isWestern(String name) {
        return name.equals(WESTERN) || name.equals("ISO-8859-1");
    }

    private static boolean isTurkish(String name) {
        return name.equals(TURKISH) || name.equals("ISO-8859-9");
    }

    private static boolean hasC1Bytes(byte[] bytes) {
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80 && v <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTurkishOnlyLetters(byte[] bytes) {
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0xD0 || v == 0xDD || v == 0xDE || v == 0xF0 || v == 0xFD || v == 0xFE) {
                return true;
            }
        }
        return false;
    }
}
