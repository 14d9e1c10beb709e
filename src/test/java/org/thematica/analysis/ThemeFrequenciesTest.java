package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.ThemeFrequencies.Group;
import org.thematica.analysis.ThemeFrequencies.Measure;
import org.thematica.analysis.ThemeFrequencies.Query;
import org.thematica.analysis.ThemeFrequencies.Result;
import org.thematica.analysis.ThemeFrequencies.Row;
import org.thematica.analysis.ThemeFrequencies.Scope;
import org.thematica.analysis.ThemeFrequencies.Sort;
import org.thematica.analysis.ThemeFrequencies.Subject;
import org.thematica.model.DocumentKind;
import org.thematica.service.Project;
import org.thematica.service.RetrievalService;
import org.thematica.service.RetrievalService.AttributeFilter;
import org.thematica.service.RetrievalService.Filter;
import org.thematica.service.RetrievalService.Target;
import org.thematica.service.StatsService;
import org.thematica.testing.FrequencyFixture;

/**
 * Theme frequencies on {@link FrequencyFixture}, against values computed by hand from the table
 * in its Javadoc.
 */
class ThemeFrequenciesTest {
    @TempDir
    static Path dir;
    static Project project;
    static Corpus corpus;

    @BeforeAll
    static void build() throws Exception {
        project = FrequencyFixture.create(dir);
        corpus = project.analysis().corpus();
    }

    @AfterAll
    static void close() {
        project.close();
    }

    private static Query query(Measure m) {
        return new Query(m, Subject.THEMES, Scope.INTERVIEWS, null, null, null, Sort.VALUE);
    }

    private static Result compute(Query q) {
        return ThemeFrequencies.compute(corpus, q);
    }

