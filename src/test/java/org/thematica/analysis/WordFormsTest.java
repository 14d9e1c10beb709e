package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thematica.analysis.WordStems.Forms;
import org.thematica.analysis.WordStems.Latin;

/** What a word is for the word cloud, and when two written words are the same word. */
class WordFormsTest {
    @Test
    void tokensAreTheWordsWordCounterCountsInEveryScript() throws Exception {
        for (String name : List.of("udhr_eng", "udhr_arb", "udhr_heb", "udhr_hin", "udhr_jpn", "udhr_cmn_hans",
                "udhr_kor", "udhr_rus", "udhr_tha", "udhr_urd")) {
            String text = Files.readString(Path.of("src/test/resources/fixtures/udhr/" + name + ".txt"),
                    StandardCharsets.UTF_8);
            assertThat(WordTokens.count(text)).as(name).isEqualTo(WordCounter.count(text));
        }
        String mixed = "Don't stop—post-conflict 'quotes' café 2006-2011 日本語 الْحَرْبُ e\u0301 x-";
        assertThat(WordTokens.count(mixed)).isEqualTo(WordCounter.count(mixed));
        assertThat(words(mixed)).containsExactly("Don't", "stop", "post-conflict", "quotes", "café", "2006-2011", "日",
                "本", "語", "الْحَرْبُ", "e\u0301", "x");
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        WordTokens.scan(text, 0, text.length(), (s, e) -> out.add(text.substring(s, e)));
        return out;
    }

    @Test
    void caseFoldsWithTurkishDottedAndDotlessI() {
        assertThat(WordForms.fold("Government")).isEqualTo("government");
        assertThat(WordForms.fold("Işık")).as("a Turkish word: I is dotless").isEqualTo("ışık");
        assertThat(WordForms.fold("IŞIK")).isEqualTo("ışık");
        assertThat(WordForms.fold("ışık")).isEqualTo("ışık");
        assertThat(WordForms.fold("İnsan")).as("İ is the capital of i").isEqualTo("insan");
        assertThat(WordForms.fold("İSTANBUL")).isEqualTo("istanbul");
        assertThat(WordForms.fold("Iraq")).as("no Turkish letter: I is i").isEqualTo("iraq");
        assertThat(WordForms.fold("IRAK")).as("the documented limit").isEqualTo("irak");
        assertThat(WordForms.fold("Çağ")).isEqualTo("çağ");
        assertThat(WordForms.fold("şehir")).as("Turkish letters are not accents").isNotEqualTo("sehir");
        assertThat(WordForms.fold("Café")).isEqualTo("café");
        assertThat(WordForms.fold("cafe\u0301")).as("composed").isEqualTo("café");
    }

    @Test
    void arabicHarakatTatweelAndLetterVariantsFold() {
        assertThat(WordForms.fold("الْحَرْبُ")).isEqualTo("الحرب");
        assertThat(WordForms.fold("الحـــرب")).as("tatweel").isEqualTo("الحرب");
        assertThat(WordForms.fold("أمن")).isEqualTo("امن");
        assertThat(WordForms.fold("إِنَّ")).isEqualTo("ان");
        assertThat(WordForms.fold("آخر")).isEqualTo("اخر");
        assertThat(WordForms.fold("على")).as("alef maksura").isEqualTo("علي");
        assertThat(WordForms.fold("المدينة")).as("teh marbuta").isEqualTo("المدينه");
        assertThat(WordForms.fold("\uFEB3\uFEE0\uFE8E\uFEE1")).as("presentation forms").isEqualTo("سلام");
        assertThat(WordForms.letters(WordForms.fold("الْحَرْبُ"))).isEqualTo(5);
    }

    @Test
    void apostrophesAndHyphensAreUnified() {
        assertThat(WordForms.fold("don’t")).isEqualTo("don't");
        assertThat(WordForms.fold("post‐conflict")).isEqualTo("post-conflict");
        assertThat(WordForms.fold("co\u00ADoperation")).isEqualTo("cooperation");
    }

