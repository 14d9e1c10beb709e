package org.thematica.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thematica.ui.codebook.CodebookRows.code;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeTreeTest {
    // security > army > army collapse; militias on its own
    private final CodeTree tree = new CodeTree(List.of(
            code(1, "security", null, 0, 0),
            code(2, "army", 1L, 0, 0),
            code(3, "army collapse", 2L, 0, 0),
            code(4, "militias", null, 0, 0)));

    @Test
    void knowsParentsAndChildren() {
        assertThat(tree.parentName("army collapse")).isEqualTo("army");
        assertThat(tree.parentName("security")).isNull();
        assertThat(tree.children("security")).containsExactly("army");
        assertThat(tree.children("militias")).isEmpty();
    }

    @Test
    void aCodeIsWithinItselfAndItsAncestorsOnly() {
        assertThat(tree.isWithin("army collapse", "security")).isTrue();
        assertThat(tree.isWithin("army", "army")).isTrue();
        assertThat(tree.isWithin("security", "army")).isFalse();
        assertThat(tree.isWithin("militias", "security")).isFalse();
    }

    @Test
    void aCodeMayMoveUnderAnyCodeButItselfItsSubCodesAndItsPresentParent() {
        assertThat(tree.possibleParents("army")).containsExactly("militias");
        assertThat(tree.possibleParents("militias")).containsExactly("army", "army collapse", "security");
    }

    @Test
    void aParentLoopInADamagedFileDoesNotHang() {
        CodeTree loop = new CodeTree(List.of(code(1, "a", 2L, 0, 0), code(2, "b", 1L, 0, 0), code(3, "c", null, 0, 0)));
        assertThat(loop.isWithin("a", "c")).isFalse();
        assertThat(loop.isWithin("a", "b")).isTrue();
    }
}