    private static Row row(Result r, String name) {
        return r.rows().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(Result r) {
        return r.rows().stream().map(Row::name).toList();
    }

    private static List<String> groups(Result r) {
        return r.groups().stream().map(Group::label).toList();
    }

    @Test
    void shareOfInterviewsCountsADocumentOnceWhateverCodesOfTheThemeItHas() {
        Result r = compute(Query.defaults());
        assertThat(r.overall().documents()).as("four interviews; the source is out of scope").isEqualTo(4);
        assertThat(groups(r)).containsExactly("all");
        // security: P1 (c1, c2, c3), P2 (c6), P4 (c10, c16); politics: P1, P2 (militias), P3
        assertThat(row(r, "security").value(0)).isCloseTo(0.75, within(1e-9));
        assertThat(row(r, "security").count(0)).isEqualTo(3);
        assertThat(row(r, "politics").value(0)).isCloseTo(0.75, within(1e-9));
        // economy: P1 (the interviewer's c4) and P2; the deleted c17 in P4 does not count
        assertThat(row(r, "economy").value(0)).isCloseTo(0.5, within(1e-9));
        assertThat(row(r, "empty").value(0)).isZero();
        assertThat(names(r)).as("largest first, ties by name").containsExactly("politics", "security", "economy",
                "empty");
    }

    @Test
    void withoutFilterOrSplitTheSharesAreThoseOfThematicaStats() throws Exception {
        Result r = compute(Query.defaults());
        StatsService.Summary stats = project.stats().summary();
        assertThat(stats.themes()).hasSize(r.rows().size());
        for (StatsService.ThemeReach reach : stats.themes()) {
            Row row = row(r, reach.theme());
            assertThat(row.count(0)).as(reach.theme()).isEqualTo(reach.interviews());
            assertThat(row.value(0)).as(reach.theme()).isCloseTo(reach.share(), within(1e-9));
        }
    }

    @Test
    void segmentsAreDistinctPassagesOfTheTheme() {
        Result r = compute(query(Measure.SEGMENTS));
        // security: P1 {c1=c2}, {c3}; P2 {c6=c13}; P4 {c10}, {c16}
        assertThat(row(r, "security").count(0)).isEqualTo(5);
        // politics: P1 {c1}, {c5}; P2 {c6=c13}; P3 {c8}, {c15}
        assertThat(row(r, "politics").count(0)).isEqualTo(5);
        assertThat(row(r, "economy").count(0)).isEqualTo(2);
        assertThat(row(r, "empty").count(0)).isZero();
        assertThat(row(r, "security").value(0)).isEqualTo(5.0);
    }

    @Test
    void oneCodersBarsCountOnlyTheirCodingsForEveryMeasure() {
        CodedPassages second = CodedPassages.of("second");
        Query segments = new Query(Measure.SEGMENTS, Subject.THEMES, Scope.INTERVIEWS, null, null, null, Sort.NAME,
                second);
        Result r = compute(segments);
        // 'second' coded c13 only: the same passage as c6, which 'tester' coded
        assertThat(row(r, "security").count(0)).isEqualTo(1);
        assertThat(row(r, "politics").count(0)).isEqualTo(1);
        assertThat(row(r, "economy").count(0)).isZero();
        assertThat(r.coders()).isEqualTo(1);
        Result tester = compute(new Query(Measure.SEGMENTS, Subject.THEMES, Scope.INTERVIEWS, null, null, null,
                Sort.NAME, CodedPassages.of("tester")));
        Result both = compute(query(Measure.SEGMENTS));
        assertThat(row(tester, "security").count(0)).as("c6 by tester is the passage c13 is").isEqualTo(5);
        assertThat(row(both, "security").count(0)).as("5 + 1 codings, 5 passages").isEqualTo(5);
        assertThat(both.coders()).isEqualTo(2);

        Result documents = compute(new Query(Measure.DOCUMENTS, Subject.THEMES, Scope.INTERVIEWS, null, null, "role",
                Sort.NAME, second));
        assertThat(documents.overall().documents()).as("the denominators stay: every interview").isEqualTo(4);
        assertThat(row(documents, "security").overall()).as("P2 only").isCloseTo(0.25, within(1e-9));
        assertThat(row(documents, "security").counts()).as("political actor, security expert, no role")
                .containsExactly(0, 1, 0);
        Result cases = compute(new Query(Measure.CASES, Subject.THEMES, Scope.INTERVIEWS, null, null, null,
                Sort.NAME, second));
        assertThat(row(cases, "security").value(0)).as("Layla of four").isCloseTo(0.25, within(1e-9));
        Result words = compute(new Query(Measure.WORDS, Subject.THEMES, Scope.INTERVIEWS, null, null, null,
                Sort.NAME, second));
        assertThat(row(words, "politics").count(0)).as("c13's five words").isEqualTo(5);
    }

    @Test
    void wordsAreTheWordsOfTheDistinctPassages() {
        Result r = compute(query(Measure.WORDS));
        assertThat(row(r, "security").count(0)).as("3 + 5 + 5 + 4 + 2").isEqualTo(19);
        assertThat(row(r, "politics").count(0)).as("3 + 4 + 5 + 5 + 4").isEqualTo(21);
        assertThat(row(r, "economy").count(0)).as("3 + 3").isEqualTo(6);
        assertThat(names(r)).containsExactly("politics", "security", "economy", "empty");
    }

    @Test
    void shareOfCasesCountsWhoSaidAPassage() {
        Result r = compute(query(Measure.CASES));
        assertThat(r.overall().cases()).as("Karim, Layla, Hassan, Omar").isEqualTo(4);
        assertThat(row(r, "security").value(0)).as("all four").isCloseTo(1.0, within(1e-9));
        assertThat(row(r, "politics").value(0)).as("Karim and Layla").isCloseTo(0.5, within(1e-9));
        // c4 is the interviewer's, in a document linked to nobody as a whole: only Layla's c7 counts
        assertThat(row(r, "economy").value(0)).isCloseTo(0.25, within(1e-9));
        assertThat(row(r, "empty").value(0)).isZero();
    }

    @Test
    void theScopeChoosesInterviewsSourcesOrAll() {
        Result all = compute(new Query(Measure.DOCUMENTS, Subject.THEMES, Scope.ALL, null, null, null, Sort.NAME));
        assertThat(all.overall().documents()).isEqualTo(5);
        assertThat(names(all)).containsExactly("economy", "empty", "politics", "security");
        assertThat(row(all, "security").value(0)).isCloseTo(0.8, within(1e-9));
        assertThat(row(all, "politics").value(0)).as("the source's militias count for both themes")
                .isCloseTo(0.8, within(1e-9));
        assertThat(row(all, "economy").value(0)).isCloseTo(0.6, within(1e-9));

        Result sources = compute(new Query(Measure.DOCUMENTS, Subject.THEMES, Scope.SOURCES, null, null, "role",
                Sort.VALUE));
        assertThat(groups(sources)).as("the source has no case").containsExactly("no role");
        assertThat(sources.groups().get(0).missing()).isTrue();
        assertThat(sources.groups().get(0).documents()).isEqualTo(1);
        assertThat(row(sources, "security").value(0)).isEqualTo(1.0);
        assertThat(row(sources, "politics").value(0)).isEqualTo(1.0);
        assertThat(row(sources, "economy").value(0)).isEqualTo(1.0);
        assertThat(row(sources, "empty").value(0)).isZero();
    }

    @Test
    void theAttributeFilterKeepsTheDocumentsPassagesAndCasesOfThatValue() {
        Query q = new Query(Measure.DOCUMENTS, Subject.THEMES, Scope.INTERVIEWS, "role", "security expert", null,
                Sort.VALUE);
        Result r = compute(q);
        assertThat(r.overall().documents()).as("P2 (Layla) and P4 (Hassan)").isEqualTo(2);
        assertThat(row(r, "security").value(0)).isCloseTo(1.0, within(1e-9));
        assertThat(row(r, "politics").value(0)).isCloseTo(0.5, within(1e-9));
        assertThat(row(r, "economy").value(0)).isCloseTo(0.5, within(1e-9));

        Result segments = compute(new Query(Measure.SEGMENTS, Subject.THEMES, Scope.INTERVIEWS, "role",
                "security expert", null, Sort.VALUE));
        assertThat(row(segments, "security").count(0)).as("{c6=c13}, {c10}; Omar's c16 is not a security expert's")
                .isEqualTo(2);

        Result cases = compute(new Query(Measure.CASES, Subject.THEMES, Scope.INTERVIEWS, "role", "security expert",
                null, Sort.VALUE));
        assertThat(cases.overall().cases()).isEqualTo(2);
        assertThat(row(cases, "economy").value(0)).as("Layla, not Hassan").isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theSplitComputesEachGroupWithinItself() {
        Result r = compute(new Query(Measure.DOCUMENTS, Subject.THEMES, Scope.INTERVIEWS, null, null, "role",
                Sort.VALUE));
        assertThat(groups(r)).containsExactly("political actor", "security expert", "no role");
        assertThat(r.groups()).extracting(Group::documents).as("P1; P2, P4; P3 and P4 (Omar has no role)")
                .containsExactly(1, 2, 2);
        assertThat(r.groups()).extracting(Group::value).containsExactly("political actor", "security expert", null);
        assertThat(row(r, "security").values()).containsExactly(1.0, 1.0, 0.5);
        assertThat(row(r, "politics").values()).containsExactly(1.0, 0.5, 0.5);
        // the interviewer's c4 is said by nobody, in P1, which is not in the "no role" group
        assertThat(row(r, "economy").values()).containsExactly(0.0, 0.5, 0.0);
        assertThat(row(r, "economy").overall()).as("overall, as stats counts").isCloseTo(0.5, within(1e-9));
        assertThat(names(r)).containsExactly("politics", "security", "economy", "empty");

        Result segments = compute(new Query(Measure.SEGMENTS, Subject.THEMES, Scope.INTERVIEWS, null, null, "role",
                Sort.VALUE));
        assertThat(row(segments, "security").counts()).containsExactly(2, 2, 1);
        assertThat(row(segments, "politics").counts()).containsExactly(2, 1, 2);
        assertThat(row(segments, "economy").counts()).as("c4 is a no-role segment").containsExactly(0, 1, 1);

        Result words = compute(new Query(Measure.WORDS, Subject.THEMES, Scope.INTERVIEWS, null, null, "role",
                Sort.VALUE));
        assertThat(row(words, "politics").counts()).as("3 + 4; 5; 5 + 4").containsExactly(7, 5, 9);

        Result cases = compute(new Query(Measure.CASES, Subject.THEMES, Scope.INTERVIEWS, null, null, "role",
                Sort.VALUE));
        assertThat(cases.groups()).extracting(Group::cases).containsExactly(1, 2, 1);
        assertThat(row(cases, "security").values()).containsExactly(1.0, 1.0, 1.0);
        assertThat(row(cases, "economy").values()).containsExactly(0.0, 0.5, 0.0);
    }

    @Test
    void filterAndSplitTogetherGroupOnlyTheCasesThatPass() {
        Result r = compute(new Query(Measure.DOCUMENTS, Subject.THEMES, Scope.INTERVIEWS, "role", "security expert",
                "gender", Sort.VALUE));
        assertThat(groups(r)).as("Omar is male but no security expert; nobody lacks a gender")
                .containsExactly("female", "male");
        assertThat(r.groups()).extracting(Group::documents).containsExactly(1, 1);
        assertThat(row(r, "security").values()).containsExactly(1.0, 1.0);
        assertThat(row(r, "economy").values()).containsExactly(1.0, 0.0);
    }

    @Test
    void codesCanBeCountedInsteadOfThemes() {
        Result r = compute(new Query(Measure.SEGMENTS, Subject.CODES, Scope.INTERVIEWS, null, null, null,
                Sort.VALUE));
        assertThat(names(r)).containsExactly("army", "elections", "militias", "oil", "unthemed");
        assertThat(r.rows()).extracting(x -> x.count(0)).containsExactly(4L, 3L, 2L, 2L, 1L);
        Result docs = compute(new Query(Measure.DOCUMENTS, Subject.CODES, Scope.INTERVIEWS, null, null, null,
                Sort.NAME));
        assertThat(docs.rows()).extracting(x -> x.value(0)).containsExactly(0.5, 0.5, 0.5, 0.5, 0.25);
    }

    @Test
    void theBarsAgreeWithThePassagesViewThatABarClickOpens() {
        RetrievalService retrieval = new RetrievalService(project);
        Result segments = compute(new Query(Measure.SEGMENTS, Subject.THEMES, Scope.INTERVIEWS, null, null, "role",
                Sort.VALUE));
        Result documents = compute(new Query(Measure.DOCUMENTS, Subject.THEMES, Scope.INTERVIEWS, null, null, "role",
                Sort.VALUE));
        for (Row row : segments.rows()) {
            for (int g = 0; g < segments.groups().size(); g++) {
                Group group = segments.groups().get(g);
                if (group.missing()) {
                    continue; // the Passages view cannot filter on a missing value
                }
                var passages = retrieval.passages(Target.theme(row.id()),
                        new Filter(new AttributeFilter("role", group.value()), DocumentKind.INTERVIEW, null));
                Set<String> extents = new HashSet<>();
                Set<Long> docs = new HashSet<>();
                passages.rows().forEach(p -> {
                    extents.add(p.coding().documentId() + ":" + p.coding().start() + "-" + p.coding().end());
                    docs.add(p.coding().documentId());
                });
                assertThat(row.count(g)).as(row.name() + " / " + group.label()).isEqualTo(extents.size());
                assertThat(row(documents, row.name()).count(g)).as(row.name() + " / " + group.label())
                        .isEqualTo(docs.size());
            }
        }
    }

    @Test
    void anEmptyCorpusGivesNoRows() {
        Result r = ThemeFrequencies.compute(Corpus.empty(), Query.defaults());
        assertThat(r.rows()).isEmpty();
        assertThat(r.overall().documents()).isZero();
    }

    @Test
    void optionKeysParseLeniently() {
        assertThat(Measure.parse("Words")).isEqualTo(Measure.WORDS);
        assertThat(Scope.parse("all")).isEqualTo(Scope.ALL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Measure.parse("nope"))
                .hasMessageContaining("documents, cases, segments, words");
    }
}
