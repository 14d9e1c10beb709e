package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Coding;
import org.thematica.model.DocumentKind;
import org.thematica.service.CodebookService.CodingsPolicy;
import org.thematica.service.RetrievalService.AttributeFilter;
import org.thematica.service.RetrievalService.Filter;
import org.thematica.service.RetrievalService.Moved;
import org.thematica.service.RetrievalService.Passage;
import org.thematica.service.RetrievalService.Passages;
import org.thematica.service.RetrievalService.Target;
import org.thematica.testing.RetrievalFixture;

/** Passages of a code or theme across documents: who said them, filters, and moving or removing a choice. */
class RetrievalServiceTest {
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

    private long code(String name) {
        return p.repos().codes.byName(name).orElseThrow().id();
    }

    private long theme(String name) {
        return p.repos().themes.byName(name).orElseThrow().id();
    }

    private Passages violence(Filter filter) {
        return retrieval.passages(Target.code(code("violence")), filter);
    }

    @Test
    void aCodesPassagesAreListedByDocumentThenPositionWithCaseCoderAndKind() {
        Passages v = violence(Filter.NONE);
        assertThat(v.rows()).extracting(r -> r.coding().text(), Passage::document, Passage::cases, Passage::coder,
                        Passage::kind)
                .containsExactly(
                        tuple("When did the violence begin?", "P01 Karim", "", "tester", DocumentKind.INTERVIEW),
                        tuple("The violence began in 2006.", "P01 Karim", "Karim", "tester", DocumentKind.INTERVIEW),
                        tuple("the violence — العُنْف —", "P02 Layla", "Layla", "Tom", DocumentKind.INTERVIEW),
                        tuple("Violence, again; VIOLENCE.", "P02 Layla", "Layla", "tester", DocumentKind.INTERVIEW),
                        tuple("violence in the region", "S01 Report", "", "tester", DocumentKind.SOURCE));
        assertThat(v.header()).isEqualTo("Code 'violence' — 5 passages in 3 documents");
    }

    @Test
    void theCaseIsTheLinkedTurnTheCodingStartsInElseTheDocumentsCases() {
        // the interviewer's question is in P01 but not in Karim's turns, and P01 itself has no case
        List<Passage> rows = violence(Filter.NONE).rows();
        assertThat(rows.get(0).cases()).isEmpty();
        assertThat(rows.get(1).cases()).isEqualTo("Karim");
        assertThat(rows.get(2).cases()).as("Layla's whole document is hers").isEqualTo("Layla");
    }

    @Test
    void aThemeListsEachCodingOfItsCodesSoAPassageCodedTwiceAppearsTwiceWithItsCode() {
        Passages t = retrieval.passages(Target.theme(theme("instability")), Filter.NONE);
        assertThat(t.rows()).extracting(r -> r.coding().text(), Passage::code).containsExactly(
                tuple("When did the violence begin?", "violence"),
                tuple("The violence began in 2006.", "intervention"),
                tuple("The violence began in 2006.", "violence"),
                tuple("2006. Foreign intervention made it worse.", "intervention"),
                tuple("the violence — العُنْف —", "violence"),
                tuple("Violence, again; VIOLENCE.", "violence"),
                tuple("foreign intervention", "intervention"),
                tuple("violence in the region", "violence"));
        assertThat(t.header()).isEqualTo("Theme 'instability' — 8 passages in 3 documents");
    }

    @Test
    void aCodeInTwoThemesBringsItsPassagesToBoth() {
        Passages foreign = retrieval.passages(Target.theme(theme("foreign influence")), Filter.NONE);
        assertThat(foreign.rows()).extracting(Passage::code).containsOnly("intervention");
        assertThat(foreign.header()).isEqualTo("Theme 'foreign influence' — 3 passages in 2 documents");
        assertThat(retrieval.passages(Target.theme(theme("instability")), Filter.NONE).rows())
                .filteredOn(r -> r.code().equals("intervention")).hasSize(3);
    }

