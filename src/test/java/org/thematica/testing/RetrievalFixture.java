package org.thematica.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thematica.model.DocumentKind;
import org.thematica.model.UserError;
import org.thematica.service.CaseService.CaseChange;
import org.thematica.service.ImportService;
import org.thematica.service.Progress;
import org.thematica.service.Project;
import org.thematica.service.CodebookService.ThemeChange;

/**
 * A small coded project for retrieval tests: two interviews and a source; Karim's turns are
 * linked to his case, Layla's whole transcript to hers; two coders; overlapping codings, one
 * passage coded with both codes of a theme, and a code that sits in two themes.
 */
public final class RetrievalFixture {
    public static final String KARIM = """
            Interviewer: When did the violence begin?
            Karim: The violence began in 2006. Foreign intervention made it worse.
            Interviewer: And later?
            Karim: In 2014 the security vacuum let ISIS rise.
            """;
    /**
     * An emoji (two UTF-16 units) and Arabic with harakat before the passages, so offsets must be
     * exact, and a last line in Arabic ("violence everywhere, said Layla"), which reads right to left.
     */
    public static final String LAYLA = "Layla 😀 said the violence — العُنْف — was everywhere.\n"
            + "Violence, again; VIOLENCE. Foreign intervention too.\n"
            + "العُنْف في كل مكان، قالت ليلى.\n";
    public static final String REPORT = "The report on foreign intervention and violence in the region.\n";

    private RetrievalFixture() {
    }

    public static Project create(Path dir) throws UserError, IOException {
        Project p = TestProjects.create(dir);
        importAs(p, dir, "P01 Karim.txt", KARIM, DocumentKind.INTERVIEW);
        importAs(p, dir, "P02 Layla.txt", LAYLA, DocumentKind.INTERVIEW);
        importAs(p, dir, "S01 Report.txt", REPORT, DocumentKind.SOURCE);
        p.cases().update("Karim", new CaseChange(null, Map.of("role", "political actor"), "P01 Karim", "Karim"));
        p.cases().update("Layla", new CaseChange(null, Map.of("role", "security expert", "age", "41"), "P02 Layla",
                null));
        p.cases().update("Omar", new CaseChange(null, Map.of("role", "security expert"), null, null));

        p.coding().codeMatch("P01 Karim", "violence", "When did the violence begin?", 1, null);
        p.coding().codeMatch("P01 Karim", "violence", "The violence began in 2006.", 1, null);
        p.coding().codeMatch("P01 Karim", "intervention", "The violence began in 2006.", 1, null);
        p.coding().codeMatch("P01 Karim", "intervention", "2006. Foreign intervention made it worse.", 1, "Tom");
        p.coding().codeMatch("P02 Layla", "violence", "the violence — العُنْف —", 1, "Tom");
        p.coding().codeMatch("P02 Layla", "violence", "Violence, again; VIOLENCE.", 1, null);
        p.coding().codeMatch("S01 Report", "violence", "violence in the region", 1, null);
        p.coding().codeMatch("S01 Report", "intervention", "foreign intervention", 1, null);
        p.coding().codeMatch("P01 Karim", "security vacuum", "the security vacuum", 1, null);
        p.codebook().theme("instability", ThemeChange.adding("violence", "intervention"));
        p.codebook().theme("foreign influence", ThemeChange.adding("intervention"));
        return p;
    }

    static void importAs(Project p, Path dir, String name, String text, DocumentKind kind) throws UserError,
            IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        p.imports().importFiles(new ImportService.Request(List.of(file), kind, null, null, null), false,
                new ArrayList<>(), Progress.NONE);
    }
}
