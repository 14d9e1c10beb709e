package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.analysis.ThemeCaseMatrix.Cell;
import org.thematica.analysis.ThemeCaseMatrix.Column;
import org.thematica.analysis.ThemeCaseMatrix.ColumnKind;
import org.thematica.analysis.ThemeCaseMatrix.Measure;
import org.thematica.analysis.ThemeCaseMatrix.Rows;
import org.thematica.analysis.ThemeCaseMatrix.Spec;
import org.thematica.model.DocumentKind;
import org.thematica.service.Project;
import org.thematica.service.StatsService;
import org.thematica.store.StatsRepository;
import org.thematica.testing.MatrixFixture;

/**
 * The matrix against counts made by hand on {@link MatrixFixture}. Codings (c1..c16):
 * <pre>
 * P01 Karim  (Karim's turns → Karim, political actor; the interviewer's turns → no case)
 *   c1 militias (Karim)  c2 foreign money (Karim, overlaps c1)  c4 absent state (interviewer: no case)
 *   c5 absent state (Karim)
 * P02 Layla  (document → Layla, security expert)   c6, c8, c16 militias (c16 Arabic)  c7 foreign money
 * P03 Joint  (document → Omar, security expert, and Sami, academic)   c9 militias  c10 absent state
 * P04 Unnamed (no case)   c11 militias  c12 foreign money
 * P05 Dana   (document → Dana, no role)   c13 absent state
 * S01 Report (source, no case)   c14 militias  c15 foreign money
 * foreign influence = {foreign money, militias}; security vacuum = {militias, absent state}
 * </pre>
 */
class ThemeCaseMatrixTest {
    @TempDir
    Path dir;
    Project project;
    Corpus corpus;

