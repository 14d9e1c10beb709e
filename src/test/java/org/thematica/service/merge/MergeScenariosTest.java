package org.thematica.service.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Code;
import org.thematica.model.MemoTarget;
import org.thematica.service.CaseService.CaseChange;
import org.thematica.service.CodebookService.CodingsPolicy;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.service.Project;
import org.thematica.testing.MergeFixture;
import org.thematica.testing.ProjectDump;

/** The merge's decisions, one situation at a time: what comes in, what is a conflict, and how a conflict resolves. */
class MergeScenariosTest {
    @TempDir
    Path dir;
    Path study;
    Path ann;

    interface Work {
        void on(Project p) throws Exception;
    }

    @BeforeEach
    void build() throws Exception {
        study = MergeFixture.base(dir);
        ann = MergeFixture.copy(study, dir.resolve("ann.thematica"), "Ann", true);
    }

    private static void edit(Path file, String coder, long seed, Work work) throws Exception {
        try (Project p = MergeFixture.open(file, coder, seed)) {
            work.on(p);
        }
    }

    private static <T> T read(Path file, java.util.function.Function<Project, T> what) throws Exception {
        try (Project p = MergeFixture.open(file, "Amira", 50)) {
            return what.apply(p);
        }
    }

    /** A preview, as a window would ask for one before the user chooses. */
    private record MergeServiceProbe(Path file) {
        List<String> conflictIds(Path copy) throws Exception {
            try (Project p = MergeFixture.open(file, "Amira", 40)) {
                return new MergeService(p).preview(copy, Choices.DEFAULT).conflicts().stream().map(Conflict::id).toList();
            }
        }
    }

    private static Code codeIn(Path file, String name) throws Exception {
        return read(file, p -> code(p, name));
    }

    private static int codingsOf(Path file, String code) throws Exception {
        return read(file, p -> p.repos().codings.ofCode(code(p, code).id()).size());
    }

    private static List<String> problems(Path file) throws Exception {
        return read(file, p -> p.check().run().problems());
    }

    private static Code code(Project p, String name) {
        return p.repos().codes.byName(name).orElse(null);
    }

