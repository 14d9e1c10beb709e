package org.thematica.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.thematica.edit.CreateReview;
import org.thematica.model.Coding;
import org.thematica.model.MemoTarget;
import org.thematica.model.Review;
import org.thematica.model.Verdict;
import org.thematica.service.CaseService.CaseChange;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.service.merge.Choices;
import org.thematica.service.merge.CoderCopies;
import org.thematica.service.merge.MergeReport;
import org.thematica.service.merge.MergeService;
import org.thematica.store.Database;

/**
 * A small study to merge: two interviews (one with speaker turns) and a source, a codebook of
 * five codes in two themes, two cases with a role, codings by the analyst Amira and by Ann, a
 * memo and a review on one of Amira's codings. Each session gets its own seeded GUIDs, so a
 * failing case can be run again exactly.
 */
public final class MergeFixture {
    public static final String P01 = "Interviewer: What happened in 2006?\nKarim: Sectarian violence emptied the mixed"
            + " neighbourhoods. Nobody trusted the police any more.\nInterviewer: And later?\nKarim: Later the"
            + " ministries became the property of parties, and corruption grew. The services collapsed.\n";
    public static final String P02 = "Layla: The families talk about whether the water will come on Tuesday. In the summer"
            + " Sawaqi had eight hours of electricity a day. People bought subscriptions from generator owners."
            + " Trust in the state fell every summer, and young people left for the cities.\n";
    public static final String S01 = "A policy brief on reconstruction. Aid was pledged in the name of the state, but the"
            + " contracts were divided between the parties as before.\n";
    /** A coded passage of Amira's only, to look for in the bytes of a blind copy. */
    public static final String AMIRAS_PASSAGE = "Nobody trusted the police any more.";

    private MergeFixture() {
    }

    public static Settings session(String coder, long seed) {
        return Settings.deterministic(coder, Instant.parse("2026-02-01T00:00:00Z").plusSeconds(seed * 100_000), seed);
    }

    public static Project open(Path file, String coder, long seed) throws Exception {
        return Project.open(file, Database.Mode.READ_WRITE, session(coder, seed));
    }

    /** Builds the study into {@code dir/study.thematica}, closed. */
    public static Path base(Path dir) throws Exception {
        Path file = dir.resolve("study.thematica");
        try (Project p = Project.create(file, session("Amira", 1))) {
            Path sources = Files.createDirectories(dir.resolve("sources"));
            TestProjects.importText(p, sources, "P01 Karim.txt", P01);
            TestProjects.importText(p, sources, "P02 Layla.txt", P02);
            TestProjects.importText(p, sources, "S01 Brief.txt", S01);
            for (String code : List.of("violence", "trust", "corruption", "services", "displacement")) {
                p.codebook().defineCode(code, null, "", null);
            }
            p.codebook().theme("governance", new ThemeChange(null, null, null, List.of("corruption", "services"),
                    List.of()));
            p.codebook().theme("security", ThemeChange.adding("violence", "trust"));
            p.cases().update("Karim", new CaseChange("a politician", Map.of("role", "political actor"), "P01 Karim",
                    "Karim"));
            p.cases().update("Layla", new CaseChange("", Map.of("role", "local expert"), "P02 Layla", null));
            Coding amiras = p.coding().codeMatch("P01 Karim", "trust", AMIRAS_PASSAGE, 1, "Amira");
            p.coding().codeMatch("P01 Karim", "violence", "Sectarian violence", 1, "Amira");
            p.coding().codeMatch("P02 Layla", "services", "whether the water will come", 1, "Amira");
            p.coding().codeMatch("P01 Karim", "corruption", "corruption grew", 1, "Ann");
            p.coding().codeMatch("P02 Layla", "trust", "Trust in the state fell", 1, "Ann");
            p.memos().add(MemoTarget.CODING, String.valueOf(amiras.id()), "", "Amira's note: the police, not the army");
            long reviewer = p.coderNamed("Amira").id();
            p.history().perform("Review", new CreateReview(new Review(0, p.newGuid(), Review.Target.CODING, amiras.id(),
                    0, reviewer, Verdict.AGREE, "Amira's review comment", p.now(), null, 0)));
            p.memos().add(MemoTarget.CODE, "trust", "Definition", "Trust in institutions, not in people.");
        }
        return file;
    }

    /** Writes a coder copy of the closed project {@code file}. */
    public static Path copy(Path file, Path out, String coder, boolean blind) throws Exception {
        long seed = 1000 + Math.abs((long) out.getFileName().toString().hashCode()); // each copy its own id
        try (Project p = Project.open(file, Database.Mode.READ_ONLY, session(coder, seed))) {
            CoderCopies.write(p, out, blind, coder, session(coder, seed + 1));
        }
        return out;
    }

    /** Opens {@code file} as {@code coder} and merges {@code copy} with the default choices. */
    public static MergeReport merge(Path file, Path copy, long seed) throws Exception {
        return merge(file, copy, seed, Choices.DEFAULT);
    }

    public static MergeReport merge(Path file, Path copy, long seed, Choices choices) throws Exception {
        try (Project p = open(file, "Amira", seed)) {
            return new MergeService(p).merge(copy, choices);
        }
    }
}
