package org.thematica.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.thematica.model.DocumentKind;
import org.thematica.model.ThemeStatus;
import org.thematica.model.UserError;
import org.thematica.service.CaseService.CaseChange;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.service.Project;

/**
 * A small project for the theme × case matrix and the thesis tables, small enough to count by
 * hand: Karim's turns are linked to his case (the interviewer's are not), Layla's transcript
 * as a whole to hers, a joint interview to two cases (Omar and Sami), one interview to nobody,
 * one to Dana who has no role, and a source. Codings overlap; "militias" sits in two themes;
 * one passage is Arabic. The hand counts are in ThemeCaseMatrixTest.
 */
public final class MatrixFixture {
    public static final String KARIM = """
            Interviewer: What happened after the war?
            Karim: The militias took the streets. Foreign money paid them.
            Interviewer: And the state?
            Karim: The state was absent for years.
            """;
    public static final String LAYLA = "Checkpoints everywhere, and the militias ran them. Foreign advisers came and went.\n"
            + "الميليشيات تحكم الشوارع.\n";
    public static final String JOINT = "The militias grew because the state was absent, they said.\n";
    public static final String UNNAMED = "An unnamed official spoke of militias and of foreign money.\n";
    public static final String DANA = "Dana said the state was absent.\n";
    public static final String REPORT = "The report names the militias and foreign money.\n";

    private MatrixFixture() {
    }

    public static Project create(Path dir) throws UserError, IOException {
        Project p = TestProjects.create(dir);
        RetrievalFixture.importAs(p, dir, "P01 Karim.txt", KARIM, DocumentKind.INTERVIEW);
        RetrievalFixture.importAs(p, dir, "P02 Layla.txt", LAYLA, DocumentKind.INTERVIEW);
        RetrievalFixture.importAs(p, dir, "P03 Joint.txt", JOINT, DocumentKind.INTERVIEW);
        RetrievalFixture.importAs(p, dir, "P04 Unnamed.txt", UNNAMED, DocumentKind.INTERVIEW);
        RetrievalFixture.importAs(p, dir, "P05 Dana.txt", DANA, DocumentKind.INTERVIEW);
        RetrievalFixture.importAs(p, dir, "S01 Report.txt", REPORT, DocumentKind.SOURCE);
        p.cases().update("Karim", new CaseChange(null, Map.of("role", "political actor"), "P01 Karim", "Karim"));
        p.cases().update("Layla", new CaseChange(null, Map.of("role", "security expert"), "P02 Layla", null));
        p.cases().update("Omar", new CaseChange(null, Map.of("role", "security expert"), "P03 Joint", null));
        p.cases().update("Sami", new CaseChange(null, Map.of("role", "academic"), "P03 Joint", null));
        p.cases().update("Dana", new CaseChange(null, Map.of("age", "30"), "P05 Dana", null));
        p.cases().update("Nobody", new CaseChange(null, Map.of("role", "local expert"), null, null));

        p.codebook().defineCode("armed groups", null, "Any armed group outside the state.", null);
        p.codebook().defineCode("militias", null, "Militias | armed groups named as such.", "armed groups");
        p.codebook().defineCode("foreign money", null, "Money or advisers from abroad.", null);
        p.codebook().defineCode("absent state", null, "The state not being there.", null);

        p.coding().codeMatch("P01 Karim", "militias", "The militias took the streets.", 1, null);
        p.coding().codeMatch("P01 Karim", "foreign money", "streets. Foreign money paid them.", 1, "Amira");
        p.coding().codeMatch("P01 Karim", "absent state", "And the state?", 1, null);
        p.coding().codeMatch("P01 Karim", "absent state", "The state was absent for years.", 1, null);
        p.coding().codeMatch("P02 Layla", "militias", "the militias ran them", 1, null);
        p.coding().codeMatch("P02 Layla", "foreign money", "Foreign advisers came and went.", 1, null);
        p.coding().codeMatch("P02 Layla", "militias", "Checkpoints everywhere", 1, "Amira");
        p.coding().codeMatch("P02 Layla", "militias", "الميليشيات تحكم الشوارع.", 1, null);
        p.coding().codeMatch("P03 Joint", "militias", "The militias grew", 1, null);
        p.coding().codeMatch("P03 Joint", "absent state", "the state was absent", 1, null);
        p.coding().codeMatch("P04 Unnamed", "militias", "militias", 1, null);
        p.coding().codeMatch("P04 Unnamed", "foreign money", "foreign money", 1, null);
        p.coding().codeMatch("P05 Dana", "absent state", "the state was absent", 1, null);
        p.coding().codeMatch("S01 Report", "militias", "militias", 1, null);
        p.coding().codeMatch("S01 Report", "foreign money", "foreign money", 1, null);

        p.codebook().theme("security vacuum", new ThemeChange("Nobody keeps order; armed groups fill the gap.", null,
                ThemeStatus.FINAL, java.util.List.of("militias", "absent state"), java.util.List.of()));
        p.codebook().theme("foreign influence", new ThemeChange("Outside powers pay and advise.", null,
                ThemeStatus.REVIEWED, java.util.List.of("foreign money", "militias"), java.util.List.of()));
        return p;
    }

    /** The second coder of {@link #addSecondCoder}. */
    public static final String TOM = "Tom";

    /**
     * A second coder, Tom, codes three passages: c6's span with c6's code (militias, Layla), c1's
     * span with another code of the same theme (foreign money: foreign influence holds both), and
     * a span that overlaps c9 without being equal ("militias grew" inside "The militias grew").
     * As passages: nothing new, one new passage of foreign money (none of foreign influence), and
     * one new passage of militias. The project's analysis corpus is brought up to date.
     */
    public static void addSecondCoder(Project p) throws UserError {
        p.coding().codeMatch("P02 Layla", "militias", "the militias ran them", 1, TOM);
        p.coding().codeMatch("P01 Karim", "foreign money", "The militias took the streets.", 1, TOM);
        p.coding().codeMatch("P03 Joint", "militias", "militias grew", 1, TOM);
        p.analysis().update(java.util.Set.of(p.repos().documents.byName("P01 Karim").orElseThrow().id(),
                p.repos().documents.byName("P02 Layla").orElseThrow().id(),
                p.repos().documents.byName("P03 Joint").orElseThrow().id()));
    }
}
