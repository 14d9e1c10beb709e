package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.service.RetrievalService.Hit;
import org.thematica.service.RetrievalService.SearchResult;
import org.thematica.testing.RetrievalFixture;

/** Search across documents: one row per occurrence, in context, at exact UTF-16 offsets. */
class SearchInContextTest {
    @TempDir
    Path dir;
    Project p;
    RetrievalService retrieval;

    @BeforeEach
    void setUp() throws Exception {
        p = RetrievalFixture.create(dir);
        retrieval = new RetrievalService(p);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private String text(Hit h) {
        return p.repos().documents.text(h.documentId());
    }

    private Map<String, List<String>> byDocument(SearchResult r) {
        return r.hits().stream().collect(Collectors.groupingBy(Hit::document, java.util.TreeMap::new,
                Collectors.mapping(h -> text(h).substring(h.start(), h.end()), Collectors.toList())));
    }

    @Test
    void everyOccurrenceIsOneRowWithExactOffsetsAfterEmojiAndArabic() {
        SearchResult r = retrieval.search("violence", 500);
        assertThat(byDocument(r)).containsExactly(
                Map.entry("P01 Karim", List.of("violence", "violence")),
                Map.entry("P02 Layla", List.of("violence", "Violence", "VIOLENCE")),
                Map.entry("S01 Report", List.of("violence")));
        assertThat(r.summary()).isEqualTo("6 matches in 3 documents");
        Hit first = r.hits().stream().filter(h -> h.document().equals("P02 Layla")).findFirst().orElseThrow();
        String layla = text(first);
        assertThat(first.start()).isEqualTo(layla.indexOf("violence")).isEqualTo(18); // 😀 counts two units
        assertThat(first.left()).isEqualTo("Layla 😀 said the ");
        assertThat(first.match()).isEqualTo("violence");
        assertThat(first.right()).startsWith(" — العُنْف — was everywhere. Violence");
    }

    @Test
    void arabicWithItsMarksIsFoundAtItsExactPlaceAndAnArabicLineReadsRightToLeft() {
        SearchResult r = retrieval.search("العُنْف", 500);
        assertThat(r.hits()).hasSize(2);
        Hit inEnglish = r.hits().get(0);
        String text = text(inEnglish);
        assertThat(inEnglish.start()).isEqualTo(text.indexOf("العُنْف"));
        assertThat(text.substring(inEnglish.start(), inEnglish.end())).isEqualTo("العُنْف");
        assertThat(inEnglish.cases()).isEqualTo("Layla");
        assertThat(inEnglish.rightToLeft()).as("an English line quoting Arabic").isFalse();
        Hit arabic = r.hits().get(1);
        assertThat(arabic.start()).isEqualTo(text.lastIndexOf("العُنْف"));
        assertThat(arabic.rightToLeft()).isTrue();
        assertThat(arabic.right()).isEqualTo(" في كل مكان، قالت ليلى.");
    }

    @Test
    void arabicTypedWithoutHarakatFindsTheVowelledWord() {
        SearchResult r = retrieval.search("العنف", 500);
        assertThat(r.hits()).extracting(h -> text(h).substring(h.start(), h.end()))
                .containsExactly("العُنْف", "العُنْف");
        assertThat(retrieval.search("العنف Karim", 500).hits()).as("all words must be in one document").isEmpty();
        assertThat(retrieval.search("العنف OR ISIS", 500).summary()).isEqualTo("3 matches in 2 documents");
    }

    @Test
    void aPhraseIsFoundAcrossPunctuationAndLineBreaks() {
        SearchResult r = retrieval.search("\"violence foreign\"", 500);
        assertThat(byDocument(r)).containsExactly(Map.entry("P02 Layla", List.of("VIOLENCE. Foreign")));
        assertThat(r.hits().get(0).match()).isEqualTo("VIOLENCE. Foreign");
        assertThat(byDocument(retrieval.search("\"foreign intervention\"", 500)).values())
                .allSatisfy(v -> assertThat(v).hasSize(1)).hasSize(3);
    }

    @Test
    void prefixesAndOrWorkAsInTheProjectSearch() {
        assertThat(byDocument(retrieval.search("interv*", 500))).containsExactly(
                Map.entry("P01 Karim", List.of("Interviewer", "intervention", "Interviewer")),
                Map.entry("P02 Layla", List.of("intervention")), Map.entry("S01 Report", List.of("intervention")));
        assertThat(byDocument(retrieval.search("ISIS OR region", 500))).containsExactly(
                Map.entry("P01 Karim", List.of("ISIS")), Map.entry("S01 Report", List.of("region")));
        assertThat(byDocument(retrieval.search("violence ISIS", 500))).as("every word must be in the document")
                .containsExactly(Map.entry("P01 Karim", List.of("violence", "violence", "ISIS")));
    }

    @Test
    void wholeWordsOnlyAsTheIndexMatches() {
        assertThat(retrieval.search("port", 500).matches()).isZero();
        assertThat(retrieval.search("( ) -", 500).summary()).isEqualTo("0 matches in 0 documents");
    }

    @Test
    void eachRowNamesTheCaseOfTheTurnOrDocumentItIsIn() {
        SearchResult r = retrieval.search("violence ISIS", 500);
        assertThat(r.hits()).extracting(Hit::match, Hit::cases).containsExactly(
                org.assertj.core.api.Assertions.tuple("violence", ""),
                org.assertj.core.api.Assertions.tuple("violence", "Karim"),
                org.assertj.core.api.Assertions.tuple("ISIS", "Karim"));
    }

    @Test
    void aLongListIsCutButEveryMatchIsCounted() {
        SearchResult r = retrieval.search("violence", 4);
        assertThat(r.hits()).hasSize(4);
        assertThat(r.matches()).isEqualTo(6);
        assertThat(r.summary()).isEqualTo("6 matches in 3 documents (the first 4 are listed)");
    }

    @Test
    void deletedDocumentsAreNotSearched() throws Exception {
        p.documents().delete("S01 Report");
        assertThat(byDocument(retrieval.search("violence", 500))).doesNotContainKey("S01 Report");
    }

    @Test
    void aSearchInStepsShowsTheFirstPageThenCountsTheRest() {
        SearchRun run = retrieval.start("violence", 2);
        assertThat(run.step(Long.MAX_VALUE)).as("the step stops once the page of 2 is full").isFalse();
        SearchResult page = run.result();
        assertThat(page.complete()).isFalse();
        assertThat(page.hits()).extracting(Hit::document).containsExactly("P01 Karim", "P01 Karim");
        assertThat(page.summary()).isEqualTo("2 matches in 1 document so far (the first 2 are listed); counting…");
        int steps = 0;
        while (!run.step(0)) { // a spent budget still reads one document per step
            steps++;
        }
        assertThat(steps).isEqualTo(1);
        assertThat(run.result()).isEqualTo(retrieval.search("violence", 2));
        assertThat(run.result().summary()).isEqualTo("6 matches in 3 documents (the first 2 are listed)");
    }

    @Test
    void withTheIndexReadyTheFirstStepHasEveryOccurrenceCounted() {
        while (!retrieval.prepareSearch(0)) { // one document per call
        }
        SearchRun run = retrieval.start("violence", 500);
        run.step(0);
        SearchResult first = run.result();
        assertThat(first.counted()).isTrue();
        assertThat(first.complete()).isFalse();
        assertThat(first.summary()).isEqualTo("6 matches in 3 documents (the first 2 are listed); listing…");
        while (!run.step(0)) {
            assertThat(run.result().matches()).isEqualTo(6);
        }
        assertThat(run.result()).isEqualTo(new RetrievalService(p).search("violence", 500));
        SearchRun page = retrieval.start("violence", 2);
        assertThat(page.step(Long.MAX_VALUE)).as("counted, and the page is full").isTrue();
        assertThat(page.result().summary()).isEqualTo("6 matches in 3 documents (the first 2 are listed)");
    }

    @Test
    void aSearchWithTheIndexReadyFindsWhatAFirstSearchFinds() {
        RetrievalService warm = new RetrievalService(p);
        while (!warm.prepareSearch(Long.MAX_VALUE)) {
        }
        for (String q : List.of("violence", "\"foreign intervention\"", "interv*", "العنف OR ISIS", "violence ISIS",
                "Foreign OR region", "\"violence foreign\"", "absent", "العُنْف")) {
            assertThat(warm.search(q, 3)).as(q).isEqualTo(new RetrievalService(p).search(q, 3));
            assertThat(warm.search(q, 500)).as(q).isEqualTo(new RetrievalService(p).search(q, 500));
        }
    }

    @Test
    void documentsImportedOrDeletedAfterTheIndexWasBuiltAreCountedAsTheyAreNow() throws Exception {
        assertThat(retrieval.search("violence", 500).summary()).isEqualTo("6 matches in 3 documents");
        java.nio.file.Path file = dir.resolve("P03 Omar.txt");
        java.nio.file.Files.writeString(file, "Omar: violence, and more violence.\n");
        p.imports().importFiles(new ImportService.Request(List.of(file), org.thematica.model.DocumentKind.INTERVIEW,
                null, null, null), false, new java.util.ArrayList<>(), Progress.NONE);
        assertThat(retrieval.search("violence", 500).summary()).isEqualTo("8 matches in 4 documents");
        p.documents().delete("P01 Karim");
        assertThat(retrieval.search("violence", 500).summary()).isEqualTo("6 matches in 3 documents");
    }

    @Test
    void theSearchDoesNotDependOnTheFullTextIndex() {
        // the project's full-text index may be built after a document is stored (in the background):
        // the pane's count and list must not wait for it or miss what it lacks
        p.repos().db.update("INSERT INTO document_fts (document_fts) VALUES ('delete-all')");
        assertThat(retrieval.search("violence", 500).summary()).isEqualTo("6 matches in 3 documents");
        assertThat(retrieval.search("\"foreign intervention\"", 500).summary()).isEqualTo("3 matches in 3 documents");
    }
}
