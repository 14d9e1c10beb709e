package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.DocumentWords;
import org.thematica.analysis.StopWords;
import org.thematica.analysis.WordCloudOptions;
import org.thematica.analysis.WordFrequencies;
import org.thematica.analysis.WordScope;
import org.thematica.analysis.WordStems.Forms;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.WordCloudFigure;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.store.WordCountRepository;
import org.thematica.testing.TestProjects;

/**
 * The word cloud on real projects: theme colours with overlapping codings and a code in two
 * themes, stop words as an undoable setting, occurrences in context, counts stored at import and
 * counted for a project made before they were (schema V001).
 */
class WordCloudServiceTest {
    static final String INTERVIEW = "Interviewer: What changed?\n"
            + "Karim: The militias held the checkpoints. The militias took the water. Electricity failed and water"
            + " failed.\n"
            + "Interviewer: And then?\nKarim: Nothing.\n";

    @TempDir
    Path dir;

    /** X "armed groups" (themes security and violence) twice over militias, Y "utilities" (public services) overlapping. */
    private Project coded() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.importText(p, dir, "P01.txt", INTERVIEW);
        p.coding().codeMatch("P01", "armed groups", "The militias held the checkpoints.", 1, null);
        p.coding().codeMatch("P01", "armed groups", "militias held", 1, null); // the same code again, overlapping
        p.coding().codeMatch("P01", "armed groups", "The militias took the water.", 1, null);
        p.coding().codeMatch("P01", "utilities", "The militias took the water. Electricity failed and water failed.",
                1, null);
        p.codebook().theme("security", ThemeChange.adding("armed groups"));
        p.codebook().theme("violence", ThemeChange.adding("armed groups"));
        p.codebook().theme("public services", ThemeChange.adding("utilities"));
        return p;
    }

    private static WordCloudOptions scope(WordScope scope) {
        return new WordCloudOptions(scope, 3, 100, Forms.EXACT, true, false);
    }

    private static Map<String, String> colours(Corpus corpus, WordFrequencies.Result r) {
        Map<String, String> m = new LinkedHashMap<>();
        r.words().forEach(w -> m.put(w.text(), w.themeId() == 0 ? "-" : corpus.theme(w.themeId()).name()));
        return m;
    }

    private static Map<String, Integer> counts(WordFrequencies.Result r) {
        Map<String, Integer> m = new LinkedHashMap<>();
        r.words().forEach(w -> m.put(w.text(), w.count()));
        return m;
    }

    @Test
    void wordsTakeTheColourOfTheThemeWhosePassagesHoldThemMost() throws Exception {
        try (Project p = coded()) {
            Corpus c = p.analysis().corpus();
            WordCloudService.Cloud cloud = p.wordCloud().cloud(c, scope(WordScope.CORPUS));
            // militias: security 2, violence 2 (the same code), public services 1: tie, security first by name
            // water: public services 2, security 1, violence 1; checkpoints, held: armed groups only
            // electricity, failed: utilities only; "changed" (the interviewer's) is in no passage
            assertThat(colours(c, cloud.result())).containsExactly(Map.entry("failed", "public services"),
                    Map.entry("militias", "security"), Map.entry("water", "public services"),
                    Map.entry("changed", "-"), Map.entry("checkpoints", "security"),
                    Map.entry("Electricity", "public services"), Map.entry("held", "security"));
            assertThat(counts(cloud.result())).containsEntry("militias", 2).containsEntry("water", 2)
                    .containsEntry("failed", 2);
            // the figure's colour groups are the themes in name order
            assertThat(cloud.figure().words()).extracting(WordCloudFigure.Word::group)
                    .containsExactly(0, 1, 0, -1, 1, 0, 1);
        }
    }

    @Test
    void aThemesPassagesCountOverlappingCodingsOnce() throws Exception {
        try (Project p = coded()) {
            Corpus c = p.analysis().corpus();
            long violence = c.themes().stream().filter(t -> t.name().equals("violence")).findFirst().orElseThrow().id();
            long services = c.themes().stream().filter(t -> t.name().equals("public services")).findFirst()
                    .orElseThrow().id();
            assertThat(counts(p.wordCloud().cloud(c, scope(new WordScope(WordScope.Kind.THEME, violence))).result()))
                    .containsExactly(Map.entry("militias", 2), Map.entry("checkpoints", 1), Map.entry("held", 1),
                            Map.entry("water", 1));
            assertThat(counts(p.wordCloud().cloud(c, scope(new WordScope(WordScope.Kind.THEME, services))).result()))
                    .containsExactly(Map.entry("failed", 2), Map.entry("water", 2), Map.entry("Electricity", 1),
                            Map.entry("militias", 1));
        }
    }

    @Test
    void stopWordsAreAnUndoableProjectSettingThatTheCloudFollows() throws Exception {
        try (Project p = coded()) {
            Corpus c = p.analysis().corpus();
            assertThat(counts(p.wordCloud().cloud(c, scope(WordScope.CORPUS)).result())).containsKey("militias");
            StopWords.Choice mine = new StopWords.Choice(EnumSet.allOf(StopWords.Language.class), List.of("Militias"),
                    List.of("took"));
            p.wordCloud().saveStopWords(mine);
            assertThat(p.wordCloud().stopWords()).isEqualTo(mine);
            assertThat(counts(p.wordCloud().cloud(c, scope(WordScope.CORPUS)).result())).doesNotContainKey("militias")
                    .containsEntry("took", 1);
            assertThat(p.history().undo()).contains("Change the stop words");
            assertThat(p.wordCloud().stopWords()).isEqualTo(StopWords.Choice.defaults());
            assertThat(counts(p.wordCloud().cloud(c, scope(WordScope.CORPUS)).result())).containsKey("militias");
            p.history().redo();
            assertThat(p.wordCloud().stopWords()).isEqualTo(mine);
            long before = p.repos().history.latest(100).size();
            p.wordCloud().saveStopWords(mine);
            assertThat(p.repos().history.latest(100)).as("no change, no step").hasSize((int) before);
        }
    }

    @Test
    void occurrencesOfAWordInItsScopeWithExactOffsetsAndContext() throws Exception {
        try (Project p = coded()) {
            Corpus c = p.analysis().corpus();
            WordCloudOptions all = scope(WordScope.CORPUS);
            var snapshot = p.wordCloud().index(c);
            WordFrequencies.Word militias = p.wordCloud().cloud(snapshot, c, all, p.wordCloud().stopWords()).result()
                    .words().stream().filter(w -> w.text().equals("militias")).findFirst().orElseThrow();
            WordCloudService.Occurrences found = p.wordCloud().occurrences(snapshot, c, all, militias, 100);
            String text = p.repos().documents.text(c.documents().get(0).id());
            assertThat(found.total()).isEqualTo(2);
            assertThat(found.hits()).hasSize(2).allSatisfy(h -> {
                assertThat(text.substring(h.start(), h.end())).isEqualTo("militias");
                assertThat(h.match()).isEqualTo("militias");
                assertThat(h.left()).endsWith("The ");
            });
            assertThat(found.hits().get(1).right()).startsWith(" took the water.");
            assertThat(found.summary()).isEqualTo("‘militias’ — 2 occurrences in 1 document");
            long services = c.themes().stream().filter(t -> t.name().equals("public services")).findFirst()
                    .orElseThrow().id();
            WordCloudOptions theme = scope(new WordScope(WordScope.Kind.THEME, services));
            WordCloudService.Occurrences inTheme = p.wordCloud().occurrences(snapshot, c, theme, militias, 100);
            assertThat(inTheme.hits()).as("only inside the theme's passages").hasSize(1);
            assertThat(inTheme.hits().get(0).start()).isEqualTo(found.hits().get(1).start());
            assertThat(p.wordCloud().occurrences(snapshot, c, all, militias, 1).summary())
                    .endsWith("; the first 1 are listed");
        }
    }

    @Test
    void theFigureSourceDrawsTheSavedOptionsAndIsInTheCatalogue() throws Exception {
        try (Project p = coded()) {
            FigureSource source = FigureCatalog.named("word-cloud").orElseThrow();
            assertThat(source.title()).isEqualTo("Word cloud");
            assertThat(WordCloudOptions.from(source.defaults().options())).isEqualTo(WordCloudOptions.defaults());
            FigureSettings settings = source.defaults().withOption("colour", "single").withOption("max-words", "5");
            WordCloudFigure figure = (WordCloudFigure) source.build(p, p.analysis().corpus(), settings);
            assertThat(figure.words()).hasSize(5);
            assertThat(figure.words()).extracting(WordCloudFigure.Word::text).contains("militias", "water");
        }
    }

    @Test
    void importStoresCountsAndAProjectFromBeforeGetsThemWhenFirstNeeded() throws Exception {
        Path file;
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "P01.txt", INTERVIEW);
            TestProjects.importText(p, dir, "P02.txt", "Karim: Water, water.\nInterviewer: Why?\nKarim: Water.\n");
            assertThat(new WordCountRepository(p.repos().db, DocumentWords.RULES).countedDocuments()).isEqualTo(2);
            file = p.file();
        }
        // make it a project of schema version 1: no word counts table (V002), reviews as V001 made them (V003), no coder colours (V004)
        String v1 = new String(WordCloudServiceTest.class.getResourceAsStream(
                "/org/thematica/store/schema/V001__init.sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher review = java.util.regex.Pattern.compile(
                "(?s)CREATE TABLE review \\(.*?\\);\\nCREATE INDEX review_coding[^;]*").matcher(v1);
        assertThat(review.find()).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TABLE document_words");
            s.execute("ALTER TABLE coder DROP COLUMN colour"); // V004's
            s.execute("DROP TABLE review");
            for (String statement : review.group().split(";\\n")) {
                s.execute(statement);
            }
            s.execute("PRAGMA user_version = 1");
        }
        try (Project p = Project.open(file, org.thematica.store.Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            WordCountRepository counts = new WordCountRepository(p.repos().db, DocumentWords.RULES);
            assertThat(counts.countedDocuments()).as("migrated: the table is there, empty").isZero();
            WordFrequencies.Result r = p.wordCloud().cloud(p.analysis().corpus(), scope(WordScope.CORPUS)).result();
            assertThat(counts(r)).containsEntry("water", 5).doesNotContainKey("Karim")
                    .doesNotContainKey("Interviewer");
            assertThat(counts.countedDocuments()).as("counted once, kept for next time").isEqualTo(2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).as("migrated to the latest version").isEqualTo(latestVersion());
        }
    }

    private int latestVersion() throws Exception {
        Path fresh = dir.resolve("fresh.thematica");
        try (Project p = Project.create(fresh, TestProjects.laterSession())) {
            assertThat(p).isNotNull();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fresh); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