    @Test
    void theAttributeFilterKeepsPassagesWhoseCaseHasTheValue() {
        Passages experts = violence(new Filter(new AttributeFilter("role", "security expert"), null, null));
        assertThat(experts.rows()).extracting(r -> r.coding().text())
                .containsExactly("the violence — العُنْف —", "Violence, again; VIOLENCE.");
        assertThat(experts.header()).isEqualTo("Code 'violence' — 2 of 5 passages in 1 document");
        Passages actors = violence(new Filter(new AttributeFilter("role", "political actor"), null, null));
        assertThat(actors.rows()).extracting(r -> r.coding().text()).containsExactly("The violence began in 2006.");
        assertThat(violence(new Filter(new AttributeFilter("age", "41"), null, null)).rows()).hasSize(2);
        assertThat(violence(new Filter(new AttributeFilter("role", "diplomat"), null, null)).rows()).isEmpty();
    }

    @Test
    void kindAndCoderFiltersNarrowTheListAndCombine() {
        assertThat(violence(new Filter(null, DocumentKind.SOURCE, null)).rows()).extracting(Passage::document)
                .containsExactly("S01 Report");
        assertThat(violence(new Filter(null, DocumentKind.INTERVIEW, null)).rows()).hasSize(4);
        assertThat(violence(new Filter(null, null, "Tom")).rows()).extracting(r -> r.coding().text())
                .containsExactly("the violence — العُنْف —");
        assertThat(violence(new Filter(new AttributeFilter("role", "security expert"), DocumentKind.INTERVIEW,
                "tester")).rows()).extracting(r -> r.coding().text()).containsExactly("Violence, again; VIOLENCE.");
    }

    @Test
    void aCaseFilterListsOneParticipantsPassages() {
        assertThat(violence(new Filter(AttributeFilter.ofCase("Karim"), null, null)).rows())
                .extracting(r -> r.coding().text()).containsExactly("The violence began in 2006.");
        assertThat(violence(new Filter(AttributeFilter.ofCase("Layla"), null, null)).rows()).hasSize(2);
        assertThat(violence(new Filter(AttributeFilter.ofCase("Omar"), null, null)).rows()).isEmpty();
    }

    @Test
    void theFiltersOfferEachAttributeValueOnceAndTheCodersWhoCoded() {
        RetrievalService.FilterOptions options = retrieval.filterOptions();
        assertThat(options.attributes()).extracting(AttributeFilter::label)
                .containsExactly("age = 41", "role = political actor", "role = security expert", "case = Karim",
                        "case = Layla", "case = Omar");
        assertThat(options.coders()).containsExactly("tester", "Tom");
    }

    @Test
    void aDeletedCodeHasNoPassagesAndNoName() throws Exception {
        long id = code("security vacuum");
        p.codebook().deleteCode("security vacuum", CodingsPolicy.DELETE, null);
        Passages gone = retrieval.passages(Target.code(id), Filter.NONE);
        assertThat(gone.name()).isNull();
        assertThat(gone.rows()).isEmpty();
        assertThat(gone.header()).isEmpty();
    }

    @Test
    void movingSomePassagesToANewCodeSplitsTheCodeAsOneUndoStep() throws Exception {
        List<Coding> layla = violence(Filter.NONE).rows().stream().filter(r -> r.document().equals("P02 Layla"))
                .map(Passage::coding).toList();
        long before = p.repos().history.nextUndo().orElseThrow().id();

        Moved moved = retrieval.moveCodings(layla, "violence (everyday)");

        assertThat(moved).isEqualTo(new Moved("violence (everyday)", 2, 0, true));
        assertThat(violence(Filter.NONE).rows()).hasSize(3);
        Passages split = retrieval.passages(Target.code(code("violence (everyday)")), Filter.NONE);
        assertThat(split.rows()).extracting(r -> r.coding().text())
                .containsExactly("the violence — العُنْف —", "Violence, again; VIOLENCE.");
        assertThat(split.rows()).extracting(Passage::coder).as("coders stay").containsExactly("Tom", "tester");
        assertThat(p.history().undoLabel()).contains("Move 2 passages to code 'violence (everyday)'");

        p.history().undo();
        assertThat(violence(Filter.NONE).rows()).hasSize(5);
        assertThat(p.repos().codes.byName("violence (everyday)")).as("the new code goes with the same undo").isEmpty();
        assertThat(p.repos().history.nextUndo().orElseThrow().id()).as("one step").isEqualTo(before);

        p.history().redo();
        assertThat(violence(Filter.NONE).rows()).hasSize(3);
    }

