package org.thematica.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Merges the forms of a word, as the user chooses ({@link Forms}), on folded words
 * ({@link WordForms#fold}). The stemmers are Apache Lucene's; which one applies depends on the
 * script, and for Latin script on the language of the document ({@link Latin}). Not
 * thread-safe (the stemmers keep state): one per user.
 */
public final class WordStems {
    /** How far word forms are merged. */
    public enum Forms {
        /** Only case and spelling variants (folding): "Militias" and "militias". */
        EXACT("exact", "Exact words"),
        /**
         * Plurals and possessives: English plural and 's (Lucene's minimal English stemmer), the
         * Turkish suffix after an apostrophe ("Irak'ta") and plural -lar/-ler, the Arabic article
         * (ال and its prefixed forms وال بال كال فال لل).
         */
        PLURALS("plurals", "Merge plurals"),
        /**
         * Light stemming: English KStem (inflections and common derivations, keeping real
         * words), the Snowball Turkish stemmer, and Lucene's light Arabic stemmer (Larkey's
         * light10: prefixes and suffixes).
         */
        STEMS("stems", "Light stemming");

        private final String key;
        private final String label;

        Forms(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public static Forms parse(String key) {
            for (Forms f : values()) {
                if (f.key.equalsIgnoreCase(key.strip())) {
                    return f;
                }
            }
            return EXACT;
        }
    }

    /** The language of a document's Latin-script words, which decides their stemmer. */
    public enum Latin {
        ENGLISH, TURKISH;

        /**
         * Turkish when more of the document's words are on the Turkish built-in stop list than
         * on the English one (the most common words of a language are its function words).
         */
        public static Latin guess(WordCounts words, Vocabulary.View vocabulary) {
            java.util.Set<String> english = StopWords.builtIn(StopWords.Language.ENGLISH);
            java.util.Set<String> turkish = StopWords.builtIn(StopWords.Language.TURKISH);
            long[] votes = new long[2];
            words.forEach((w, c) -> {
                String f = vocabulary.foldedWord(vocabulary.foldedOf(w));
                if (english.contains(f)) {
                    votes[0] += c;
                }
                if (turkish.contains(f)) {
                    votes[1] += c;
                }
            });
            return votes[1] > votes[0] ? TURKISH : ENGLISH;
        }
    }

    private static final char[][] ARABIC_ARTICLES = {
        "وال".toCharArray(), "بال".toCharArray(), "كال".toCharArray(), "فال".toCharArray(),
        "ال".toCharArray(), "لل".toCharArray(),
    };

    private final EnglishMinimalStemmer englishPlural = new EnglishMinimalStemmer();
    private final ArabicStemmer arabic = new ArabicStemmer();
    private final TurkishStemmer turkish = new TurkishStemmer();
    private final Analyzer kstem = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new KStemFilter(source));
        }
    };

    /** The key of a folded word once its forms are merged. */
    public String stem(String folded, Forms forms, Latin latin) {
        if (forms == Forms.EXACT || folded.isEmpty()) {
            return folded;
        }
        if (WordForms.isArabic(folded)) {
            return forms == Forms.PLURALS ? withoutArabicArticle(folded) : arabicStem(folded);
        }
        if (!WordForms.isLatin(folded)) {
            return folded;
        }
        if (latin == Latin.TURKISH) {
            String word = withoutApostropheSuffix(folded);
            return forms == Forms.PLURALS ? withoutTurkishPlural(word) : turkishStem(word);
        }
        String word = withoutPossessive(folded);
        if (forms == Forms.PLURALS) {
            char[] chars = word.toCharArray();
            return new String(chars, 0, englishPlural.stem(chars, chars.length));
        }
        return kstem(word);
    }

    /** "government's" and "governments'" lose the possessive. */
    static String withoutPossessive(String w) {
        if (w.endsWith("'s") && w.length() > 2) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("'") && w.length() > 1) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Turkish writes the suffixes of names after an apostrophe: "Irak'ta", "Türkiye'nin". */
    static String withoutApostropheSuffix(String w) {
        int apostrophe = w.indexOf('\'');
        return apostrophe > 0 ? w.substring(0, apostrophe) : w;
    }

    /** The plural -lar/-ler at the end, when at least three letters are left ("insanlar", not "dolar"). */
    static String withoutTurkishPlural(String w) {
        if ((w.endsWith("lar") || w.endsWith("ler")) && WordForms.letters(w) >= 6) {
            return w.substring(0, w.length() - 3);
        }
        return w;
    }

    /** The article, when at least two letters are left: "الحرب", "والحرب", "بالحرب" are "حرب". */
    static String withoutArabicArticle(String w) {
        for (char[] article : ARABIC_ARTICLES) {
            if (w.length() >= article.length + 2 && w.startsWith(new String(article))) {
                return w.substring(article.length);
            }
        }
        return w;
    }

    private String arabicStem(String w) {
        char[] chars = w.toCharArray();
        return new String(chars, 0, arabic.stem(chars, chars.length));
    }

    private String turkishStem(String w) {
        turkish.setCurrent(w);
        turkish.stem();
        String stem = turkish.getCurrent();
        return stem.isEmpty() ? w : stem;
    }

    private String kstem(String w) {
        try (TokenStream ts = kstem.tokenStream("", w)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : w;
            ts.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
