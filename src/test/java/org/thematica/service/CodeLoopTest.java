package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.export.ThesisTables;
import org.thematica.model.Code;
import org.thematica.service.CodebookService.CodingsPolicy;
import org.thematica.testing.TestProjects;

/** A loop of parents: no command may make one, and one that a project already holds never hangs a walk. */
class CodeLoopTest {
    private static final Duration SPIN = Duration.ofSeconds(10);
    @TempDir
    Path dir;
    Project p;

    @BeforeEach
    void setUp() throws Exception {
        p = TestProjects.create(dir);
        TestProjects.importText(p, dir, "doc.txt", "Karim: the militias came after the army left.\n");
        p.codebook().defineCode("security", null, null, null);
        p.codebook().defineCode("army", null, null, "security");
        p.codebook().defineCode("army collapse", null, null, "army");
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        // a walk that spun past its timeout still holds the project: closing must not hang the run with it
        Thread close = new Thread(p::close);
        close.setDaemon(true);
        close.start();
        close.join(5_000);
    }

    private Code code(String name) {
        return p.repos().codes.byName(name).orElseThrow();
    }

    @Test
    void mergingACodeIntoItsOwnSubCodeIsRefusedAndChangesNothing() throws Exception {
        var before = p.history().undoLabel();
        assertThatThrownBy(() -> p.codebook().mergeCodes("security", "army"))
                .hasMessage("'army' is a sub-code of 'security'; move it out from under 'security' first,"
                        + " or merge 'army' into 'security'");
        assertThatThrownBy(() -> p.codebook().mergeCodes("security", "army collapse"))
                .hasMessageStartingWith("'army collapse' is a sub-code of 'security'");
        assertThatThrownBy(() -> p.codebook().deleteCode("security", CodingsPolicy.MOVE, "army"))
                .hasMessageStartingWith("'army' is a sub-code of 'security'");
        assertThat(code("army").parentId()).isEqualTo(code("security").id());
        assertThat(p.history().undoLabel()).isEqualTo(before);
        // the reverse merge is fine: the parent takes in its sub-code
        p.codebook().mergeCodes("army", "security");
        assertThat(code("army collapse").parentId()).isEqualTo(code("security").id());
        assertThat(p.check().run().problems()).isEmpty();
    }

    @Test
    void aLoopAlreadyInTheFileIsNamedAndNeverSpins() throws Exception {
        // as a project made elsewhere (or by the merge above, before this fix) may hold it
        Code security = code("security");
        Code collapse = code("army collapse");
        p.repos().codes.update(new Code(security.id(), security.guid(), security.name(), security.colour(),
                security.description(), collapse.id()));
        p.codebook().defineCode("vacuum", null, null, null);

        assertTimeoutPreemptively(SPIN, () -> {
            assertThatThrownBy(() -> p.codebook().defineCode("vacuum", null, null, "army"))
                    .hasMessage("the codes 'army' → 'security' → 'army collapse' are each other's parents"
                            + " (a damaged codebook); make one of them top-level first");
            assertThat(p.check().run().problems()).containsExactly("codebook: the codes 'army' → 'security'"
                    + " → 'army collapse' are each other's parents; make one of them top-level");
            // every code of the loop still gets its row in the thesis codebook table
            assertThat(ThesisTables.build(p, p.analysis().corpus(), ThesisTables.Options.DEFAULT).codebook().rows())
                    .extracting(row -> row.get(0).get(0))
                    .containsExactlyInAnyOrder("army", "army collapse", "security", "vacuum");
            // the way out the message names works
            p.codebook().defineCode("security", null, null, "");
            p.codebook().defineCode("vacuum", null, null, "army");
        });
        assertThat(code("vacuum").parentId()).isEqualTo(code("army").id());
        assertThat(p.check().run().problems()).isEmpty();
    }
}
