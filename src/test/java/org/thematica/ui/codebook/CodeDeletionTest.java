package org.thematica.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thematica.ui.codebook.CodebookRows.code;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thematica.service.CodebookService.CodingsPolicy;
import org.thematica.service.WorkspaceService.CodeRow;

class CodeDeletionTest {
    private final CodeRow militias = code(1, "militias", null, 12, 3, "security vacuum", "extremist groups");
    private final CodeTree tree = new CodeTree(List.of(militias, code(2, "local militias", 1L, 0, 0),
            code(3, "armed groups", null, 4, 2), code(4, "unused", null, 0, 0)));

    @Test
    void aCodedCodeSaysHowManyCodingsInHowManyDocumentsAndAsksWhatHappensToThem() {
        CodeDeletion d = CodeDeletion.of(tree, militias);
        assertThat(d.header()).isEqualTo("Delete code 'militias'?");
        assertThat(d.body()).isEqualTo("""
                'militias' has 12 codings in 3 documents. What should happen to them?
                It leaves 2 themes: 'security vacuum' and 'extremist groups'.
                Undo brings everything back.""");
        assertThat(d.deleteCodingsLabel()).isEqualTo("Delete the 12 codings too");
        assertThat(d.subCodesMoveUp()).isEqualTo("Its sub-code 'local militias' becomes a top-level code.");
        assertThat(d.otherCodes()).as("not its own sub-code: merging into it would loop")
                .containsExactly("armed groups", "unused");
    }

    @Test
    void oneCodingInOneDocumentIsSaidInTheSingular() {
        CodeDeletion d = CodeDeletion.of(tree, code(9, "rare", null, 1, 1));
        assertThat(d.body()).startsWith("'rare' has 1 coding in 1 document. What should happen to it?");
        assertThat(d.deleteCodingsLabel()).isEqualTo("Delete the coding too");
    }

    @Test
    void anUncodedCodeOnlyAsksToConfirmAndSaysWhereItsSubCodesGo() {
        CodeTree t = new CodeTree(List.of(code(1, "security", null, 0, 0), code(2, "army", 1L, 0, 0),
                code(3, "army collapse", 2L, 0, 0), code(4, "army pay", 2L, 0, 0)));
        CodeDeletion d = CodeDeletion.of(t, t.named("army").orElseThrow());
        assertThat(d.coded()).isFalse();
        assertThat(d.body()).isEqualTo("""
                'army' has no codings.
                Its 2 sub-codes move up to 'security'.
                Undo brings everything back.""");
        assertThat(d.choice(false, false, null)).isEqualTo(new CodeDeletion.Choice(CodingsPolicy.REFUSE_IF_CODED, null));
    }

    @Test
    void theChoiceIsIncompleteUntilTheUserDecides() {
        CodeDeletion d = CodeDeletion.of(tree, militias);
        assertThat(d.choice(false, false, null)).as("nothing chosen").isNull();
        assertThat(d.choice(false, true, null)).as("move, but where?").isNull();
        assertThat(d.choice(false, true, "militias")).as("not to itself").isNull();
        assertThat(d.choice(true, false, null)).isEqualTo(CodeDeletion.Choice.deleteCodings());
        assertThat(d.choice(false, true, "armed groups")).isEqualTo(CodeDeletion.Choice.moveTo("armed groups"));
    }

    @Test
    void withNoOtherCodeTheCodingsCannotMove() {
        CodeRow only = code(1, "only", null, 2, 1);
        assertThat(CodeDeletion.of(new CodeTree(List.of(only)), only).canMove()).isFalse();
    }
}
