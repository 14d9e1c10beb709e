package org.thematica.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words left out of the word cloud. Three built-in lists, each the list a search engine uses
 * for the language plus the fillers of spoken interviews:
 * <ul>
 *   <li><b>English:</b> the Snowball project's list (BSD licence, snowballstem.org), as shipped
 *       in Apache Lucene, plus {@code stopwords/english-speech.txt} (ours);</li>
 *   <li><b>Arabic:</b> Jacques Savoy's list (BSD licence, University of Neuchâtel), as shipped
 *       in Apache Lucene, plus {@code stopwords/arabic-speech.txt} (ours);</li>
 *   <li><b>Turkish:</b> the list of Lucene issue LUCENE-559 merged with that of Can et al.,
 *       "Information Retrieval on Turkish Texts" (JASIST 2008), as shipped in Apache Lucene
 *       (Apache licence 2.0), plus {@code stopwords/turkish-speech.txt} (ours).</li>
 * </ul>
 * A project chooses which lists apply and adds or keeps words of its own ({@link Choice}).
 * Words are compared folded ({@link WordForms#fold}), so "The" and "أن" match "the" and "ان".
 */
public final class StopWords {
    /** A language with a built-in list. */
    public enum Language {
        ENGLISH("english", "English"), ARABIC("arabic", "Arabic"), TURKISH("turkish", "Turkish");

        private final String key;
        private final String label;

        Language(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        static Language parse(String key) {
            for (Language l : values()) {
                if (l.key.equalsIgnoreCase(key.strip())) {
                    return l;
                }
            }
            return null;
        }
    }

    private static final Map<Language, Set<String>> BUILT_IN = new EnumMap<>(Language.class);

    private StopWords() {
    }

    /** The built-in list of a language, folded, in its files' order. */
    public static synchronized Set<String> builtIn(Language language) {
        return BUILT_IN.computeIfAbsent(language, StopWords::load);
    }

    private static Set<String> load(Language language) {
        Set<String> words = new LinkedHashSet<>();
        switch (language) {
            case ENGLISH -> {
                read(org.apache.lucene.analysis.snowball.SnowballFilter.class, "english_stop.txt", words);
                read(StopWords.class, "stopwords/english-speech.txt", words);
            }
            case ARABIC -> {
                read(org.apache.lucene.analysis.ar.ArabicAnalyzer.class, "stopwords.txt", words);
                read(StopWords.class, "stopwords/arabic-speech.txt", words);
            }
            case TURKISH -> {
                read(org.apache.lucene.analysis.tr.TurkishAnalyzer.class, "stopwords.txt", words);
                read(StopWords.class, "stopwords/turkish-speech.txt", words);
            }
            default -> throw new AssertionError(language);
        }
        return Collections.unmodifiableSet(words);
    }

    /** Reads a word list: words separated by white space; '#' and '|' start comments (Lucene and Snowball). */
    private static void read(Class<?> anchor, String resource, Set<String> into) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing stop-word list " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                into.addAll(words(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folded words of one line of a list, without its comment. */
    static List<String> words(String line) {
        int comment = line.length();
        for (char c : new char[] {'#', '|'}) {
            int at = line.indexOf(c);
            if (at >= 0) {
                comment = Math.min(comment, at);
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : line.substring(0, comment).strip().split("[\\s,;]+")) {
            if (!w.isEmpty()) {
                words.add(WordForms.fold(w.replace("\uFEFF", "")));
            }
        }
        return words;
    }

    /**
     * A project's stop words: which built-in lists apply, words it leaves out as well, and words
     * it keeps although a list has them. Stored in the project as a short text ({@link #toText}).
     */
    public record Choice(Set<Language> languages, List<String> extra, List<String> keep) {
        public Choice {
            languages = Collections.unmodifiableSet(languages.isEmpty() ? EnumSet.noneOf(Language.class)
                    : EnumSet.copyOf(languages));
            extra = List.copyOf(extra);
            keep = List.copyOf(keep);
        }

        /** Every built-in list, nothing added or kept. */
        public static Choice defaults() {
            return new Choice(EnumSet.allOf(Language.class), List.of(), List.of());
        }

        /** The words to leave out, folded. */
        public Set<String> effective() {
            Set<String> out = new java.util.HashSet<>();
            for (Language l : languages) {
                out.addAll(builtIn(l));
            }
            extra.forEach(w -> out.add(WordForms.fold(w)));
            keep.forEach(w -> out.remove(WordForms.fold(w)));
            return Collections.unmodifiableSet(out);
        }

        /**
         * The stored form, three lines:
         * <pre>
         * lists: english arabic turkish
         * leave out: um yeah
         * keep: state
         * </pre>
         */
        public String toText() {
            StringBuilder out = new StringBuilder("lists:");
            for (Language l : Language.values()) {
                if (languages.contains(l)) {
                    out.append(' ').append(l.key());
                }
            }
            out.append("\nleave out:");
            extra.forEach(w -> out.append(' ').append(w));
            out.append("\nkeep:");
            keep.forEach(w -> out.append(' ').append(w));
            return out.append('\n').toString();
        }

        /** Reads {@link #toText}'s form; unknown lines and list names are ignored, null gives the defaults. */
        public static Choice parse(String text) {
            if (text == null || text.isBlank()) {
                return defaults();
            }
            Set<Language> languages = EnumSet.noneOf(Language.class);
            List<String> extra = new ArrayList<>();
            List<String> keep = new ArrayList<>();
            for (String line : text.split("\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                List<String> values = splitWords(line.substring(colon + 1));
                switch (field) {
                    case "lists" -> values.forEach(v -> {
                        Language l = Language.parse(v);
                        if (l != null) {
                            languages.add(l);
                        }
                    });
                    case "leave out" -> extra.addAll(values);
                    case "keep" -> keep.addAll(values);
                    default -> { }
                }
            }
            return new Choice(languages, extra, keep);
        }

        /** Words as the user typed them (separated by spaces, commas or new lines), each once. */
        public static List<String> splitWords(String typed) {
            Set<String> words = new LinkedHashSet<>();
            for (String w : typed.strip().split("[\\s,;]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            return List.copyOf(words);
        }
    }
}
