package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The index's count is the pane's slow count: for every document, the number of ranges
 * KeywordSearch.find returns for the query's terms when the query matches the document, else
 * zero. Checked on generated texts in many scripts and on queries built from the whole grammar.
 */
class SearchIndexTest {
    /** Words in many forms: case, composed and decomposed accents, harakat, Turkish i, other scripts. */
    private static final String[] WORDS = {"security", "Security", "SECURITY", "secure", "vacuum", "vacuums", "sec",
        "a", "an", "A", "sécurité", "se\u0301curite\u0301", "SÉCURITÉ", "café", "cafe\u0301", "CAFE",
        "الأمن", "الأمني", "الْأَمْن", "الْأَمْنِيّ", "العُنْف", "العنف", "مدمّرة", "مدمرة",
        "İstanbul", "istanbul", "ISTANBUL", "ıstanbul", "Iğdır", "iğdır", "IĞDIR", "ı", "İ", "I", "i",
        "ΣΟΦΟΣ", "σοφος", "σοφός", "straße", "STRASSE", "ǅemal", "Ǆ", "ǆ",
        "2014", "x1", "x²", "½", "Ⅻ", "ⅻ", "한국어", "텍스트", "中文", "𝐀bc", "𠀀字", "abc", "שָׁלוֹם", "שלום",
        "नमस्ते", "नमस", "ﬁne", "fine", "don't", "post-conflict", "e\u20dd", "\u0301", "\u0301abc"};
    private static final String[] GAPS = {" ", "  ", ", ", ".\n", "\n", "-", "'", "", "\u0301", " — ", "\t",
        "\u00a0", "\u200d", "😀", "👍🏽", "; ", "\u0640", "_", "\r\n", " \u0301 "};
    /** Query words: typed plainly, in other case, with or without marks, or cut to a prefix. */
    private static final String[] QUERY_WORDS = {"security", "SECURITY", "sec", "secur", "vacuum", "a", "an",
        "securite", "sécurité", "cafe", "café", "الأمن", "الامن", "العنف", "العُنْف", "مدمرة", "istanbul", "İstanbul",
        "ıstanbul", "igdır", "ığdır", "i", "ı", "σοφος", "σοφοσ", "straße", "strasse", "ǆemal", "2014", "x", "x2",
        "ⅻ", "한국어", "中文", "bc", "abc", "𝐀bc", "字", "שלום", "נמס", "नमस", "नमस्ते", "fine", "don", "t", "post",
        "conflict", "e"};

    @Test
    void theIndexCountsWhatTheSlowSearchFinds() {
        Random random = new Random(11);
        java.util.Map<String, Integer> found = new java.util.TreeMap<>();
        for (int round = 0; round < 400; round++) {
            List<String> texts = new ArrayList<>();
            List<List<String>> written = new ArrayList<>();
            for (int d = 0; d < 1 + random.nextInt(6); d++) {
                List<String> words = new ArrayList<>();
                texts.add(text(random, words));
                written.add(words);
            }
            SearchIndex index = new SearchIndex();
            List<SearchIndex.Counter> counters = new ArrayList<>();
            List<String> queries = new ArrayList<>();
            for (int q = 0; q < 8; q++) {
                String query = query(random, written.get(random.nextInt(written.size())));
                queries.add(query);
                counters.add(index.counter(KeywordSearch.parse(query))); // made before the documents it counts
            }
            for (int d = 0; d < texts.size(); d++) {
                index.add(d, FoldedText.of(texts.get(d)));
                for (int k = 0; k <= d; k++) {
                    for (int q = 0; q < queries.size(); q++) {
                        int slow = slowCount(texts.get(k), queries.get(q));
                        assertThat(counters.get(q).count(k)).as("%s in %s", queries.get(q), texts.get(k))
                                .isEqualTo(slow);
                        if (d == texts.size() - 1 && slow > 0) {
                            found.merge(queries.get(q).contains("\"") ? "phrase" : queries.get(q).contains("*")
                                    ? "prefix" : queries.get(q).contains("OR") ? "or" : "words", 1, Integer::sum);
                        }
                    }
                }
            }
        }
        assertThat(found).as("queries of each kind that found something").allSatisfy((kind, n) ->
                assertThat(n).as(kind).isGreaterThan(100)).containsOnlyKeys("phrase", "prefix", "or", "words");
    }