    @Test
    void numbersAreWordsWithoutLetters() {
        assertThat(WordForms.isNumber("2014")).isTrue();
        assertThat(WordForms.isNumber("2006-2011")).isTrue();
        assertThat(WordForms.isNumber("٢٠١٤")).as("Arabic-Indic digits").isTrue();
        assertThat(WordForms.isNumber("1990s")).isFalse();
    }

    @Test
    void formsMergeByScriptAndDocumentLanguage() {
        WordStems s = new WordStems();
        assertThat(s.stem("militias", Forms.EXACT, Latin.ENGLISH)).isEqualTo("militias");
        assertThat(s.stem("militias", Forms.PLURALS, Latin.ENGLISH)).isEqualTo("militia");
        assertThat(s.stem("militia's", Forms.PLURALS, Latin.ENGLISH)).isEqualTo("militia");
        assertThat(s.stem("countries", Forms.PLURALS, Latin.ENGLISH)).isEqualTo("country");
        assertThat(s.stem("fighting", Forms.PLURALS, Latin.ENGLISH)).isEqualTo("fighting");
        assertThat(s.stem("fighting", Forms.STEMS, Latin.ENGLISH)).isEqualTo("fight");
        assertThat(s.stem("university", Forms.STEMS, Latin.ENGLISH)).as("KStem keeps words apart")
                .isNotEqualTo(s.stem("universe", Forms.STEMS, Latin.ENGLISH));
        assertThat(s.stem("irak'ta", Forms.PLURALS, Latin.TURKISH)).isEqualTo("irak");
        assertThat(s.stem("insanlar", Forms.PLURALS, Latin.TURKISH)).isEqualTo("insan");
        assertThat(s.stem("dolar", Forms.PLURALS, Latin.TURKISH)).isEqualTo("dolar");
        assertThat(s.stem("kitaplardan", Forms.STEMS, Latin.TURKISH)).isEqualTo("kitap");
        assertThat(s.stem("insanlar", Forms.PLURALS, Latin.ENGLISH)).as("an English document's words")
                .isEqualTo("insanlar");
        assertThat(s.stem("الحرب", Forms.PLURALS, Latin.ENGLISH)).isEqualTo("حرب");
        assertThat(s.stem("والحرب", Forms.PLURALS, Latin.TURKISH)).isEqualTo("حرب");
        assertThat(s.stem("وزير", Forms.PLURALS, Latin.ENGLISH)).as("a word that starts with waw").isEqualTo("وزير");
        assertThat(s.stem("المعلمات", Forms.STEMS, Latin.ENGLISH)).isEqualTo("معلم");
        assertThat(s.stem("日本", Forms.STEMS, Latin.ENGLISH)).isEqualTo("日本");
    }

    @Test
    void stopWordListsAreFoldedAndAProjectChoiceRoundTrips() {
        assertThat(StopWords.builtIn(StopWords.Language.ENGLISH)).contains("the", "i'm", "um", "yeah");
        assertThat(StopWords.builtIn(StopWords.Language.ARABIC)).as("أن folded").contains("ان", "في", "يعني")
                .doesNotContain("أن");
        assertThat(StopWords.builtIn(StopWords.Language.TURKISH)).contains("ve", "ama", "için", "evet");
        StopWords.Choice choice = new StopWords.Choice(java.util.EnumSet.of(StopWords.Language.ENGLISH),
                List.of("Qadira", "um"), List.of("Against"));
        assertThat(StopWords.Choice.parse(choice.toText())).isEqualTo(choice);
        assertThat(choice.toText()).isEqualTo("lists: english\nleave out: Qadira um\nkeep: Against\n");
        assertThat(choice.effective()).contains("qadira", "the").doesNotContain("against", "في", "ve");
        assertThat(StopWords.Choice.parse(null)).isEqualTo(StopWords.Choice.defaults());
        assertThat(StopWords.Choice.splitWords(" a, b\nc  a ")).containsExactly("a", "b", "c");
    }
}
