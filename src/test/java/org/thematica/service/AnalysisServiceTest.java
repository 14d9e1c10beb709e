package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.Corpus;
import org.thematica.model.Coding;
import org.thematica.service.CaseService.CaseChange;
import org.thematica.service.CodebookService.CodingsPolicy;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.testing.TestProjects;

/** The analysis corpus, updated edit by edit from the documents each edit touched, equals a fresh read. */
class AnalysisServiceTest {
    @TempDir
    Path dir;

    static String describe(Corpus c) {
        StringBuilder s = new StringBuilder();
        for (Corpus.Doc d : c.documents()) {
            s.append("doc ").append(d.name()).append(' ').append(d.kind()).append(' ').append(d.words())
                    .append(' ').append(Arrays.toString(d.cases())).append('\n');
            for (Corpus.Passage p : c.passages(d.id())) {
                s.append("  ").append(p.codeId()).append(' ').append(p.start()).append('-').append(p.end())
                        .append(' ').append(Arrays.toString(p.cases())).append(" w").append(p.words()).append('\n');
            }
        }
        c.codes().forEach(k -> s.append("code ").append(k).append('\n'));
        c.themes().forEach(t -> s.append("theme ").append(t.name()).append(Arrays.toString(t.codeIds())).append('\n'));
        c.cases().forEach(k -> s.append("case ").append(k).append('\n'));
        c.links().forEach(l -> s.append("link ").append(l).append('\n'));
        return s.toString();
    }

    @Test
    void anIncrementallyUpdatedCorpusEqualsAFreshReadAfterEveryKindOfChange() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "A.txt", "Interviewer: Why?\nKarim: The militias came. The army left.\n"
                    + "Interviewer: And?\nKarim: Nobody trusted anyone.\n");
            TestProjects.importText(p, dir, "B.txt", "A short source about militias and the army.");
            Set<Long> touched = new HashSet<>();
            p.history().addListener(e -> touched.addAll(e.documents()));
            Corpus live = p.analysis().corpus();

            Runnable[] steps = {
                () -> run(() -> p.coding().codeMatch("A", "militias", "The militias came.", 1, null)),
                () -> run(() -> p.coding().codeMatch("B", "militias", "militias", 1, null)),
                () -> run(() -> p.coding().codeMatch("A", "army", "The army left.", 1, null)),
                () -> run(() -> p.cases().update("Karim", new CaseChange(null, Map.of("role", "political actor"), "A",
                        "Karim"))),
                () -> run(() -> p.cases().update("Report", new CaseChange(null, Map.of("role", "source"), "B", null))),
                () -> run(() -> p.codebook().theme("security", ThemeChange.adding("militias", "army"))),
                () -> run(() -> p.codebook().theme("trust", ThemeChange.adding())),
                () -> run(() -> p.codebook().link("security", "trust", "erodes")),
                () -> run(() -> p.coding().resize(p.repos().codings.allLive().get(0), 18, 34)),
                () -> run(() -> p.codebook().mergeCodes("army", "militias")),
                () -> run(() -> p.documents().delete("B")),
                () -> run(() -> p.history().undo()),
                () -> run(() -> p.codebook().deleteCode("militias", CodingsPolicy.DELETE, null)),
                () -> run(() -> p.history().undo()),
                () -> run(() -> p.history().undo()),
                () -> run(() -> p.history().redo()),
            };
            for (int i = 0; i < steps.length; i++) {
                touched.clear();
                steps[i].run();
                live = p.analysis().update(touched);
                Corpus fresh = freshRead(p);
                assertThat(describe(live)).as("after step " + i).isEqualTo(describe(fresh));
            }
            Corpus.Doc a = live.documents().stream().filter(d -> d.name().equals("A")).findFirst().orElseThrow();
            assertThat(live.passages(a.id())).isNotEmpty().allSatisfy(pass -> assertThat(pass.cases()).hasSize(1));
            assertThat(live.attributeValues("role")).containsExactly("political actor", "source");
        }
    }

    /**
     * Nobody need tell the service what changed: a window whose figures are all hidden asks for no
     * corpus while the coder codes, and an export made later must still see every coding.
     */
    @Test
    void theCorpusFollowsEditsThatNobodyReported() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "A.txt", "Interviewer: Why?\nKarim: The militias came. The army left.\n");
            Corpus before = p.analysis().corpus();
            assertThat(p.analysis().corpus()).as("nothing changed: the same corpus").isSameAs(before);
            p.coding().codeMatch("A", "militias", "The militias came.", 1, null);
            p.codebook().defineCode("unused", "#123456", null, null);
            p.coding().codeMatch("A", "army", "The army left.", 1, null);
            assertThat(describe(p.analysis().corpus())).isEqualTo(describe(freshRead(p)));
            p.history().undo();
            assertThat(describe(p.analysis().corpus())).isEqualTo(describe(freshRead(p)));
        }
    }

    @Test
    void editsReportTheDocumentsTheyTouchedAndCodebookEditsNone() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "A.txt", "one two three");
            long a = p.repos().documents.byName("A").orElseThrow().id();
            Set<Long> touched = new HashSet<>();
            p.history().addListener(e -> touched.addAll(e.documents()));
            Coding c = p.coding().codeMatch("A", "x", "two", 1, null);
            assertThat(touched).containsExactly(a);
            touched.clear();
            p.codebook().defineCode("y", "#123456", null, null);
            assertThat(touched).isEmpty();
            p.coding().remove(c);
            assertThat(touched).containsExactly(a);
            touched.clear();
            p.history().undo();
            assertThat(touched).containsExactly(a);
        }
    }

    private static Corpus freshRead(Project p) {
        return new AnalysisService(p).corpus();
    }

    interface Step {
        void run() throws Exception;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unused")
    private static Set<Long> ids(Corpus c) {
        return c.documents().stream().map(Corpus.Doc::id).collect(Collectors.toSet());
    }
}