    @Test
    void aRenameOnBothSidesIsAConflictThatKeepsOursUnlessTheCopysIsChosen() throws Exception {
        edit(ann, "Ann", 2, p -> p.codebook().renameCode("trust", "institutional trust"));
        edit(study, "Amira", 3, p -> p.codebook().renameCode("trust", "trust in the state"));
        Path again = dir.resolve("again.thematica");
        java.nio.file.Files.copy(study, again);

        MergeReport report = MergeFixture.merge(study, ann, 4);
        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(Conflict.Type.CHANGED_ON_BOTH_SIDES);
            assertThat(c.field()).isEqualTo("name");
            assertThat(c.describe()).isEqualTo("code 'trust in the state': name changed on both sides: here 'trust in"
                    + " the state', in the copy 'institutional trust'; kept ours");
        });
        assertThat(codeIn(study, "trust in the state")).isNotNull();

        String id = new MergeServiceProbe(again).conflictIds(ann).get(0); // what a caller shows before choosing
        MergeReport theirs = MergeFixture.merge(again, ann, 6, new Choices(Map.of(), Map.of(id,
                Choices.Resolution.THEIRS)));
        assertThat(theirs.conflicts().get(0).describe()).endsWith("took the copy's");
        assertThat(codeIn(again, "institutional trust")).isNotNull();
    }

    @Test
    void aFieldChangedOnOneSideTakesThatSidesValueAndFieldsOfOneThingMergeSeparately() throws Exception {
        edit(ann, "Ann", 2, p -> {
            p.codebook().renameCode("services", "public services");
            p.codebook().defineCode("violence", null, "physical harm", null);
        });
        edit(study, "Amira", 3, p -> p.codebook().defineCode("violence", "#123456", null, null));
        MergeReport report = MergeFixture.merge(study, ann, 4);
        assertThat(report.conflicts()).isEmpty();
        assertThat(report.changed()).containsEntry("code", 2);
        Code violence = read(study, p -> code(p, "violence"));
        assertThat(violence.colour()).isEqualTo("#123456");
        assertThat(violence.description()).isEqualTo("physical harm");
        assertThat(codeIn(study, "public services")).isNotNull();
    }

    @Test
    void theCopysNewCodesCodingsMemosAndThemeMembershipsComeIn() throws Exception {
        edit(ann, "Ann", 2, p -> {
            p.coding().codeMatch("P02 Layla", "generator economy", "subscriptions from generator owners", 1, null);
            p.coding().codeMatch("P02 Layla", "services", "eight hours of electricity", 1, null);
            p.codebook().theme("governance", ThemeChange.adding("generator economy"));
            p.memos().add(MemoTarget.CODE, "generator economy", "", "Private power fills the gap.");
        });
        MergeReport report = MergeFixture.merge(study, ann, 3);
        assertThat(report.added()).containsEntry("code", 1).containsEntry("coding", 2).containsEntry("memo", 1);
        assertThat(report.changed()).containsEntry("theme membership", 1);
        read(study, p -> {
            Code generators = code(p, "generator economy");
            assertThat(p.repos().codings.ofCode(generators.id())).singleElement()
                    .satisfies(c -> assertThat(p.repos().coders.byId(c.coderId()).orElseThrow().name()).isEqualTo("Ann"));
            assertThat(p.repos().themes.themeIds(generators.id())).hasSize(1);
            assertThat(p.repos().memos.of(MemoTarget.CODE, generators.id())).hasSize(1);
            assertThat(p.check().run().problems()).isEmpty();
            return null;
        });
    }

    @Test
    void aSameNamedNewCodeIsKeptApartUnderItsCodersNameUnlessItIsMapped() throws Exception {
        edit(ann, "Ann", 2, p -> p.coding().codeMatch("P02 Layla", "generators", "generator owners", 1, null));
        edit(study, "Amira", 3, p -> p.codebook().defineCode("generators", null, "ours", null));
        Path mapped = dir.resolve("mapped.thematica");
        java.nio.file.Files.copy(study, mapped);

        MergeReport apart = MergeFixture.merge(study, ann, 4);
        assertThat(apart.sameNames()).singleElement().satisfies(s -> {
            assertThat(s.mapped()).isFalse();
            assertThat(s.keptAs()).isEqualTo("generators (Ann)");
        });
        assertThat(codingsOf(study, "generators (Ann)")).isEqualTo(1);

        MergeReport onto = MergeFixture.merge(mapped, ann, 5, new Choices(Map.of(), Map.of(),
                List.of(new Choices.ByName("code", "generators", "generators"))));
        assertThat(onto.sameNames()).singleElement().satisfies(s -> assertThat(s.mapped()).isTrue());
        assertThat(onto.added()).doesNotContainKey("code").containsEntry("coding", 1);
        assertThat(codingsOf(mapped, "generators")).isEqualTo(1);
        String before = ProjectDump.of(mapped);
        MergeReport twice = MergeFixture.merge(mapped, ann, 6); // the mapping is remembered
        assertThat(twice.changesProject()).isFalse();
        assertThat(ProjectDump.of(mapped)).isEqualTo(before);
    }

    @Test
    void aCodeMovedToDifferentThemesOnBothSidesIsAConflictButAddingDifferentCodesToOneThemeIsNot() throws Exception {
        edit(ann, "Ann", 2, p -> {
            p.codebook().theme("security", new ThemeChange(null, null, null, List.of(), List.of("trust")));
            p.codebook().theme("governance", ThemeChange.adding("trust", "displacement"));
        });
        edit(study, "Amira", 3, p -> {
            p.codebook().theme("security", new ThemeChange(null, null, null, List.of(), List.of("trust")));
            p.codebook().theme("everyday life", ThemeChange.adding("trust"));
            p.codebook().theme("governance", ThemeChange.adding("violence"));
        });
        MergeReport report = MergeFixture.merge(study, ann, 4);
        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(Conflict.Type.THEMES);
            assertThat(c.subject()).isEqualTo("code 'trust'");
        });
        read(study, p -> {
            long governance = p.repos().themes.byName("governance").orElseThrow().id();
            assertThat(p.repos().themes.codeIds(governance)).contains(code(p, "violence").id(),
                    code(p, "displacement").id()).doesNotContain(code(p, "trust").id());
            return null;
        });
    }

    @Test
    void aCodeTheCopyDeletedStaysWhenCodingsHereThatItDidNotSeeUseIt() throws Exception {
        edit(ann, "Ann", 2, p -> {
            p.codebook().deleteCode("trust", CodingsPolicy.DELETE, null); // Ann sees only her own coding of it
            p.codebook().deleteCode("corruption", CodingsPolicy.DELETE, null); // only Ann ever used this one
        });
        MergeReport report = MergeFixture.merge(study, ann, 3);
        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(Conflict.Type.DELETED_IN_COPY_USED_HERE);
            assertThat(c.subject()).isEqualTo("code 'trust'");
            assertThat(c.involves()).hasSize(1);
        });
        read(study, p -> {
            assertThat(code(p, "trust")).isNotNull();
            assertThat(p.repos().codings.ofCode(code(p, "trust").id())).extracting(c -> c.text())
                    .containsExactly(MergeFixture.AMIRAS_PASSAGE); // Ann's own coding of it went with her deletion
            assertThat(code(p, "corruption")).isNull();
            assertThat(p.check().run().problems()).isEmpty();
            return null;
        });
    }

    @Test
    void theCopysNewCodingsOfACodeDeletedHereStayOutUnlessTheCodeIsRestored() throws Exception {
        edit(ann, "Ann", 2, p -> p.coding().codeMatch("P02 Layla", "displacement", "young people left", 1, null));
        edit(study, "Amira", 3, p -> p.codebook().deleteCode("displacement", CodingsPolicy.REFUSE_IF_CODED, null));
        Path restore = dir.resolve("restore.thematica");
        java.nio.file.Files.copy(study, restore);

        MergeReport out = MergeFixture.merge(study, ann, 4);
        assertThat(out.conflicts()).singleElement().satisfies(c ->
                assertThat(c.type()).isEqualTo(Conflict.Type.DELETED_HERE_USED_IN_COPY));
        assertThat(out.added()).doesNotContainKey("coding");
        assertThat(codeIn(study, "displacement")).isNull();

        String id = out.conflicts().get(0).id();
        MergeReport in = MergeFixture.merge(restore, ann, 5, new Choices(Map.of(), Map.of(id, Choices.Resolution.THEIRS)));
        assertThat(in.restored()).containsEntry("code", 1);
        assertThat(codingsOf(restore, "displacement")).isEqualTo(1);
        assertThat(problems(restore)).isEmpty();
    }

    @Test
    void parentsThatWouldMakeALoopWithOursAreAConflict() throws Exception {
        edit(ann, "Ann", 2, p -> p.codebook().defineCode("violence", null, null, "trust"));
        edit(study, "Amira", 3, p -> p.codebook().defineCode("trust", null, null, "violence"));
        MergeReport report = MergeFixture.merge(study, ann, 4);
        assertThat(report.conflicts()).singleElement().satisfies(c ->
                assertThat(c.type()).isEqualTo(Conflict.Type.PARENT_LOOP));
        assertThat(codeIn(study, "violence").parentId()).isNull();
        assertThat(problems(study)).isEmpty();
    }

    @Test
    void twoCodesThatSwapNamesInTheCopySwapHere() throws Exception {
        edit(ann, "Ann", 2, p -> {
            p.codebook().renameCode("trust", "x");
            p.codebook().renameCode("violence", "trust");
            p.codebook().renameCode("x", "violence");
        });
        String trustGuid = read(study, p -> code(p, "trust").guid());
        MergeReport report = MergeFixture.merge(study, ann, 3);
        assertThat(report.conflicts()).isEmpty();
        assertThat(codeIn(study, "violence").guid()).isEqualTo(trustGuid);
    }

    @Test
    void aRenameOntoANameTakenHereIsAConflict() throws Exception {
        edit(ann, "Ann", 2, p -> p.codebook().renameCode("displacement", "refugees"));
        edit(study, "Amira", 3, p -> p.codebook().defineCode("refugees", null, null, null));
        MergeReport report = MergeFixture.merge(study, ann, 4);
        assertThat(report.conflicts()).singleElement().satisfies(c ->
                assertThat(c.type()).isEqualTo(Conflict.Type.NAME_TAKEN));
        assertThat(codeIn(study, "displacement")).isNotNull();
    }

    @Test
    void caseValuesDescriptionsAndNewCasesWithTheirDocumentsComeIn() throws Exception {
        edit(ann, "Ann", 2, p -> {
            p.cases().update("Karim", new CaseChange("a former minister", Map.of("role", "politician", "age", "61"),
                    null, null));
            p.cases().update("Brief author", new CaseChange("", Map.of("role", "analyst"), "S01 Brief", null));
        });
        MergeReport report = MergeFixture.merge(study, ann, 3);
        assertThat(report.conflicts()).isEmpty();
        read(study, p -> {
            var karim = p.repos().cases.byName("Karim").orElseThrow();
            assertThat(karim.description()).isEqualTo("a former minister");
            assertThat(p.repos().cases.values(karim.id())).containsEntry("role", "politician").containsEntry("age", "61");
            var brief = p.repos().cases.byName("Brief author").orElseThrow();
            assertThat(p.repos().cases.values(brief.id())).containsEntry("role", "analyst");
            assertThat(p.repos().cases.ofDocument(p.repos().documents.byName("S01 Brief").orElseThrow().id()))
                    .extracting(c -> c.name()).containsExactly("Brief author");
            return null;
        });
    }

    @Test
    void theMergeIsOneUndoableStepAndMergingTheSameCopyAgainChangesNothing() throws Exception {
        edit(ann, "Ann", 2, p -> {
            p.coding().codeMatch("P02 Layla", "services", "eight hours of electricity", 1, null);
            p.codebook().renameCode("displacement", "leaving");
            p.history().undo(); // an undone step is no change
            p.codebook().defineCode("corruption", "#aa0000", null, null);
        });
        String before = ProjectDump.of(study);
        MergeReport report = MergeFixture.merge(study, ann, 3);
        assertThat(report.historyId()).isPositive();
        assertThat(report.changed()).containsEntry("code", 1);
        String after = ProjectDump.of(study);
        assertThat(MergeFixture.merge(study, ann, 4).changesProject()).isFalse();
        assertThat(ProjectDump.of(study)).isEqualTo(after);

        edit(study, "Amira", 5, p -> assertThat(p.history().undo()).contains("Merge 'ann.thematica' (Ann)"));
        assertThat(ProjectDump.of(study)).isEqualTo(before);
        edit(study, "Amira", 6, p -> p.history().redo());
        assertThat(ProjectDump.of(study)).isEqualTo(after);
    }

    @Test
    void anUntouchedBlindCopyBringsNothing() throws Exception {
        String before = ProjectDump.of(study);
        MergeReport report = MergeFixture.merge(study, ann, 2); // its history is empty: nothing after the base
        assertThat(report.changesProject()).isFalse();
        assertThat(report.historyId()).isZero();
        assertThat(ProjectDump.of(study)).isEqualTo(before);
    }

    @Test
    void workDoneInTheCopyAfterAMergeComesInWithTheNextOne() throws Exception {
        edit(ann, "Ann", 2, p -> p.codebook().renameCode("displacement", "leaving"));
        MergeFixture.merge(study, ann, 3);
        edit(study, "Amira", 4, p -> p.codebook().renameCode("leaving", "leaving home"));
        edit(ann, "Ann", 5, p -> p.codebook().defineCode("leaving", "#00aa00", null, null));
        MergeReport second = MergeFixture.merge(study, ann, 6);
        assertThat(second.conflicts()).as("the copy's old rename was merged; ours since is ours").isEmpty();
        Code leaving = read(study, p -> code(p, "leaving home"));
        assertThat(leaving.colour()).isEqualTo("#00aa00");
    }

    @Test
    void aCodersColourComesInWithThemAndAColourChosenDifferentlyOnBothSidesIsAConflictThatKeepsOurs() throws Exception {
        edit(ann, "Nadia", 2, p -> {
            p.coders().setColour(null, "#009E73");
            p.coders().setColour("Amira", "#0072B2");
            p.coding().codeMatch("P02 Layla", "trust", "Trust in the state", 1, null);
        });
        edit(study, "Amira", 3, p -> p.coders().setColour(null, "#D55E00"));
        MergeReport report = MergeFixture.merge(study, ann, 4);
        assertThat(report.changed()).as("Nadia is new here: she comes in with her colour, no change").isEmpty();
        assertThat(report.conflicts()).singleElement().satisfies(c -> assertThat(c.describe())
                .isEqualTo("coder 'Amira': colour changed on both sides: here '#D55E00', in the copy '#0072B2'; kept ours"));
        assertThat(coloursIn(study)).containsEntry("Nadia", "#009E73").containsEntry("Amira", "#D55E00");
        assertThat(MergeFixture.merge(study, ann, 5).conflicts()).as("the same copy again: nothing new").isEmpty();
        assertThat(coloursIn(study)).containsEntry("Amira", "#D55E00");
    }

    @Test
    void aColourTheCopyChoseForACoderWeAlreadyHaveComesInWhenOursIsUnchanged() throws Exception {
        edit(ann, "Ann", 2, p -> {
            p.coders().setColour("Amira", "#CC79A7");
            p.coders().setColour(null, "#F0E442");
        });
        MergeReport report = MergeFixture.merge(study, ann, 4);
        assertThat(report.conflicts()).isEmpty();
        assertThat(report.changed()).containsEntry("coder", 2);
        assertThat(coloursIn(study)).containsEntry("Amira", "#CC79A7").containsEntry("Ann", "#F0E442");
        assertThat(problems(study)).isEmpty();
    }

    @Test
    void aThreadTheCopyResolvedIsResolvedHereAndResolvingItDifferentlyOnBothSidesIsAConflict() throws Exception {
        String[] question = new String[1];
        edit(study, "Dr Haddad", 2, p -> question[0] = p.reviews().judgeCode("trust", org.thematica.model.Verdict.QUESTION,
                "Trust in whom?").guid());
        Path copy = MergeFixture.copy(study, dir.resolve("ann2.thematica"), "Ann", false);
        edit(copy, "Ann", 3, p -> {
            p.reviews().reply(question[0], "In the state's institutions.");
            p.reviews().setResolved(question[0], true);
        });
        MergeReport report = MergeFixture.merge(study, copy, 4);
        assertThat(report.conflicts()).isEmpty();
        org.thematica.model.Review resolved = read(study, p -> p.repos().reviews.byGuid(question[0]).orElseThrow());
        assertThat(resolved.resolved()).isNotNull();
        String resolver = read(study, p -> p.reviews().coderName(resolved.resolvedBy()));
        assertThat(resolver).isEqualTo("Ann");
        assertThat(openThreads(study)).as("nothing open").isZero();

        Path other = MergeFixture.copy(study, dir.resolve("ben.thematica"), "Ben", false);
        edit(other, "Ben", 5, p -> p.reviews().setResolved(question[0], false));
        edit(study, "Dr Haddad", 6, p -> {
            p.reviews().setResolved(question[0], false);
            p.reviews().setResolved(question[0], true);
        });
        MergeReport both = MergeFixture.merge(study, other, 7);
        assertThat(both.conflicts()).singleElement().satisfies(c -> assertThat(c.describe())
                .startsWith("question 'Trust in whom?': resolved changed on both sides: here resolved ").contains("by Dr Haddad")
                .endsWith("in the copy (none); kept ours"));
        assertThat(openThreads(study)).isZero();
    }

    private static java.util.Map<String, String> coloursIn(Path file) throws Exception {
        return read(file, p -> p.coders().colours());
    }

    private static int openThreads(Path file) throws Exception {
        return read(file, p -> p.reviews().threads(true).size());
    }
}
