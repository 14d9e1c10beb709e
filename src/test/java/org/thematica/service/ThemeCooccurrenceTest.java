package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeCooccurrence;
import org.thematica.analysis.ThemeCooccurrence.Tie;
import org.thematica.analysis.ThemePresence;
import org.thematica.model.DocumentKind;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.testing.TestProjects;

/**
 * Co-occurrence and theme reach on a small project, against counts worked out by hand. Themes:
 * A = {x}, B = {y, w, z}, C = {z}: code z is in both B and C.
 */
class ThemeCooccurrenceTest {
    @TempDir
    Path dir;

    /** 160 characters of filler, so offsets are easy to read: "0123456789" sixteen times. */
    static final String TEXT = "0123456789".repeat(16);

    @Test
    void countsEachStretchWhereCodesOfTwoThemesOverlapOnce() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "D1.txt", TEXT);
            TestProjects.importText(p, dir, "D2.txt", TEXT);
            TestProjects.importText(p, dir, "D3.txt", TEXT);
            p.documents().setKind("D3", DocumentKind.SOURCE);
            // D1
            p.coding().codeRange("D1", "x", 0, 10, null);     // x [0,10) and y [5,15) overlap: A-B, stretch 1
            p.coding().codeRange("D1", "y", 5, 15, null);
            p.coding().codeRange("D1", "z", 20, 30, null);    // z alone: in B and C, but no co-occurrence by itself
            p.coding().codeRange("D1", "x", 25, 35, null);    // x over z [25,30): A-B stretch 2, A-C stretch 1
            p.coding().codeRange("D1", "y", 40, 50, null);    // y and w: both in B only: nothing
            p.coding().codeRange("D1", "w", 42, 48, null);
            p.coding().codeRange("D1", "x", 60, 70, null);    // the same code twice (two coders): nothing
            p.coding().codeRange("D1", "x", 60, 70, "second coder");
            p.coding().codeRange("D1", "x", 100, 120, null);  // one stretch, however many codings make it up:
            p.coding().codeRange("D1", "y", 105, 110, null);  //   x+y [105,108), x+y+w [108,110), x+w [110,115)
            p.coding().codeRange("D1", "w", 108, 115, null);  //   = A-B stretch 3 (not 3 pairs)
            p.coding().codeRange("D1", "y", 130, 140, null);  // y (B) over z (B, C) [135,140): B-C stretch 1
            p.coding().codeRange("D1", "z", 135, 145, null);
            // D2: A-B stretch 4; w [8,12) and z [12,20) only touch: no B-C
            p.coding().codeRange("D2", "x", 0, 5, null);
            p.coding().codeRange("D2", "y", 3, 8, null);
            p.coding().codeRange("D2", "w", 8, 12, null);
            p.coding().codeRange("D2", "z", 12, 20, null);
            // D3, a source: x over z, and z is in B and C: A-B stretch 5, A-C stretch 2
            p.coding().codeRange("D3", "x", 50, 60, null);
            p.coding().codeRange("D3", "z", 55, 65, null);
            long a = p.codebook().theme("A", ThemeChange.adding("x")).id();
            long b = p.codebook().theme("B", ThemeChange.adding("y", "w", "z")).id();
            long c = p.codebook().theme("C", ThemeChange.adding("z")).id();
            p.codebook().theme("D", ThemeChange.adding()); // no codes: in no tie, reach 0

            Corpus corpus = p.analysis().corpus();
            Map<String, Tie> ties = ThemeCooccurrence.compute(corpus).stream()
                    .collect(Collectors.toMap(t -> name(corpus, t.a()) + "-" + name(corpus, t.b()), t -> t));
            assertThat(ties).containsOnlyKeys("A-B", "A-C", "B-C");
            assertThat(ties.get("A-B")).isEqualTo(new Tie(a, b, 5, 3));
            assertThat(ties.get("A-C")).isEqualTo(new Tie(a, c, 2, 2));
            assertThat(ties.get("B-C")).isEqualTo(new Tie(b, c, 1, 1));

            ThemePresence.Result reach = ThemePresence.compute(corpus);
            assertThat(reach.interviews()).isEqualTo(2);
            assertThat(reach.of(a).interviews()).isEqualTo(2);
            assertThat(reach.of(a).documents()).isEqualTo(3);
            assertThat(reach.of(a).codings()).as("x: five in D1 (two coders on one), one each in D2 and D3").isEqualTo(7);
            assertThat(reach.of(c).share()).isEqualTo(1.0);
            assertThat(reach.themes().values().stream().filter(r -> r.codings() == 0).count()).isEqualTo(1);
        }
    }

    @Test
    void themeSharesAreThoseOfThematicaStats() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            for (String d : List.of("P1", "P2", "P3", "P4")) {
                TestProjects.importText(p, dir, d + ".txt", TEXT);
            }
            TestProjects.importText(p, dir, "S1.txt", TEXT);
            p.documents().setKind("S1", DocumentKind.SOURCE);
            p.coding().codeRange("P1", "x", 0, 10, null);
            p.coding().codeRange("P2", "x", 0, 10, null);
            p.coding().codeRange("P2", "y", 0, 10, null);
            p.coding().codeRange("P3", "y", 20, 30, null);
            p.coding().codeRange("S1", "z", 0, 10, null);
            p.codebook().theme("A", ThemeChange.adding("x", "y"));
            p.codebook().theme("B", ThemeChange.adding("y", "z"));
            p.codebook().theme("C", ThemeChange.adding("z"));
            p.codebook().deleteCode("x", CodebookService.CodingsPolicy.DELETE, null); // deleted codings do not count
            Corpus corpus = p.analysis().corpus();
            ThemePresence.Result reach = ThemePresence.compute(corpus);
            for (StatsService.ThemeReach s : p.stats().summary().themes()) {
                long id = p.repos().themes.byName(s.theme()).orElseThrow().id();
                assertThat(reach.of(id).interviews()).as(s.theme()).isEqualTo(s.interviews());
                assertThat(reach.of(id).share()).as(s.theme()).isEqualTo(s.share());
            }
        }
    }

    private static String name(Corpus corpus, long theme) {
        return corpus.theme(theme).name();
    }
}
