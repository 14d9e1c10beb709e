package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.thematica.analysis.Corpus.CaseInfo;
import org.thematica.analysis.Corpus.CodeInfo;
import org.thematica.analysis.Corpus.Doc;
import org.thematica.analysis.Corpus.DocumentPart;
import org.thematica.analysis.Corpus.Passage;
import org.thematica.analysis.Corpus.ThemeInfo;
import org.thematica.analysis.DocumentWords.Turn;
import org.thematica.analysis.WordFrequencies.Result;
import org.thematica.analysis.WordFrequencies.Word;
import org.thematica.analysis.WordStems.Forms;
import org.thematica.model.DocumentKind;
import org.thematica.model.ThemeStatus;

/** Word counts, stop words, forms, scopes and theme colours against values worked out by hand. */
class WordFrequenciesTest {
    static final Set<String> STOPS = StopWords.Choice.defaults().effective();

    /** Texts and turns in memory, counting what the index reads. */
    static final class Texts implements WordIndex.Source {
        final Map<Long, String> texts = new HashMap<>();
        final Map<Long, List<Turn>> turns = new HashMap<>();
        final Map<Long, String> stored = new HashMap<>();
        final List<Long> read = new ArrayList<>();

        @Override
        public Map<Long, String> storedCounts(Collection<Long> documents) {
            return stored.entrySet().stream().filter(e -> documents.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public void storeCounts(long document, String counts) {
            stored.put(document, counts);
        }

        @Override
        public Map<Long, List<Turn>> turns(Collection<Long> documents) {
            return turns;
        }

        @Override
        public void texts(Collection<Long> documents, WordIndex.TextConsumer consumer) {
            for (long id : documents) {
                read.add(id);
                consumer.text(id, texts.get(id));
            }
        }
    }

    static Corpus corpus(Map<Long, Doc> docs, Map<Long, List<Passage>> passages, List<CaseInfo> cases,
                         List<CodeInfo> codes, List<ThemeInfo> themes) {
        Map<Long, DocumentPart> parts = new LinkedHashMap<>();
        docs.forEach((id, d) -> parts.put(id, new DocumentPart(d, passages.getOrDefault(id, List.of()))));
        return new Corpus(parts, cases, codes, themes, List.of());
    }

    static Doc doc(long id, String name, DocumentKind kind, long... cases) {
        return new Doc(id, name, kind, 0, cases);
    }

    private static Result count(String text, List<Turn> turns, WordCloudOptions options) {
        Texts source = new Texts();
        source.texts.put(1L, text);
        source.turns.put(1L, turns);
        Corpus c = corpus(Map.of(1L, doc(1, "one", DocumentKind.INTERVIEW)), Map.of(), List.of(), List.of(), List.of());
        WordIndex index = new WordIndex();
        return new WordFrequencies().compute(index.update(c, source, null), c, options, STOPS);
    }

    private static Map<String, Integer> counts(Result r) {
        Map<String, Integer> m = new LinkedHashMap<>();
        r.words().forEach(w -> m.put(w.text(), w.count()));
        return m;
    }

    private static WordCloudOptions options(Forms forms) {
        return new WordCloudOptions(WordScope.CORPUS, 3, 100, forms, true, false);
    }

    static final String ENGLISH = "Interviewer: Tell me about the militias.\n"
            + "Karim: The militias took the roads. A militia's checkpoint stood on every road, and the Militia"
            + " controlled the bridge.";

    static List<Turn> englishTurns() {
        int second = ENGLISH.indexOf("Karim:");
        return List.of(new Turn(0, second - 1, "Interviewer", 0), new Turn(second, ENGLISH.length(), "Karim", 0));
    }

    @Test
    void englishExactWordsWithoutStopWordsOrSpeakerLabels() {
        Result r = count(ENGLISH, englishTurns(), options(Forms.EXACT));
        // tell, me, about, the, a, on, every, and, took: stop words; Interviewer, Karim: labels
        assertThat(counts(r)).containsExactly(Map.entry("militias", 2), Map.entry("bridge", 1),
                Map.entry("checkpoint", 1), Map.entry("controlled", 1), Map.entry("Militia", 1),
                Map.entry("militia's", 1), Map.entry("road", 1), Map.entry("roads", 1), Map.entry("stood", 1));
        assertThat(r.distinct()).isEqualTo(9);
        assertThat(r.occurrences()).isEqualTo(10);
    }

    @Test
    void englishPluralsMergeAndShowTheMostFrequentForm() {
        Result r = count(ENGLISH, englishTurns(), options(Forms.PLURALS));
        assertThat(counts(r)).containsExactly(Map.entry("militias", 4), Map.entry("road", 2), Map.entry("bridge", 1),
                Map.entry("checkpoint", 1), Map.entry("controlled", 1), Map.entry("stood", 1));
        assertThat(r.words().get(0).forms()).containsExactly("militias", "Militia", "militia's");
        assertThat(r.words().get(0).key()).isEqualTo("militia");
        assertThat(r.occurrences()).isEqualTo(10);
    }

    static final String ARABIC = "الْحَرْبُ انتهت لكن الحرب لم تنته. أَمْن المدينة أمن هش، والحرب مستمرة في القرى.";

    @Test
    void arabicWithHarakatCountsAsWrittenWithout() {
        Result r = count(ARABIC, List.of(), options(Forms.EXACT));
        // لكن لم في: stop words; هش: two letters
        assertThat(counts(r)).containsExactly(Map.entry("الحرب", 2), Map.entry("أمن", 2), Map.entry("القرى", 1),
                Map.entry("المدينة", 1), Map.entry("انتهت", 1), Map.entry("تنته", 1), Map.entry("مستمرة", 1),
                Map.entry("والحرب", 1));
        assertThat(r.words().get(0).forms()).containsExactly("الحرب", "الْحَرْبُ");
        assertThat(r.occurrences()).isEqualTo(10);
        Result plurals = count(ARABIC, List.of(), options(Forms.PLURALS));
        assertThat(counts(plurals)).containsEntry("الحرب", 3).containsEntry("أمن", 2).containsEntry("المدينة", 1);
        assertThat(plurals.words().get(0).key()).isEqualTo("حرب");
    }

    static final String TURKISH = "Işık yoktu. Irak'ta ışık vardı ama İnsanlar korkuyordu. İnsan ışığı görmek"
            + " istiyordu. Iraklılar da insanlar.";

    @Test
    void turkishDottedAndDotlessIAndTurkishPlurals() {
        Result r = count(TURKISH, List.of(), options(Forms.EXACT));
        // ama, da, vardı: stop words
        assertThat(counts(r)).containsExactly(Map.entry("insanlar", 2), Map.entry("Işık", 2), Map.entry("görmek", 1),
                Map.entry("İnsan", 1), Map.entry("Irak'ta", 1), Map.entry("istiyordu", 1), Map.entry("korkuyordu", 1),
                Map.entry("yoktu", 1), Map.entry("Iraklılar", 1), Map.entry("ışığı", 1));
        assertThat(r.words().get(1).forms()).as("one word, dotless from a capital I").containsExactly("Işık", "ışık");
        assertThat(r.distinct()).isEqualTo(10);
        assertThat(r.occurrences()).isEqualTo(12);
        Result plurals = count(TURKISH, List.of(), options(Forms.PLURALS));
        assertThat(counts(plurals)).containsEntry("insanlar", 3).containsEntry("Irak'ta", 1)
                .containsEntry("Iraklılar", 1).containsEntry("Işık", 2);
        assertThat(plurals.words().stream().map(Word::key)).contains("insan", "irak", "ıraklı", "ışık");
    }

    @Test
    void minimumLengthNumbersAndMaximumWords() {
        String text = "In 2014 the UN war ended; in 2014 the war was over. War, war, war and peace.";
        Result r = count(text, List.of(), new WordCloudOptions(WordScope.CORPUS, 3, 5, Forms.EXACT, true, false));
        assertThat(counts(r)).containsExactly(Map.entry("war", 5), Map.entry("ended", 1), Map.entry("peace", 1));
        Result numbers = count(text, List.of(), new WordCloudOptions(WordScope.CORPUS, 2, 100, Forms.EXACT, true, true));
        assertThat(counts(numbers)).as("UN counts at two letters").containsExactly(Map.entry("war", 5),
                Map.entry("2014", 2), Map.entry("ended", 1), Map.entry("peace", 1), Map.entry("UN", 1));
        Result five = count(text + " Alpha beta gamma delta epsilon zeta.", List.of(),
                new WordCloudOptions(WordScope.CORPUS, 3, 5, Forms.EXACT, true, false));
        assertThat(counts(five)).containsExactly(Map.entry("war", 5), Map.entry("Alpha", 1), Map.entry("beta", 1),
                Map.entry("delta", 1), Map.entry("ended", 1));
        assertThat(five.distinct()).isEqualTo(9);
    }

    // ---- scopes and theme colours ---------------------------------------------------------------

    static final String CODED = "water power water power power roads bridges water";
    static final String SPOKEN = "Interviewer: What about water?\nKarim: Water is scarce. Water and power.";
    static final long A = 10;
    static final long B = 11;
    static final long C = 12;
    static final long KARIM = 5;

    /** Token {@code i} of CODED, as [start, end). */
    static int[] token(int i) {
        String[] words = CODED.split(" ");
        int at = 0;
        for (int k = 0; k < i; k++) {
            at += words[k].length() + 1;
        }
        return new int[] {at, at + words[i].length()};
    }

    static Passage passage(long code, int fromToken, int toToken) {
        return new Passage(1, code, 1, token(fromToken)[0], token(toToken)[1], new long[0], 0);
    }

    final Texts source = new Texts();
    final WordIndex index = new WordIndex();
    final WordFrequencies frequencies = new WordFrequencies();
    /** Themes by name: energy (id 2) = A and B; infrastructure (id 1) = A; mobility (id 3) = C. */
    final List<ThemeInfo> themes = List.of(
            new ThemeInfo(2, "energy", "#0072B2", ThemeStatus.CANDIDATE, new long[] {A, B}),
            new ThemeInfo(1, "infrastructure", "#D55E00", ThemeStatus.CANDIDATE, new long[] {A}),
            new ThemeInfo(3, "mobility", "#009E73", ThemeStatus.CANDIDATE, new long[] {C}));
    final List<CodeInfo> codes = List.of(new CodeInfo(A, "a", "#000000", null), new CodeInfo(B, "b", "#000000", null),
            new CodeInfo(C, "c", "#000000", null));

    Corpus codedCorpus() {
        source.texts.put(1L, CODED);
        source.texts.put(2L, SPOKEN);
        int karim = SPOKEN.indexOf("Karim:");
        source.turns.put(2L, List.of(new Turn(0, karim - 1, "Interviewer", 0),
                new Turn(karim, SPOKEN.length(), "Karim", KARIM)));
        Map<Long, Doc> docs = new LinkedHashMap<>();
        docs.put(1L, doc(1, "coded", DocumentKind.SOURCE));
        docs.put(2L, doc(2, "spoken", DocumentKind.INTERVIEW, KARIM));
        // A over tokens 0-2 and again 2-3 (the same code twice over token 2); B over 1-4; C over 5-7
        List<Passage> passages = List.of(passage(A, 0, 2), passage(B, 1, 4), passage(A, 2, 3), passage(C, 5, 7));
        return corpus(docs, Map.of(1L, passages), List.of(new CaseInfo(KARIM, "Karim", Map.of())), codes, themes);
    }

    private Result cloud(Corpus c, WordScope scope) {
        return frequencies.compute(index.update(c, source, null), c,
                new WordCloudOptions(scope, 3, 100, Forms.EXACT, true, false), STOPS);
    }

    private static Map<String, Long> colours(Result r) {
        Map<String, Long> m = new LinkedHashMap<>();
        r.words().forEach(w -> m.put(w.text(), w.themeId()));
        return m;
    }

    @Test
    void scopesCountTheirOwnWords() {
        Corpus c = codedCorpus();
        assertThat(counts(cloud(c, WordScope.CORPUS))).containsExactly(Map.entry("water", 6), Map.entry("power", 4),
                Map.entry("bridges", 1), Map.entry("roads", 1), Map.entry("scarce", 1));
        assertThat(counts(cloud(c, new WordScope(WordScope.Kind.INTERVIEWS, 0)))).as("written mostly with a capital")
                .containsExactly(Map.entry("Water", 3), Map.entry("power", 1), Map.entry("scarce", 1));
        assertThat(counts(cloud(c, new WordScope(WordScope.Kind.DOCUMENT, 1)))).as("ties in alphabetical order")
                .containsExactly(Map.entry("power", 3), Map.entry("water", 3), Map.entry("bridges", 1),
                        Map.entry("roads", 1));
        assertThat(counts(cloud(c, new WordScope(WordScope.Kind.CASE, KARIM)))).as("the case's document, labels out")
                .containsExactly(Map.entry("Water", 3), Map.entry("power", 1), Map.entry("scarce", 1));
        assertThat(counts(cloud(c, new WordScope(WordScope.Kind.CASE_TURNS, KARIM)))).as("only what Karim said")
                .containsExactly(Map.entry("Water", 2), Map.entry("power", 1), Map.entry("scarce", 1));
        assertThat(counts(cloud(c, new WordScope(WordScope.Kind.CODE, A)))).as("token 2, coded twice with A, once")
                .containsExactly(Map.entry("power", 2), Map.entry("water", 2));
        assertThat(counts(cloud(c, new WordScope(WordScope.Kind.CODE, B))))
                .containsExactly(Map.entry("power", 3), Map.entry("water", 1));
        assertThat(counts(cloud(c, new WordScope(WordScope.Kind.THEME, 2)))).as("A or B: tokens 0-4, each once")
                .containsExactly(Map.entry("power", 3), Map.entry("water", 2));
        assertThat(counts(cloud(c, new WordScope(WordScope.Kind.THEME, 3))))
                .containsExactly(Map.entry("bridges", 1), Map.entry("roads", 1), Map.entry("water", 1));
    }

    @Test
    void wordsTakeTheThemeWhosePassagesHoldThemMostTiesByThemeName() {
        Corpus c = codedCorpus();
        // water: infrastructure 2 (tokens 0, 2), energy 2 (0, 2), mobility 1 (7): a tie, energy comes first by name
        // power: energy 3 (1, 3, 4), infrastructure 2 (1, 3); scarce: in no passage
        assertThat(colours(cloud(c, WordScope.CORPUS))).containsExactly(Map.entry("water", 2L), Map.entry("power", 2L),
                Map.entry("bridges", 3L), Map.entry("roads", 3L), Map.entry("scarce", 0L));
        // within theme mobility's passages, water is coded there only
        assertThat(colours(cloud(c, new WordScope(WordScope.Kind.THEME, 3)))).containsEntry("water", 3L);
    }

    @Test
    void aDeletedTargetSaysSoAndOneColourNeedsNoThemes() {
        Corpus c = codedCorpus();
        Result gone = cloud(c, new WordScope(WordScope.Kind.THEME, 99));
        assertThat(gone.words()).isEmpty();
        assertThat(gone.problem()).contains("no longer exists");
        Result single = frequencies.compute(index.update(c, source, null), c,
                new WordCloudOptions(WordScope.CORPUS, 3, 100, Forms.EXACT, false, false), STOPS);
        assertThat(single.words()).allSatisfy(w -> assertThat(w.themeId()).isZero());
    }

    @Test
    void aCodingChangeReadsOnlyItsDocumentAgain() {
        Corpus c = codedCorpus();
        cloud(c, WordScope.CORPUS);
        assertThat(source.read).containsExactlyInAnyOrder(1L, 2L);
        assertThat(source.stored).as("counted once and stored").containsOnlyKeys(1L, 2L);
        source.read.clear();
        List<Passage> more = new ArrayList<>(c.passages(1));
        more.add(passage(C, 0, 0));
        Corpus next = c.with(Map.of(1L, new DocumentPart(doc(1, "coded", DocumentKind.SOURCE), more)), null, null, null,
                null);
        Result r = cloud(next, new WordScope(WordScope.Kind.CODE, C));
        assertThat(source.read).containsExactly(1L);
        assertThat(counts(r)).containsExactly(Map.entry("water", 2), Map.entry("bridges", 1), Map.entry("roads", 1));
        source.read.clear();
        cloud(next, WordScope.CORPUS);
        assertThat(source.read).as("nothing changed: nothing read").isEmpty();
    }

    @Test
    void storedCountsAreReadInsteadOfTheText() {
        source.stored.put(7L, "Water\t3\nwater\t2\n");
        Corpus c = corpus(Map.of(7L, doc(7, "old", DocumentKind.INTERVIEW)), Map.of(), List.of(), List.of(), List.of());
        Result r = frequencies.compute(index.update(c, source, null), c, options(Forms.EXACT), STOPS);
        assertThat(source.read).isEmpty();
        assertThat(counts(r)).containsExactly(Map.entry("Water", 5));
    }
}
