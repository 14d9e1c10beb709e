package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Coding;
import org.thematica.model.ReviewBadge;
import org.thematica.model.Verdict;
import org.thematica.service.RetrievalService.AttributeFilter;
import org.thematica.service.ReviewQueue.Filter;
import org.thematica.service.ReviewQueue.Item;
import org.thematica.service.ReviewQueue.State;
import org.thematica.testing.RetrievalFixture;

/**
 * The review queue (issue 12, part 2): each state and filter, on the retrieval fixture's nine
 * codings (two coders, two themes, cases with roles). "Me" is the session's coder: the
 * supervisor, unless a test says otherwise.
 */
class ReviewQueueTest {
    static final String SUPERVISOR = "Supervisor";
    @TempDir
    Path dir;
    Project p;

    @BeforeEach
    void fixture() throws Exception {
        p = RetrievalFixture.create(dir);
        p.actAs(SUPERVISOR);
    }

    @AfterEach
    void close() {
        p.close();
    }

    private List<Item> queue(State state) {
        return p.reviews().queue().codings(Filter.ALL.with(state)).items();
    }

    private Coding coding(String document, String code, String match) throws Exception {
        return p.repos().codings.byGuid(p.reviews().findCoding(document, code, match, null)).orElseThrow();
    }

    private List<String> texts(List<Item> items) {
        return items.stream().map(i -> i.coding().text()).toList();
    }

    private void judge(Coding c, Verdict verdict, String comment) throws Exception {
        p.reviews().judgeCoding(c.guid(), verdict, comment);
    }

    @Test
    void reviewedMeansAVerdictByMeAndTheProgressCountsThem() throws Exception {
        assertThat(queue(State.UNREVIEWED)).hasSize(9);
        assertThat(p.reviews().queue().codings(Filter.ALL).progress().line()).isEqualTo("0 of 9 reviewed");
        Coding vacuum = coding("P01 Karim", "security vacuum", "vacuum");
        judge(vacuum, Verdict.AGREE, "");
        Coding layla = coding("P02 Layla", "violence", "again");
        judge(layla, Verdict.QUESTION, "Is repetition violence?");

        assertThat(queue(State.UNREVIEWED)).hasSize(7).noneMatch(i -> i.coding().id() == vacuum.id());
        assertThat(texts(queue(State.REVIEWED))).containsExactly(vacuum.text(), layla.text());
        assertThat(p.reviews().queue().codings(Filter.ALL).progress().line())
                .isEqualTo("2 of 9 reviewed · 1 open question");

        p.actAs("Tom"); // someone else's verdicts are not mine
        assertThat(queue(State.UNREVIEWED)).hasSize(9);
        assertThat(queue(State.QUESTIONS)).as("an open question is open for everyone").hasSize(1);
        p.actAs(SUPERVISOR);

        p.history().undo(); // the question
        assertThat(queue(State.UNREVIEWED)).hasSize(8);
        assertThat(queue(State.QUESTIONS)).isEmpty();
    }

    @Test
    void aReplyIsNoVerdictAndMyLatestVerdictIsTheOneShown() throws Exception {
        Coding c = coding("P01 Karim", "security vacuum", "vacuum");
        p.actAs("Tom");
        var theirs = p.reviews().judgeCoding(c.guid(), Verdict.QUESTION, "Why?");
        p.actAs(SUPERVISOR);
        p.reviews().reply(theirs.guid(), "I wonder too.");
        assertThat(queue(State.UNREVIEWED)).extracting(i -> i.coding().id()).contains(c.id());
        judge(c, Verdict.DISAGREE, "No.");
        judge(c, Verdict.AGREE, "On second thoughts, yes.");
        Item item = queue(State.REVIEWED).get(0);
        assertThat(item.mine().verdict()).isEqualTo(Verdict.AGREE);
        assertThat(item.badge()).as("an open question outranks the rest").isEqualTo(ReviewBadge.QUESTION);
    }

