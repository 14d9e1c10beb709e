package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thematica.analysis.agreement.Disagreements.Kind;
import org.thematica.analysis.agreement.Disagreements.Resolution;
import org.thematica.model.Coding;
import org.thematica.model.TextRange;
import org.thematica.model.UserError;
import org.thematica.service.AdjudicationService.Disagreement;
import org.thematica.testing.ProjectDump;
import org.thematica.testing.TestProjects;

/**
 * Adjudicating where two coders differ: each decision is one undoable step, written into both
 * coders' codings or into a consensus coder, and undo restores the project exactly.
 */
class AdjudicationServiceTest {
    static final String TEXT = "The militias filled the vacuum after the withdrawal. Nobody trusted the state.\n";

    @org.junit.jupiter.api.io.TempDir
    Path dir;
    Project p;

    @BeforeEach
    void setUp() throws Exception {
        p = TestProjects.create(dir);
        TestProjects.importText(p, dir, "P01", TEXT);
        p.coding().codeMatch("P01", "vacuum", "militias filled the vacuum", 1, "Amira"); // [4, 30)
        p.coding().codeMatch("P01", "vacuum", "the vacuum after the withdrawal", 1, "Tom"); // [20, 51)
        p.coding().codeMatch("P01", "trust", "Nobody trusted", 1, "Amira"); // only Amira
        p.coding().codeMatch("P01", "state", "the state", 1, "Amira"); // both alike: no disagreement
        p.coding().codeMatch("P01", "state", "the state", 1, "Tom");
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private List<Disagreement> disagreements() throws UserError {
        return p.adjudication().disagreements(new AgreementService.Request("Amira", "Tom"));
    }

    private Disagreement about(String code) throws UserError {
        return disagreements().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    /** What a coder coded with a code, as the text it covers. */
    private List<String> coded(String coder, String code) {
        long coderId = p.repos().coders.byName(coder).map(c -> c.id()).orElse(-1L);
        long codeId = p.repos().codes.byName(code).orElseThrow().id();
        return p.repos().codings.allLive().stream().filter(c -> c.coderId() == coderId && c.codeId() == codeId)
                .map(Coding::text).sorted().toList();
    }

    /** Adjudicates, checks the project changed, then that undo restores it exactly and redo repeats it. */
    private void adjudicateAndUndo(Disagreement d, Resolution r, String recodeTo, String consensus,
                                   Runnable expectAfter) throws Exception {
        String before = ProjectDump.of(p.file());
        assertThat(p.adjudication().adjudicate("Amira", "Tom", d, r, recodeTo, consensus)).isPresent();
        String after = ProjectDump.of(p.file());
        assertThat(after).isNotEqualTo(before);
        expectAfter.run();
        assertThat(p.history().undo()).get().asString().startsWith("Adjudicate 'militias filled the vacuum after");
        assertThat(ProjectDump.of(p.file())).isEqualTo(before);
        p.history().redo();
        assertThat(ProjectDump.of(p.file())).isEqualTo(after);
        p.history().undo();
    }

    @Test
    void listsThePassagesWhereTheCodersDiffer() throws Exception {
        List<Disagreement> found = disagreements();
        assertThat(found).extracting(Disagreement::code).containsExactly("vacuum", "trust");
        Disagreement vacuum = found.get(0);
        assertThat(vacuum.range()).isEqualTo(new TextRange(4, 51));
        assertThat(vacuum.a()).containsExactly(new TextRange(4, 30));
        assertThat(vacuum.b()).containsExactly(new TextRange(20, 51));
        assertThat(vacuum.kind()).isEqualTo(Kind.EXTENT);
        assertThat(found.get(1).kind()).isEqualTo(Kind.ONLY_A);
        assertThat(vacuum.excerpt()).isEqualTo(TEXT.strip());
    }

    @Test
    void takeAGivesTomAmirasExtent() throws Exception {
        adjudicateAndUndo(about("vacuum"), Resolution.TAKE_A, null, null, () -> {
            assertThat(coded("Amira", "vacuum")).containsExactly("militias filled the vacuum");
            assertThat(coded("Tom", "vacuum")).containsExactly("militias filled the vacuum");
            assertThat(uncheck(this::disagreements)).extracting(Disagreement::code).containsExactly("trust");
        });
    }

    @Test
    void takeBGivesAmiraTomsExtent() throws Exception {
        adjudicateAndUndo(about("vacuum"), Resolution.TAKE_B, null, null, () -> {
            assertThat(coded("Amira", "vacuum")).containsExactly("the vacuum after the withdrawal");
            assertThat(coded("Tom", "vacuum")).containsExactly("the vacuum after the withdrawal");
        });
    }

    @Test
    void unionGivesBothWhatEitherCoded() throws Exception {
        adjudicateAndUndo(about("vacuum"), Resolution.UNION, null, null, () -> {
            assertThat(coded("Amira", "vacuum")).containsExactly("militias filled the vacuum after the withdrawal");
            assertThat(coded("Tom", "vacuum")).containsExactly("militias filled the vacuum after the withdrawal");
        });
    }

    @Test
    void intersectionGivesBothWhatBothCoded() throws Exception {
        adjudicateAndUndo(about("vacuum"), Resolution.INTERSECTION, null, null, () -> {
            assertThat(coded("Amira", "vacuum")).containsExactly("the vacuum");
            assertThat(coded("Tom", "vacuum")).containsExactly("the vacuum");
        });
    }

    @Test
    void intersectionOfAPassageOnlyOneCoderCodedRemovesIt() throws Exception {
        String before = ProjectDump.of(p.file());
        p.adjudication().adjudicate("Amira", "Tom", about("trust"), Resolution.INTERSECTION, null, null);
        assertThat(coded("Amira", "trust")).isEmpty();
        assertThat(disagreements()).extracting(Disagreement::code).containsExactly("vacuum");
        p.history().undo();
        assertThat(ProjectDump.of(p.file())).isEqualTo(before);
    }

    @Test
    void recodeMovesThePassageToAnotherCodeForBoth() throws Exception {
        adjudicateAndUndo(about("vacuum"), Resolution.RECODE, "security vacuum", null, () -> {
            assertThat(coded("Amira", "vacuum")).isEmpty();
            assertThat(coded("Tom", "vacuum")).isEmpty();
            assertThat(coded("Amira", "security vacuum")).containsExactly(
                    "militias filled the vacuum after the withdrawal");
            assertThat(coded("Tom", "security vacuum")).containsExactly(
                    "militias filled the vacuum after the withdrawal");
        });
        assertThat(p.repos().codes.byName("security vacuum")).as("the new code goes with the undo").isEmpty();
    }

    @Test
    void consensusGetsTheResultAndLeavesBothCodersIntact() throws Exception {
        adjudicateAndUndo(about("vacuum"), Resolution.TAKE_B, null, "consensus", () -> {
            assertThat(coded("consensus", "vacuum")).containsExactly("the vacuum after the withdrawal");
            assertThat(coded("Amira", "vacuum")).containsExactly("militias filled the vacuum");
            assertThat(coded("Tom", "vacuum")).containsExactly("the vacuum after the withdrawal");
            assertThat(uncheck(this::disagreements)).hasSize(2);
        });
    }

    @Test
    void consensusReplacesItsEarlierDecisionAndRepeatingItChangesNothing() throws Exception {
        Disagreement vacuum = about("vacuum");
        p.adjudication().adjudicate("Amira", "Tom", vacuum, Resolution.UNION, null, "consensus");
        String afterUnion = ProjectDump.of(p.file());
        assertThat(p.adjudication().adjudicate("Amira", "Tom", vacuum, Resolution.UNION, null, "consensus"))
                .as("the same decision again").isEmpty();
        assertThat(ProjectDump.of(p.file())).isEqualTo(afterUnion);
        p.adjudication().adjudicate("Amira", "Tom", vacuum, Resolution.TAKE_A, null, "consensus");
        assertThat(coded("consensus", "vacuum")).containsExactly("militias filled the vacuum");
        p.history().undo();
        assertThat(ProjectDump.of(p.file())).isEqualTo(afterUnion);
    }

    @Test
    void theAgreedPassagesCompleteTheConsensusCoderInOneUndoableStep() throws Exception {
        p.adjudication().adjudicate("Amira", "Tom", about("vacuum"), Resolution.TAKE_A, null, "consensus");
        String before = ProjectDump.of(p.file());
        AgreementService.Request pair = new AgreementService.Request("Amira", "Tom");
        assertThat(p.adjudication().copyAgreed(pair, "consensus")).isEqualTo(1);
        assertThat(coded("consensus", "state")).containsExactly("the state");
        assertThat(coded("consensus", "vacuum")).as("the decision stays").containsExactly("militias filled the vacuum");
        assertThat(coded("consensus", "trust")).as("not agreed: left to adjudication").isEmpty();
        String after = ProjectDump.of(p.file());
        assertThat(p.adjudication().copyAgreed(pair, "consensus")).as("again: nothing new").isZero();
        assertThat(ProjectDump.of(p.file())).isEqualTo(after);
        assertThat(p.history().undo()).get().asString().isEqualTo("Copy the passages Amira and Tom agree on into"
                + " consensus");
        assertThat(ProjectDump.of(p.file())).isEqualTo(before);
    }

    @Test
    void anAdjudicationIsUndoneAndRedoneAfterARestart() throws Exception {
        String before = ProjectDump.of(p.file());
        p.adjudication().adjudicate("Amira", "Tom", about("vacuum"), Resolution.RECODE, "security vacuum", null);
        String after = ProjectDump.of(p.file());
        p = TestProjects.reopen(p);
        p.history().undo();
        assertThat(ProjectDump.of(p.file())).isEqualTo(before);
        p = TestProjects.reopen(p);
        p.history().redo();
        assertThat(ProjectDump.of(p.file())).isEqualTo(after);
    }

    @Test
    void aPassageRecodedSinceItWasListedOrABadConsensusIsRefusedAndNothingChanges() throws Exception {
        Disagreement vacuum = about("vacuum");
        p.coding().codeMatch("P01", "vacuum", "The militias", 1, "Tom");
        String before = ProjectDump.of(p.file());
        assertThatThrownBy(() -> p.adjudication().adjudicate("Amira", "Tom", vacuum, Resolution.TAKE_A, null, null))
                .isInstanceOf(UserError.class).hasMessage("this passage was recoded since it was listed; look at it"
                        + " again");
        Disagreement trust = about("trust");
        assertThatThrownBy(() -> p.adjudication().adjudicate("Amira", "Tom", trust, Resolution.TAKE_A, null, "Tom"))
                .isInstanceOf(UserError.class)
                .hasMessage("the consensus coder must be someone other than Amira and Tom");
        assertThatThrownBy(() -> p.adjudication().adjudicate("Amira", "Tom", trust, Resolution.RECODE, "trust", null))
                .isInstanceOf(UserError.class).hasMessage("the passage is coded 'trust' already; choose another code");
        assertThat(ProjectDump.of(p.file())).isEqualTo(before);
    }

    private interface Read<T> {
        T get() throws Exception;
    }

    private static <T> T uncheck(Read<T> read) {
        try {
            return read.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