    @Test
    void movingFromSeveralCodesToAnExistingCodeIsOneStepToo() throws Exception {
        List<Coding> chosen = retrieval.passages(Target.theme(theme("instability")), Filter.NONE).rows().stream()
                .filter(r -> r.document().equals("S01 Report")).map(Passage::coding).toList();
        assertThat(chosen).extracting(Coding::codeId).containsExactlyInAnyOrder(code("violence"), code("intervention"));

        assertThat(retrieval.moveCodings(chosen, "security vacuum")).isEqualTo(new Moved("security vacuum", 2, 0, false));
        assertThat(retrieval.passages(Target.code(code("security vacuum")), Filter.NONE).rows()).hasSize(3);

        p.history().undo();
        assertThat(retrieval.passages(Target.code(code("security vacuum")), Filter.NONE).rows()).hasSize(1);
        assertThat(violence(Filter.NONE).rows()).hasSize(5);
    }

    @Test
    void aPassageTheTargetCodeAlreadyHasFromTheSameCoderIsKeptOnce() throws Exception {
        Coding twin = violence(Filter.NONE).rows().get(1).coding(); // also coded "intervention" by tester
        assertThat(retrieval.moveCodings(List.of(twin), "intervention"))
                .isEqualTo(new Moved("intervention", 0, 1, false));
        assertThat(retrieval.passages(Target.code(code("intervention")), Filter.NONE).rows())
                .filteredOn(r -> r.coding().text().equals("The violence began in 2006.")).hasSize(1);
        p.history().undo();
        assertThat(violence(Filter.NONE).rows()).hasSize(5);
    }

    @Test
    void movingPassagesToTheCodeTheyHaveIsRefusedAndChangesNothing() throws Exception {
        List<Coding> all = violence(Filter.NONE).rows().stream().map(Passage::coding).toList();
        long steps = p.repos().history.nextUndo().orElseThrow().id();
        assertThatThrownBy(() -> retrieval.moveCodings(all, "violence"))
                .hasMessage("these passages are already coded as 'violence'");
        assertThatThrownBy(() -> retrieval.moveCodings(List.of(), "x")).hasMessage("choose the passages to move first");
        assertThatThrownBy(() -> retrieval.moveCodings(all, "  ")).hasMessage("a code needs a name");
        assertThat(p.repos().history.nextUndo().orElseThrow().id()).isEqualTo(steps);
    }

    @Test
    void aPassageRemovedMeanwhileMakesTheMoveFailWhole() throws Exception {
        List<Coding> all = violence(Filter.NONE).rows().stream().map(Passage::coding).toList();
        p.coding().remove(all.get(0));
        assertThatThrownBy(() -> retrieval.moveCodings(all, "elsewhere"))
                .hasMessageStartingWith("a passage was removed in the meantime");
        assertThat(p.repos().codes.byName("elsewhere")).isEmpty();
        assertThat(violence(Filter.NONE).rows()).hasSize(4);
    }

    @Test
    void removingCodingsIsOneUndoStep() throws Exception {
        List<Coding> two = violence(Filter.NONE).rows().subList(0, 2).stream().map(Passage::coding).toList();
        assertThat(retrieval.removeCodings(two)).isEqualTo(2);
        assertThat(violence(Filter.NONE).rows()).hasSize(3);
        assertThat(p.history().undoLabel()).contains("Remove 2 codings");
        p.history().undo();
        assertThat(violence(Filter.NONE).rows()).hasSize(5);
    }

    @Test
    void copiedQuotesNameTheirDocumentAndCase() {
        List<Passage> rows = violence(Filter.NONE).rows();
        assertThat(RetrievalService.quotes(List.of(rows.get(1), rows.get(4))))
                .isEqualTo("“The violence began in 2006.”\n— P01 Karim, Karim\n\n“violence in the region”\n— S01 Report");
    }
}