    // ---- changed since my review ----------------------------------------------------------------

    @Test
    void resizedAfterMyVerdictIsChanged() throws Exception {
        Coding c = coding("P01 Karim", "security vacuum", "vacuum");
        judge(c, Verdict.AGREE, "");
        assertThat(queue(State.CHANGED)).isEmpty();
        p.coding().resize(c, c.start(), c.end() + 4); // "the security vacuum" → "the security vacuum let"
        assertThat(texts(queue(State.CHANGED))).containsExactly("the security vacuum let");
        assertThat(p.reviews().queue().codings(Filter.ALL).progress().line())
                .isEqualTo("1 of 9 reviewed · 1 changed since your review");
    }

    @Test
    void recodedAfterMyVerdictIsChanged() throws Exception {
        Coding c = coding("P01 Karim", "security vacuum", "vacuum");
        judge(c, Verdict.AGREE, "");
        p.coding().recode(c, "violence");
        assertThat(queue(State.CHANGED)).singleElement().satisfies(i -> assertThat(i.code()).isEqualTo("violence"));
    }

    @Test
    void recodedToANewCodeIsChanged() throws Exception { // one step that makes the code and moves the coding
        Coding c = coding("P01 Karim", "security vacuum", "vacuum");
        judge(c, Verdict.AGREE, "");
        p.coding().recode(c, "power vacuum");
        assertThat(queue(State.CHANGED)).singleElement().satisfies(i -> assertThat(i.code()).isEqualTo("power vacuum"));
    }

    @Test
    void itsCodeRenamedAfterMyVerdictIsChangedAndRenamedBackIsNot() throws Exception {
        Coding c = coding("P01 Karim", "security vacuum", "vacuum");
        judge(c, Verdict.AGREE, "");
        p.codebook().renameCode("security vacuum", "power vacuum");
        assertThat(queue(State.CHANGED)).hasSize(1);
        p.codebook().renameCode("power vacuum", "security vacuum");
        assertThat(queue(State.CHANGED)).as("the same as I saw it").isEmpty();
    }

    @Test
    void aChangeUndoneIsNoChangeAndRedoneIsOneAgain() throws Exception {
        Coding c = coding("P01 Karim", "security vacuum", "vacuum");
        judge(c, Verdict.AGREE, "");
        p.coding().resize(c, c.start(), c.end() + 4);
        p.history().undo();
        assertThat(queue(State.CHANGED)).isEmpty();
        p.history().redo();
        assertThat(queue(State.CHANGED)).hasSize(1);
    }

    @Test
    void aChangeBeforeMyVerdictIsNotAChangeSinceIt() throws Exception {
        Coding c = coding("P01 Karim", "security vacuum", "vacuum");
        p.coding().resize(c, c.start(), c.end() + 4);
        judge(c, Verdict.AGREE, "");
        assertThat(queue(State.CHANGED)).isEmpty();
    }

    @Test
    void aNewerVerdictLooksFromItsOwnTime() throws Exception {
        Coding c = coding("P01 Karim", "security vacuum", "vacuum");
        judge(c, Verdict.DISAGREE, "Too short.");
        p.coding().resize(c, c.start(), c.end() + 4);
        assertThat(queue(State.CHANGED)).hasSize(1);
        judge(c, Verdict.AGREE, "Better.");
        assertThat(queue(State.CHANGED)).isEmpty();
        assertThat(queue(State.DISPUTED)).as("the disagreement is still open").hasSize(1);
    }

    @Test
    void aVerdictUndoneAndRedoneLooksFromItsRedo() throws Exception {
        Coding c = coding("P01 Karim", "security vacuum", "vacuum");
        judge(c, Verdict.AGREE, "");
        p.history().undo();
        p.history().redo();
        assertThat(queue(State.CHANGED)).isEmpty();
        p.codebook().renameCode("security vacuum", "power vacuum");
        assertThat(queue(State.CHANGED)).hasSize(1);
    }

