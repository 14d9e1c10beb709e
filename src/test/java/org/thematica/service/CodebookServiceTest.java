package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.MemoTarget;
import org.thematica.service.CaseService.CaseChange;
import org.thematica.service.CodebookService.CodingsPolicy;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.testing.TestProjects;

class CodebookServiceTest {
    @TempDir
    Path dir;
    Project p;

    @BeforeEach
    void setUp() throws Exception {
        p = TestProjects.create(dir);
        TestProjects.importText(p, dir, "doc.txt", "Karim: the militias came after the army left.\n");
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    @Test
    void mergingCodesMovesCodingsThemesSubcodesAndMemosAndKeepsIdenticalPassagesOnce() throws Exception {
        p.coding().codeMatch("doc", "militias", "the militias came", 1, null);
        p.coding().codeMatch("doc", "armed groups", "the militias came", 1, null);
        p.coding().codeMatch("doc", "militias", "the army left", 1, null);
        p.codebook().defineCode("local militias", null, null, "militias");
        p.codebook().theme("security vacuum", ThemeChange.adding("militias"));
        p.memos().add(MemoTarget.CODE, "militias", null, "keep for chapter 4");

        p.codebook().mergeCodes("militias", "armed groups");

        Code target = p.repos().codes.byName("armed groups").orElseThrow();
        assertThat(p.repos().codes.byName("militias")).isEmpty();
        assertThat(p.repos().codings.ofCode(target.id())).extracting(Coding::text)
                .containsExactly("the militias came", "the army left");
        assertThat(p.repos().themes.themeIds(target.id())).hasSize(1);
        assertThat(p.repos().codes.byName("local militias").orElseThrow().parentId()).isEqualTo(target.id());
        assertThat(p.repos().memos.of(MemoTarget.CODE, target.id())).hasSize(1);
        assertThat(p.check().run().problems()).isEmpty();
    }

    @Test
    void deletingACodedCodeRequiresAChoice() throws Exception {
        p.coding().codeMatch("doc", "militias", "militias", 1, null);
        assertThatThrownBy(() -> p.codebook().deleteCode("militias", CodingsPolicy.REFUSE_IF_CODED, null))
                .hasMessage("code 'militias' has 1 coding(s) in 1 document(s); say what happens to them:"
                        + " delete them too, or move them to another code");
        assertThatThrownBy(() -> p.codebook().deleteCode("militias", CodingsPolicy.MOVE, "armed groups"))
                .hasMessageStartingWith("no code named 'armed groups'");
        p.codebook().defineCode("armed groups", null, null, null);
        p.codebook().deleteCode("militias", CodingsPolicy.MOVE, "armed groups");
        long target = p.repos().codes.byName("armed groups").orElseThrow().id();
        assertThat(p.repos().codings.ofCode(target)).extracting(Coding::text).containsExactly("militias");
        assertThat(p.repos().codes.byName("militias")).isEmpty();
    }

    @Test
    void deletingAnUncodedCodeNeedsNoChoiceAndItsSubcodesMoveUp() throws Exception {
        p.codebook().defineCode("security", null, null, null);
        p.codebook().defineCode("army", null, null, "security");
        p.codebook().defineCode("army collapse", null, null, "army");
        p.codebook().deleteCode("army", CodingsPolicy.REFUSE_IF_CODED, null);
        long security = p.repos().codes.byName("security").orElseThrow().id();
        assertThat(p.repos().codes.byName("army collapse").orElseThrow().parentId()).isEqualTo(security);
    }

    @Test
    void aCodeCannotBecomeItsOwnAncestor() throws Exception {
        p.codebook().defineCode("a", null, null, null);
        p.codebook().defineCode("b", null, null, "a");
        assertThatThrownBy(() -> p.codebook().defineCode("a", null, null, "b"))
                .hasMessage("a code cannot be its own parent or ancestor");
    }

    @Test
    void coloursAreValidated() {
        assertThatThrownBy(() -> p.codebook().defineCode("a", "red", null, null))
                .hasMessage("'red' is not a colour; use #rrggbb, for example #1f77b4");
    }

    @Test
    void aCodeMayBelongToTwoThemesAndDeletingAThemeKeepsItsCodes() throws Exception {
        p.coding().codeMatch("doc", "foreign intervention", "army", 1, null);
        p.codebook().theme("foreign influence", ThemeChange.adding("foreign intervention"));
        p.codebook().theme("regional power shifts", ThemeChange.adding("foreign intervention"));
        long code = p.repos().codes.byName("foreign intervention").orElseThrow().id();
        assertThat(p.repos().themes.themeIds(code)).hasSize(2);
        p.codebook().deleteTheme("foreign influence");
        assertThat(p.repos().themes.themeIds(code)).hasSize(1);
        assertThat(p.repos().codings.ofCode(code)).hasSize(1);
    }

    @Test
    void mergingThemesRepointsLinksAndDropsLoops() throws Exception {
        p.codebook().theme("a", ThemeChange.adding());
        p.codebook().theme("b", ThemeChange.adding());
        p.codebook().theme("c", ThemeChange.adding());
        p.codebook().link("a", "b", "x");
        p.codebook().link("b", "c", "y");
        p.codebook().mergeThemes("b", "a");
        assertThat(p.repos().themes.links()).singleElement().satisfies(l -> {
            assertThat(l.fromThemeId()).isEqualTo(p.repos().themes.byName("a").orElseThrow().id());
            assertThat(l.label()).isEqualTo("y");
        });
    }

    @Test
    void linkingAgainRelabelsTheLink() throws Exception {
        p.codebook().theme("a", ThemeChange.adding());
        p.codebook().theme("b", ThemeChange.adding());
        p.codebook().link("a", "b", "leads to");
        p.codebook().link("a", "b", "undermines");
        assertThat(p.repos().themes.links()).singleElement().extracting(l -> l.label()).isEqualTo("undermines");
        assertThatThrownBy(() -> p.codebook().link("a", "a", null)).hasMessage("a link needs two different themes");
    }

    @Test
    void attributesAreTypedByTheirFirstValue() throws Exception {
        p.cases().update("Karim", new CaseChange(null, Map.of("age", "52", "interviewed", "2025-03-14",
                "role", "political actor"), null, null));
        var types = p.repos().cases.attributes();
        assertThat(types).extracting(a -> a.name() + ":" + a.type().key())
                .containsExactly("age:number", "interviewed:date", "role:text");
        assertThatThrownBy(() -> p.cases().update("Layla", new CaseChange(null, Map.of("age", "forty"), null, null)))
                .hasMessage("attribute 'age' holds number values; 'forty' is not a number");
        assertThat(p.repos().cases.byName("Layla")).as("the failed update created nothing").isEmpty();
        p.cases().update("Layla", new CaseChange(null, Map.of("age", "41.50"), null, null));
        long layla = p.repos().cases.byName("Layla").orElseThrow().id();
        assertThat(p.repos().cases.values(layla)).containsEntry("age", "41.5");
    }

    @Test
    void aSpeakerIsLinkedToACaseThroughItsTurns() throws Exception {
        assertThatThrownBy(() -> p.cases().update("Karim", new CaseChange(null, Map.of(), "doc", "Karim")))
                .hasMessageStartingWith("document 'doc' has no turns by speaker 'Karim'");
        assertThatThrownBy(() -> p.cases().update("Karim", new CaseChange(null, Map.of(), null, "Karim")))
                .hasMessage("--speaker needs --doc: say whose transcript the speaker is in");
        assertThat(List.of()).isEmpty();
    }

    @Test
    void theEditMenuNamesWhatChanged() throws Exception {
        p.codebook().defineCode("vacuum", null, null, null);
        assertThat(p.history().undoLabel()).contains("Create code 'vacuum'");
        p.codebook().defineCode("vacuum", "#123456", null, null);
        assertThat(p.history().undoLabel()).contains("Recolour code 'vacuum'");
        p.codebook().defineCode("security", null, null, null);
        p.codebook().defineCode("vacuum", null, null, "security");
        assertThat(p.history().undoLabel()).contains("Move code 'vacuum' under 'security'");
        p.codebook().theme("security vacuum", ThemeChange.adding());
        assertThat(p.history().undoLabel()).contains("Create theme 'security vacuum'");
        p.codebook().theme("security vacuum", ThemeChange.adding("vacuum"));
        assertThat(p.history().undoLabel()).contains("Add 'vacuum' to theme 'security vacuum'");
        p.codebook().theme("security vacuum", new ThemeChange(null, null, org.thematica.model.ThemeStatus.FINAL,
                List.of(), List.of()));
        assertThat(p.history().undoLabel()).contains("Mark theme 'security vacuum' final");
    }
}