    @Test
    void everyCodePointIsAWordCharacterExactlyWhenTheSearchPatternSaysSo() {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}\\p{M}]");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = new String(Character.toChars(cp));
            assertThat(KeywordSearch.isWordChar(cp)).as("U+%04X", cp).isEqualTo(word.matcher(s).matches());
        }
    }

    @Test
    void aWordCharacterFoldsToWordCharactersOrToNothing() {
        // the index splits the folded text into words; the pane's patterns run on the same text, so
        // folding must not turn a word character into a separator or back
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String folded = FoldedText.fold(cp);
            boolean word = KeywordSearch.isWordChar(cp);
            int c = cp;
            folded.codePoints().forEach(f -> assertThat(KeywordSearch.isWordChar(f))
                    .as("U+%04X folds to U+%04X", c, f).isEqualTo(word));
        }
    }

    @Test
    void aDocumentIsCountedAsLastAddedAndForgottenWhenLeftOut() {
        SearchIndex index = new SearchIndex();
        index.add(1, FoldedText.of("war and peace"));
        index.add(2, FoldedText.of("war, war"));
        SearchIndex.Counter war = index.counter(KeywordSearch.parse("war"));
        assertThat(war.count(1)).isEqualTo(1);
        assertThat(war.count(3)).as("not indexed").isEqualTo(-1);
        assertThat(index.has(1)).isTrue();
        assertThat(index.has(3)).isFalse();
        index.add(1, FoldedText.of("war war war"));
        assertThat(war.count(1)).isEqualTo(3);
        assertThat(index.size()).isEqualTo(5);
        index.retain(Set.of(2L));
        assertThat(war.count(1)).isEqualTo(-1);
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void overlappingTermsAreCountedOnceInTextOrder() {
        SearchIndex index = new SearchIndex();
        index.add(1, FoldedText.of("a b c, b c; a b"));
        assertThat(index.counter(KeywordSearch.parse("\"a b\" \"b c\"")).count(1)).as("a b | b c | a b").isEqualTo(3);
        assertThat(index.counter(KeywordSearch.parse("b \"a b\"")).count(1)).as("a b | b | a b").isEqualTo(3);
        assertThat(index.counter(KeywordSearch.parse("\"b c\" d")).count(1)).as("d is missing").isZero();
        assertThat(index.counter(KeywordSearch.parse("d OR \"b c\"")).count(1)).isEqualTo(2);
    }

    private static int slowCount(String text, String query) {
        KeywordSearch.Query q = KeywordSearch.parse(query);
        FoldedText folded = FoldedText.of(text);
        return q.isEmpty() || !q.matches(folded) ? 0 : KeywordSearch.find(folded, q.terms(), Integer.MAX_VALUE).size();
    }

    private static String text(Random random, List<String> written) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(60);
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            written.add(w);
            text.append(w).append(GAPS[random.nextInt(GAPS.length)]);
        }
        return text.toString();
    }

    /** A query from the whole grammar: words, prefixes, phrases (some unclosed), OR, AND, stray operators. */
    private static String query(Random random, List<String> written) {
        StringBuilder q = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(9)) {
                case 0 -> q.append("OR ");
                case 1 -> q.append("AND ");
                case 2, 3 -> {
                    q.append('"');
                    int n = 2 + random.nextInt(2);
                    int from = written.size() > n && random.nextBoolean() ? random.nextInt(written.size() - n) : -1;
                    for (int k = 0; k < n; k++) { // half the time words that stand together in a text
                        q.append(k == 0 ? "" : random.nextBoolean() ? " " : ", ")
                                .append(from >= 0 ? written.get(from + k) : word(random));
                    }
                    q.append(random.nextInt(8) == 0 ? " " : "\" "); // now and then left open
                }
                case 4 -> q.append(word(random)).append("* ");
                case 5 -> q.append("( - * ");
                default -> q.append(word(random)).append(' ');
            }
        }
        return q.toString();
    }

    private static String word(Random random) {
        if (random.nextInt(4) == 0) { // a word as written in a text, so that phrases occur
            return WORDS[random.nextInt(WORDS.length)];
        }
        String w = QUERY_WORDS[random.nextInt(QUERY_WORDS.length)];
        return random.nextInt(5) == 0 ? w.toUpperCase(java.util.Locale.ROOT) : w;
    }
}
