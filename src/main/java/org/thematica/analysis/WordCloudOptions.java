package org.thematica.analysis;

import java.util.Map;
import java.util.TreeMap;
import org.thematica.analysis.WordStems.Forms;

/**
 * The word cloud's own choices, kept in its figure settings as text options.
 *
 * @param minLength    words shorter than this many letters are left out
 * @param maxWords     the most frequent words shown
 * @param themeColours colour each word by the theme it is most coded with (else one colour)
 * @param numbers      count numbers ("2014") as words
 */
public record WordCloudOptions(WordScope scope, int minLength, int maxWords, Forms forms, boolean themeColours,
                               boolean numbers) {
    public static final int MIN_WORDS = 5;
    public static final int MAX_WORDS = 500;
    public static final int MAX_LENGTH = 12;

    public WordCloudOptions {
        minLength = Math.max(1, Math.min(MAX_LENGTH, minLength));
        maxWords = Math.max(MIN_WORDS, Math.min(MAX_WORDS, maxWords));
    }

    public static WordCloudOptions defaults() {
        return new WordCloudOptions(WordScope.CORPUS, 3, 100, Forms.PLURALS, true, false);
    }

    /** Reads the options of a figure's settings; missing or unreadable ones take their defaults. */
    public static WordCloudOptions from(Map<String, String> options) {
        WordCloudOptions d = defaults();
        return new WordCloudOptions(WordScope.parse(options.get("scope")), number(options.get("min-length"), d.minLength),
                number(options.get("max-words"), d.maxWords),
                options.containsKey("forms") ? Forms.parse(options.get("forms")) : d.forms,
                !"single".equals(options.get("colour")), "yes".equals(options.get("numbers")));
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new TreeMap<>();
        m.put("scope", scope.key());
        m.put("min-length", String.valueOf(minLength));
        m.put("max-words", String.valueOf(maxWords));
        m.put("forms", forms.key());
        m.put("colour", themeColours ? "theme" : "single");
        m.put("numbers", numbers ? "yes" : "no");
        return m;
    }

    public WordCloudOptions withScope(WordScope s) {
        return new WordCloudOptions(s, minLength, maxWords, forms, themeColours, numbers);
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