    @BeforeEach
    void build() throws Exception {
        project = MatrixFixture.create(dir);
        corpus = project.analysis().corpus();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private ThemeCaseMatrix matrix(Rows rows, String attribute, DocumentKind kind) {
        return ThemeCaseMatrix.compute(corpus, new Spec(rows, attribute, Measure.SEGMENTS, kind));
    }

    /** segments, documents, cases of each cell, row by row. */
    private static void assertCells(ThemeCaseMatrix m, int row, int[][] expected) {
        for (int c = 0; c < expected.length; c++) {
            Cell cell = m.cell(row, c);
            assertThat(new int[] {cell.segments(), cell.documents(), cell.cases()})
                    .as(m.rows().get(row).name() + " × " + m.columns().get(c).label())
                    .containsExactly(expected[c]);
        }
    }

    @Test
    void themesByRoleInInterviewsMatchTheHandCounts() {
        ThemeCaseMatrix m = matrix(Rows.THEMES, "role", DocumentKind.INTERVIEW);
        assertThat(m.rows()).extracting(ThemeCaseMatrix.Row::name).containsExactly("foreign influence", "security vacuum");
        assertThat(m.columns()).extracting(Column::label)
                .containsExactly("academic", "political actor", "security expert", "(no role)", "(no case)");
        assertThat(m.columns()).extracting(Column::kind).containsExactly(ColumnKind.VALUE, ColumnKind.VALUE,
                ColumnKind.VALUE, ColumnKind.NO_VALUE, ColumnKind.NO_CASE);
        // column documents: P03 | P01 | P02, P03 | P05 | P04 and P01 (its interviewer's passage)
        assertThat(m.columns()).extracting(Column::documents).containsExactly(1, 1, 2, 1, 2);
        // column cases: Sami | Karim | Layla, Omar | Dana | - ("local expert" Nobody has no document)
        assertThat(m.columns()).extracting(Column::cases).containsExactly(1, 1, 2, 1, 0);
        assertThat(m.allColumn().documents()).isEqualTo(5);
        assertThat(m.allColumn().cases()).isEqualTo(5);

        // foreign influence: c1 c2 | c6 c7 c8 c16 c9 (c9 also academic) | c11 c12
        assertCells(m, 0, new int[][] {{1, 1, 1}, {2, 1, 1}, {5, 2, 2}, {0, 0, 0}, {2, 1, 0}});
        // security vacuum: c9 c10 | c1 c5 | c6 c8 c16 c9 c10 | c13 | c4 c11
        assertCells(m, 1, new int[][] {{2, 1, 1}, {2, 1, 1}, {5, 2, 2}, {1, 1, 1}, {2, 2, 0}});
        // the "all" column counts each passage once (c9 is in two columns, counted once here)
        assertThat(m.total(0)).isEqualTo(new Cell(9, 4, 4, 5, 5));
        assertThat(m.total(1)).isEqualTo(new Cell(10, 5, 5, 5, 5));
    }

    @Test
    void measuresTurnTheCountsIntoPresenceAndShares() {
        ThemeCaseMatrix m = matrix(Rows.THEMES, "role", DocumentKind.INTERVIEW);
        Cell noRole = m.cell(0, 3);
        assertThat(noRole.value(Measure.PRESENCE)).isZero();
        assertThat(m.cell(0, 2).value(Measure.PRESENCE)).isEqualTo(1);
        assertThat(m.cell(0, 2).value(Measure.DOCUMENTS)).isEqualTo(2);
        assertThat(m.cell(0, 4).value(Measure.DOCUMENT_SHARE)).isEqualTo(0.5); // P04 of P04, P01
        assertThat(m.cell(1, 4).value(Measure.DOCUMENT_SHARE)).isEqualTo(1.0);
        assertThat(m.cell(0, 3).value(Measure.CASE_SHARE)).isZero(); // Dana: no foreign influence
        assertThat(m.cell(0, 4).value(Measure.CASE_SHARE)).as("no cases in '(no case)'").isNaN();
        assertThat(m.total(0).value(Measure.DOCUMENT_SHARE)).isEqualTo(0.8);
        assertThat(m.total(0).value(Measure.CASE_SHARE)).isEqualTo(0.8);
        ThemeCaseMatrix shares = ThemeCaseMatrix.compute(corpus, new Spec(Rows.THEMES, "role", Measure.DOCUMENT_SHARE,
                DocumentKind.INTERVIEW));
        assertThat(shares.value(1, 2)).isEqualTo(1.0);
        assertThat(shares.max()).isEqualTo(1.0);
        assertThat(m.max()).isEqualTo(5);
    }

    @Test
    void codesByCaseInAllDocumentsMatchTheHandCounts() {
        ThemeCaseMatrix m = matrix(Rows.CODES, null, null);
        assertThat(m.rows()).extracting(ThemeCaseMatrix.Row::name)
                .containsExactly("absent state", "armed groups", "foreign money", "militias");
        assertThat(m.columns()).extracting(Column::label)
                .containsExactly("Dana", "Karim", "Layla", "Omar", "Sami", "(no case)");
        // (no case): P04, S01 (no case at all) and P01 (the interviewer's passage)
        assertThat(m.columns()).extracting(Column::documents).containsExactly(1, 1, 1, 1, 1, 3);
        // militias: c1 | c6 c8 c16 | c9 | c9 | c11 c14
        assertCells(m, 3, new int[][] {{0, 0, 0}, {1, 1, 1}, {3, 1, 1}, {1, 1, 1}, {1, 1, 1}, {2, 2, 0}});
        assertThat(m.total(3)).isEqualTo(new Cell(7, 5, 4, 6, 5));
        // absent state: c13 | c5 | - | c10 | c10 | c4
        assertCells(m, 0, new int[][] {{1, 1, 1}, {1, 1, 1}, {0, 0, 0}, {1, 1, 1}, {1, 1, 1}, {1, 1, 0}});
        // a code with no codings of its own (the parent): all zero, sub-codes are not rolled up
        assertThat(m.total(1)).isEqualTo(new Cell(0, 0, 0, 6, 5));
    }

    @Test
    void onlyTheChosenKindOfDocumentCounts() {
        ThemeCaseMatrix m = matrix(Rows.THEMES, "role", DocumentKind.SOURCE);
        assertThat(m.columns()).extracting(Column::label).containsExactly("(no case)");
        assertCells(m, 0, new int[][] {{2, 1, 0}});
        assertCells(m, 1, new int[][] {{1, 1, 0}});
    }

    @Test
    void theAllColumnAgreesWithStatsOnInterviews() {
        ThemeCaseMatrix m = matrix(Rows.THEMES, "role", DocumentKind.INTERVIEW);
        ThemeCaseMatrix everything = matrix(Rows.THEMES, "role", null);
        StatsService.Summary stats = project.stats().summary();
        List<StatsService.ThemeReach> reach = stats.themes();
        // the interviews a theme is in, counted apart in SQL: stats and the matrix must agree with it
        List<StatsRepository.ThemeCount> sql = project.repos().stats.themeCounts("interview");
        for (int r = 0; r < m.rows().size(); r++) {
            assertThat(reach.get(r).theme()).isEqualTo(m.rows().get(r).name()).isEqualTo(sql.get(r).theme());
            assertThat((long) m.total(r).documents()).isEqualTo(reach.get(r).interviews())
                    .isEqualTo(sql.get(r).documents());
            assertThat(m.total(r).value(Measure.DOCUMENT_SHARE)).isEqualTo(reach.get(r).share());
            assertThat((long) everything.total(r).segments()).isEqualTo(reach.get(r).passages());
        }
    }

    /** The matrix after {@link MatrixFixture#addSecondCoder}, counting {@code passages}. */
    private ThemeCaseMatrix withTom(Rows rows, DocumentKind kind, Measure measure, CodedPassages passages)
            throws Exception {
        MatrixFixture.addSecondCoder(project);
        return ThemeCaseMatrix.compute(project.analysis().corpus(), new Spec(rows, "role", measure, kind, passages));
    }

    @Test
    void aSpanCodedByTwoCodersOrWithTwoCodesOfTheThemeIsOnePassage() throws Exception {
        ThemeCaseMatrix m = withTom(Rows.THEMES, DocumentKind.INTERVIEW, Measure.SEGMENTS, CodedPassages.DISTINCT);
        // foreign influence: Tom's c6 and c1 spans are passages already counted (c1 by another of the
        // theme's codes); his "militias grew" is a new extent in P03 (academic and security expert)
        assertCells(m, 0, new int[][] {{2, 1, 1}, {2, 1, 1}, {6, 2, 2}, {0, 0, 0}, {2, 1, 0}});
        assertThat(m.total(0).segments()).isEqualTo(10);
        // security vacuum: only "militias grew" is new (foreign money is not in the theme)
        assertCells(m, 1, new int[][] {{3, 1, 1}, {2, 1, 1}, {6, 2, 2}, {1, 1, 1}, {2, 2, 0}});
        assertThat(m.total(1).segments()).isEqualTo(11);
        assertThat(m.coders()).as("tester, Amira and Tom").isEqualTo(3);
        assertThat(m.counted()).isEqualTo("coded passages");
        assertThat(m.countedNote()).isEqualTo("distinct; 3 coders");
    }

    @Test
    void codeRowsCountAPassageOncePerCodeWhoeverCodedIt() throws Exception {
        ThemeCaseMatrix m = withTom(Rows.CODES, null, Measure.SEGMENTS, CodedPassages.DISTINCT);
        // militias: c1 c6 c8 c16 c9 c11 c14, and Tom's "militias grew" (c6 again by Tom: the same passage)
        assertThat(m.total(3).segments()).isEqualTo(8);
        // foreign money: c2 c7 c12 c15, and Tom's on c1's span (a new passage of this code)
        assertThat(m.total(2).segments()).isEqualTo(5);
    }

    @Test
    void oneCodersCountsCountOnlyTheirCodings() throws Exception {
        ThemeCaseMatrix tom = withTom(Rows.THEMES, DocumentKind.INTERVIEW, Measure.SEGMENTS, CodedPassages.of("Tom"));
        // foreign influence: c1's span (political actor), c6's (security expert), "militias grew" (P03: both)
        assertCells(tom, 0, new int[][] {{1, 1, 1}, {1, 1, 1}, {2, 2, 2}, {0, 0, 0}});
        assertThat(tom.total(0)).isEqualTo(new Cell(3, 3, 4, 5, 5));
        assertThat(tom.total(1).segments()).isEqualTo(2);
        assertThat(tom.coders()).isEqualTo(1);
        assertThat(tom.counted()).isEqualTo("passages coded by Tom");
        assertThat(tom.countedNote()).isNull();
        ThemeCaseMatrix amira = ThemeCaseMatrix.compute(project.analysis().corpus(),
                new Spec(Rows.THEMES, "role", Measure.DOCUMENTS, DocumentKind.INTERVIEW, CodedPassages.of("Amira")));
        assertThat(amira.total(0).documents()).as("c2 in P01, c8 in P02").isEqualTo(2);
        assertThat(amira.total(1).documents()).as("c8 in P02").isEqualTo(1);
        assertThat(amira.counted()).isEqualTo("documents");
        assertThat(amira.countedNote()).isEqualTo("codings by Amira");
        ThemeCaseMatrix nobody = ThemeCaseMatrix.compute(project.analysis().corpus(),
                new Spec(Rows.THEMES, "role", Measure.SEGMENTS, DocumentKind.INTERVIEW, CodedPassages.of("Nobody")));
        assertThat(nobody.total(0).segments()).as("a coder without codings has nothing counted").isZero();
    }

    @Test
    void overlappingSpansOfTwoCodersAreTwoPassages() throws Exception {
        ThemeCaseMatrix m = withTom(Rows.CODES, null, Measure.SEGMENTS, CodedPassages.DISTINCT);
        assertThat(m.columns().get(0).label()).isEqualTo("academic"); // Sami, in P03 only
        assertThat(m.cell(3, 0).segments()).as("c9 'The militias grew' and Tom's 'militias grew'").isEqualTo(2);
    }

    @Test
    void anEmptyProjectGivesAnEmptyMatrix() {
        ThemeCaseMatrix m = ThemeCaseMatrix.compute(Corpus.empty(), new Spec(Rows.THEMES, "role", Measure.SEGMENTS,
                DocumentKind.INTERVIEW));
        assertThat(m.rows()).isEmpty();
        assertThat(m.columns()).isEmpty();
        assertThat(m.max()).isZero();
    }
}
