package org.thematica.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.thematica.model.Coding;
import org.thematica.model.DocumentKind;
import org.thematica.model.UserError;
import org.thematica.service.CaseService.CaseChange;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.service.ImportService;
import org.thematica.service.Progress;
import org.thematica.service.Project;

/**
 * A small project whose theme frequencies are computed by hand in ThemeFrequenciesTest: four
 * interviews and a source; overlapping codings, a code in two themes, a passage coded with two
 * codes of one theme, the same passage coded twice by two coders, informants linked through
 * their speaker turns and through whole documents, a document with no case, an interviewer
 * turn linked to nobody, a deleted coding.
 *
 * <pre>
 * P1 interview  Karim (political actor) through his turns only; the interviewer is nobody
 *   c1 militias  "The militias came"        Karim    3 words
 *   c2 army      "The militias came"        Karim    (same extent as c1: one segment of 'security')
 *   c3 army      "came and the army left"   Karim    5 words, overlaps c1
 *   c4 oil       "And the oil?"             nobody   3 words (interviewer turn)
 *   c5 elections "Then the elections failed." Karim  4 words
 * P2 interview  Layla (security expert, female) linked to the whole document
 *   c6 militias  "The militias rule the north."  5 words; c13 the same by coder 'second'
 *   c7 oil       "Oil pays them."                3 words
 * P3 interview  no case
 *   c8 elections "Nobody voted in the elections."  5 words
 *   c9 unthemed  "The army stayed home."           4 words; c15 elections on the same extent
 * P4 interview  Hassan (security expert, male) linked to the document; Omar (male, no role) through his turns
 *   c10 army     "The army collapsed completely."  Hassan  4 words
 *   c16 army     "I agree"                         Omar    2 words
 *   c17 oil      "Nothing more."                   deleted
 * S1 source     no case
 *   c11 militias "militias grew"  2 words
 *   c12 oil      "oil fell"       2 words
 * themes: security {militias, army}, politics {elections, militias}, economy {oil}, empty {}
 * </pre>
 */
public final class FrequencyFixture {
    public static final String P1 = "Interviewer: What happened after the war?\n"
            + "Karim: The militias came and the army left. Then the elections failed.\n"
            + "Interviewer: And the oil?\n"
            + "Karim: Oil money vanished.\n";
    public static final String P2 = "Layla: The militias rule the north. Oil pays them.\n";
    public static final String P3 = "Nobody voted in the elections. The army stayed home.\n";
    public static final String P4 = "Hassan: The army collapsed completely.\n"
            + "Omar: I agree with him.\n"
            + "Hassan: Nothing more.\n"
            + "Omar: Nothing more.\n";
    public static final String S1 = "The report says militias grew and oil fell.\n";

    private FrequencyFixture() {
    }

    public static Project create(Path dir) throws UserError {
        Project p = TestProjects.create(dir);
        TestProjects.importText(p, dir, "P1.txt", P1);
        TestProjects.importText(p, dir, "P2.txt", P2);
        TestProjects.importText(p, dir, "P3.txt", P3);
        TestProjects.importText(p, dir, "P4.txt", P4);
        importSource(p, dir, "S1.txt", S1);

        p.cases().update("Karim", new CaseChange(null, Map.of("role", "political actor", "gender", "male"), "P1",
                "Karim"));
        p.cases().update("Layla", new CaseChange(null, Map.of("role", "security expert", "gender", "female"), "P2",
                null));
        p.cases().update("Hassan", new CaseChange(null, Map.of("role", "security expert", "gender", "male"), "P4",
                null));
        p.cases().update("Omar", new CaseChange(null, Map.of("gender", "male"), "P4", "Omar"));

        p.coding().codeMatch("P1", "militias", "The militias came", 1, null);
        p.coding().codeMatch("P1", "army", "The militias came", 1, null);
        p.coding().codeMatch("P1", "army", "came and the army left", 1, null);
        p.coding().codeMatch("P1", "oil", "And the oil?", 1, null);
        p.coding().codeMatch("P1", "elections", "Then the elections failed.", 1, null);
        p.coding().codeMatch("P2", "militias", "The militias rule the north.", 1, null);
        p.coding().codeMatch("P2", "oil", "Oil pays them.", 1, null);
        p.coding().codeMatch("P3", "elections", "Nobody voted in the elections.", 1, null);
        p.coding().codeMatch("P3", "unthemed", "The army stayed home.", 1, null);
        p.coding().codeMatch("P4", "army", "The army collapsed completely.", 1, null);
        p.coding().codeMatch("S1", "militias", "militias grew", 1, null);
        p.coding().codeMatch("S1", "oil", "oil fell", 1, null);
        p.coding().codeMatch("P2", "militias", "The militias rule the north.", 1, "second");
        p.coding().codeMatch("P3", "elections", "The army stayed home.", 1, null);
        p.coding().codeMatch("P4", "army", "I agree", 1, null);
        Coding deleted = p.coding().codeMatch("P4", "oil", "Nothing more.", 1, null);
        p.coding().remove(deleted);

        p.codebook().theme("security", ThemeChange.adding("militias", "army"));
        p.codebook().theme("politics", ThemeChange.adding("elections", "militias"));
        p.codebook().theme("economy", ThemeChange.adding("oil"));
        p.codebook().theme("empty", ThemeChange.adding());
        return p;
    }

    private static void importSource(Project p, Path dir, String name, String text) throws UserError {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            p.imports().importFiles(new ImportService.Request(List.of(file), DocumentKind.SOURCE, null, null, null),
                    false, new java.util.ArrayList<>(), Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
