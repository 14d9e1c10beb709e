package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.thematica.model.TextRange;

/**
 * find() looks for each term from its first word's occurrences; it must give exactly what the
 * single alternation of all terms (longest first, with its look-behind) finds.
 */
class KeywordSearchFastPathTest {
    private static final String[] WORDS = {"security", "secure", "vacuum", "Security", "sécurité", "sec", "a", "an",
        "الأمن", "الأمني", "الْأَمْن", "İstanbul", "2014", "x1", "vacuums"};
    private static final String[] GAPS = {" ", "  ", ", ", ".\n", "-", "'", "", "\u0301", " — "};
    private static final String[] QUERY_WORDS = {"security", "sec*", "vacuum", "\"security vacuum\"", "a", "an*",
        "الأمن", "الأمن*", "istanbul", "2014", "\"sec vacuum\"", "x*", "\"a an\""};

    @Test
    void findsWhatTheAlternationFinds() {
        Random random = new Random(5);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(40);
            for (int i = 0; i < words; i++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
            }
            StringBuilder query = new StringBuilder();
            int terms = 1 + random.nextInt(3);
            for (int i = 0; i < terms; i++) {
                query.append(QUERY_WORDS[random.nextInt(QUERY_WORDS.length)]).append(' ');
            }
            List<KeywordSearch.Term> parsed = KeywordSearch.terms(query.toString());
            FoldedText folded = FoldedText.of(text.toString());
            int limit = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : Integer.MAX_VALUE;
            assertThat(KeywordSearch.find(folded, parsed, limit)).as("%s in %s", query, text)
                    .isEqualTo(reference(folded, parsed, limit));
            assertThat(KeywordSearch.parse(query.toString()).matches(folded)).as("%s in %s", query, text)
                    .isEqualTo(parsed.stream().allMatch(t -> !reference(folded, List.of(t), 1).isEmpty()));
        }
    }

    private static List<TextRange> reference(FoldedText text, List<KeywordSearch.Term> terms, int limit) {
        List<TextRange> found = new ArrayList<>();
        if (terms.isEmpty()) {
            return found;
        }
        Matcher m = KeywordSearch.pattern(terms).matcher(text.folded());
        while (found.size() < limit && m.find()) {
            found.add(new TextRange(text.originalStart(m.start()), text.originalEnd(m.end())));
        }
        return found;
    }
}