    @Test
    void anotherCodingsChangeOrAnotherCodesRenameDoesNotCount() throws Exception {
        Coding c = coding("P01 Karim", "security vacuum", "vacuum");
        judge(c, Verdict.AGREE, "");
        Coding other = coding("P01 Karim", "violence", "began");
        p.coding().resize(other, other.start(), other.end() - 1);
        p.codebook().renameCode("violence", "armed violence");
        p.codebook().defineCode("security vacuum", "#123456", null, null); // a colour is no change of meaning
        assertThat(queue(State.CHANGED)).isEmpty();
    }

    // ---- disputed, questions, open ----------------------------------------------------------------

    @Test
    void disputedAndQuestionsAreThoseNotResolved() throws Exception {
        Coding a = coding("P01 Karim", "security vacuum", "vacuum");
        Coding b = coding("S01 Report", "violence", "region");
        var disagree = p.reviews().judgeCoding(a.guid(), Verdict.DISAGREE, "Not a vacuum.");
        judge(b, Verdict.QUESTION, "A source?");
        assertThat(texts(queue(State.DISPUTED))).containsExactly(a.text());
        assertThat(texts(queue(State.QUESTIONS))).containsExactly(b.text());
        assertThat(texts(queue(State.OPEN))).containsExactly(a.text(), b.text());
        p.actAs("tester");
        p.reviews().reply(disagree.guid(), "Fixed.");
        p.reviews().setResolved(disagree.guid(), true);
        assertThat(queue(State.DISPUTED)).isEmpty();
        assertThat(texts(queue(State.OPEN))).containsExactly(b.text());
        assertThat(p.reviews().queue().badges(List.of(a.id(), b.id())))
                .containsEntry(a.id(), ReviewBadge.RESOLVED).containsEntry(b.id(), ReviewBadge.QUESTION);
        p.history().undo(); // resolving
        assertThat(queue(State.DISPUTED)).hasSize(1);
    }

    @Test
    void badgesNameTheMostPressingVerdict() throws Exception {
        Coding a = coding("P01 Karim", "security vacuum", "vacuum");
        Coding b = coding("P01 Karim", "violence", "began");
        Coding c = coding("P01 Karim", "intervention", "Foreign");
        judge(a, Verdict.AGREE, "");
        judge(b, Verdict.AGREE, "");
        judge(b, Verdict.DISAGREE, "Hm.");
        var marks = p.reviews().queue().marksInDocument(a.documentId());
        assertThat(marks).extracting(ReviewQueue.Mark::codingId).containsExactlyInAnyOrder(a.id(), b.id())
                .doesNotContain(c.id());
        assertThat(marks).filteredOn(m -> m.codingId() == a.id()).singleElement().satisfies(m -> {
            assertThat(m.badge()).isEqualTo(ReviewBadge.AGREED);
            assertThat(m.end()).isEqualTo(a.end());
            assertThat(m.summary()).isEqualTo("Agreed by Supervisor");
        });
        assertThat(marks).filteredOn(m -> m.codingId() == b.id()).singleElement().satisfies(m -> {
            assertThat(m.badge()).isEqualTo(ReviewBadge.DISPUTED);
            assertThat(m.summary()).isEqualTo("Disputed by Supervisor: Hm. (+1 more)");
        });
        assertThat(p.reviews().queue().marksInDocument(p.repos().documents.byName("S01 Report").orElseThrow().id()))
                .isEmpty();
    }

    // ---- filters ------------------------------------------------------------------------------

    private List<Item> filtered(Long theme, Long code, Long document, String coder, AttributeFilter attribute) {
        return p.reviews().queue().codings(new Filter(State.ALL, theme, code, document, coder, attribute)).items();
    }

