package org.thematica.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.thematica.edit.CreateCode;
import org.thematica.edit.CreateCodings;
import org.thematica.edit.CreateTheme;
import org.thematica.edit.SetThemeMembership;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.model.Palette;
import org.thematica.model.Theme;
import org.thematica.model.ThemeStatus;
import org.thematica.service.ImportService;
import org.thematica.service.Progress;
import org.thematica.service.Project;
import org.thematica.service.Settings;

/**
 * A study like the one issue 11 measured: four real-shaped interview transcripts
 * ({@link TranscriptGenerator#realShaped}), the largest 48,000 lines, coded with 30 codes in 6
 * themes. The largest carries the given number of codings (overlapping, 20-520 characters), the
 * others 300 each, so the chart has something in every interview. Deterministic.
 */
final class RealShapedProject {
    /** The measured transcript; named so that it is not the first interview, which a new window opens by itself. */
    static final String LARGE = "I4 Hassan";
    /** Another transcript, to switch to between opens. */
    static final String OTHER = "I1 Amira";
    static final int LARGE_LINES = 48_000;
    private static final String[] NAMES = {OTHER, "I2 Karim", "I3 Layla", LARGE};
    private static final int[] LINES = {12_000, 16_000, 20_000, LARGE_LINES};
    static final String[] CODES = {"sectarian violence", "foreign intervention", "isis rise",
        "infrastructure destruction", "iran influence", "militia power", "electricity cuts", "water shortage",
        "corruption", "unemployment", "displacement", "return of families", "checkpoints", "police reform",
        "army withdrawal", "party politics", "constitution", "referendum", "federal budget", "trade routes",
        "border control", "donor aid", "reconstruction", "youth protest", "schools", "hospitals", "trust in state",
        "local mediation", "memory of war", "hope"};
    static final String[] THEMES = {"political instability", "security vacuum", "foreign influence",
        "regional power shifts", "governance challenges", "everyday survival"};
    private static final int OTHER_CODINGS = 300;

    private RealShapedProject() {
    }

    /** The text of the measured transcript. */
    static String largeText() {
        return TranscriptGenerator.realShaped(7, LARGE_LINES);
    }

    /** Builds the project in {@code dir} (created if need be) with {@code codings} on {@link #LARGE}. */
    static Path build(Path dir, int codings) throws Exception {
        Files.createDirectories(dir);
        Path texts = Files.createDirectories(dir.resolve("texts"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            String text = NAMES[i].equals(LARGE) ? largeText() : TranscriptGenerator.realShaped(100 + i, LINES[i]);
            files.add(Files.writeString(texts.resolve(NAMES[i] + ".txt"), text, StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("study.thematica");
        try (Project p = Project.create(file, Settings.forUser("bench"))) {
            p.imports().importFiles(new ImportService.Request(files, DocumentKind.INTERVIEW, null, null, null), false,
                    new ArrayList<>(), Progress.NONE);
            List<Long> codes = codebook(p);
            Random random = new Random(11);
            for (Document d : p.repos().documents.all()) {
                int n = d.name().equals(LARGE) ? codings : OTHER_CODINGS;
                if (n > 0) {
                    seed(p, d, p.repos().documents.text(d.id()), codes, n, random);
                }
            }
        }
        ProjectGenerator.deleteTree(texts);
        return file;
    }

    private static List<Long> codebook(Project p) throws Exception {
        List<Long> codes = new ArrayList<>();
        p.history().perform("Codebook", session -> {
            List<Long> themes = new ArrayList<>();
            for (int t = 0; t < THEMES.length; t++) {
                session.apply(new CreateTheme(new Theme(0, p.newGuid(), THEMES[t], "", Palette.themeColour(t),
                        ThemeStatus.CANDIDATE)));
                themes.add(session.repos().themes.byName(THEMES[t]).orElseThrow().id());
            }
            for (int c = 0; c < CODES.length; c++) {
                session.apply(new CreateCode(new Code(0, p.newGuid(), CODES[c], Palette.colour(c), "", null)));
                long id = session.repos().codes.byName(CODES[c]).orElseThrow().id();
                codes.add(id);
                session.apply(new SetThemeMembership(themes.get(c % themes.size()), id, true));
            }
        });
        return codes;
    }

    private static void seed(Project p, Document d, String text, List<Long> codes, int count, Random random)
            throws Exception {
        List<Coding> codings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(text.length() - 600);
            int end = start + 20 + random.nextInt(500);
            codings.add(new Coding(0, p.newGuid(), d.id(), codes.get(random.nextInt(codes.size())), start, end,
                    text.substring(start, end), p.coder().id(), p.now()));
        }
        p.history().perform("Seed codings in " + d.name(), new CreateCodings(codings));
    }
}