    @Test
    void filtersByThemeCodeDocumentCoderAndCaseAttribute() throws Exception {
        long instability = p.repos().themes.byName("instability").orElseThrow().id();
        long influence = p.repos().themes.byName("foreign influence").orElseThrow().id();
        long intervention = p.repos().codes.byName("intervention").orElseThrow().id();
        long layla = p.repos().documents.byName("P02 Layla").orElseThrow().id();
        assertThat(filtered(instability, null, null, null, null)).hasSize(8)
                .allSatisfy(i -> assertThat(i.themes()).contains("instability"));
        assertThat(filtered(null, intervention, null, null, null)).hasSize(3)
                .allSatisfy(i -> assertThat(i.themes()).containsExactly("foreign influence", "instability"));
        assertThat(filtered(null, null, layla, null, null)).hasSize(2)
                .allSatisfy(i -> assertThat(i.cases()).isEqualTo("Layla"));
        assertThat(filtered(null, null, null, "Tom", null)).hasSize(2).allSatisfy(i -> assertThat(i.coder())
                .isEqualTo("Tom"));
        assertThat(filtered(null, null, null, null, new AttributeFilter("role", "political actor")))
                .extracting(Item::document).containsOnly("P01 Karim");
        assertThat(filtered(null, null, null, null, new AttributeFilter("role", "security expert")))
                .extracting(Item::document).containsExactly("P02 Layla", "P02 Layla");
        assertThat(filtered(influence, null, null, "tester", null)).extracting(Item::document)
                .containsExactly("P01 Karim", "S01 Report");
        ReviewQueue.Options options = p.reviews().queue().options();
        assertThat(options.themes()).extracting(ReviewQueue.Choice::name).containsExactly("foreign influence",
                "instability");
        assertThat(options.coders()).containsExactly("tester", "Tom");
        assertThat(options.attributes()).contains(new AttributeFilter("role", "security expert"));
    }

    @Test
    void theProgressCountsTheFilteredSetWhateverTheStateChosen() throws Exception {
        long layla = p.repos().documents.byName("P02 Layla").orElseThrow().id();
        judge(coding("P02 Layla", "violence", "again"), Verdict.DISAGREE, "No.");
        var result = p.reviews().queue().codings(new Filter(State.UNREVIEWED, null, null, layla, null, null));
        assertThat(result.items()).hasSize(1);
        assertThat(result.progress()).isEqualTo(new ReviewQueue.Progress(2, 1, 0, 1, 0));
        assertThat(result.progress().line()).isEqualTo("1 of 2 reviewed · 1 disputed");
    }

    // ---- code definitions -----------------------------------------------------------------------

    @Test
    void codeDefinitionsQueueTheSameWay() throws Exception {
        long influence = p.repos().themes.byName("foreign influence").orElseThrow().id();
        var codes = p.reviews().queue().codes(Filter.ALL);
        assertThat(codes.items()).extracting(i -> i.code().name()).containsExactly("intervention", "security vacuum",
                "violence");
        assertThat(codes.items().get(0).codings()).isEqualTo(3);
        p.reviews().judgeCode("intervention", Verdict.AGREE, "");
        assertThat(p.reviews().queue().codes(Filter.ALL.with(State.UNREVIEWED)).items()).hasSize(2);
        assertThat(p.reviews().queue().codes(new Filter(State.REVIEWED, influence, null, null, null, null)).items())
                .singleElement().satisfies(i -> assertThat(i.themes()).containsExactly("foreign influence",
                        "instability"));
        p.codebook().defineCode("intervention", null, "Any foreign power acting inside the country.", null);
        assertThat(p.reviews().queue().codes(Filter.ALL.with(State.CHANGED)).items()).hasSize(1);
        p.history().undo();
        assertThat(p.reviews().queue().codes(Filter.ALL.with(State.CHANGED)).items()).isEmpty();
        assertThat(p.reviews().queue().codes(Filter.ALL).progress().line()).isEqualTo("1 of 3 reviewed");
    }
}
