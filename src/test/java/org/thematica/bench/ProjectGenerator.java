package org.thematica.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.thematica.service.CaseService.CaseChange;
import org.thematica.service.ImportService;
import org.thematica.service.Progress;
import org.thematica.service.Project;
import org.thematica.service.Settings;

/**
 * Builds realistic projects at research scale, deterministically (seeded): interview
 * transcripts with speaker turns (some 1-2 MB long), informants with one of four roles linked
 * through their turns, codes grouped into themes (some codes in two themes), and overlapping
 * codings by two coders. Written through the services, in batches, so it exercises the same
 * paths a user does.
 */
public final class ProjectGenerator {
    /** The three sizes of issue 5. */
    public enum Size {
        SMALL(20, 100_000, 2_000, 40, 8),
        MEDIUM(200, 2_000_000, 40_000, 200, 20),
        LARGE(1_000, 10_000_000, 200_000, 500, 30);

        final int transcripts;
        final int words;
        final int codings;
        final int codes;
        final int themes;

        Size(int transcripts, int words, int codings, int codes, int themes) {
            this.transcripts = transcripts;
            this.words = words;
            this.codings = codings;
            this.codes = codes;
            this.themes = themes;
        }
    }

    static final String[] ROLES = {"political actor", "security expert", "academic", "local expert"};

    private ProjectGenerator() {
    }

    /** Generates the project into {@code file} (which must not exist) and returns it. */
    public static Path generate(Path file, Size size, long seed) throws Exception {
        Random random = new Random(seed);
        Path texts = Files.createTempDirectory("thematica-generated");
        List<Path> files = writeTexts(texts, lengths(size, random), seed);
        Settings settings = Settings.deterministic("generator", Instant.parse("2026-01-01T00:00:00Z"), seed);
        try (Project p = Project.create(file, settings)) {
            importTexts(p, files);
            codebook(p, size, random);
            cases(p, random);
            codings(p, size, random);
        }
        deleteTree(texts);
        return file;
    }

    /**
     * Writes the transcripts that {@link #generate} imports for this size and seed into {@code dir}
     * (as T0001.txt, ...) and returns them in import order; about 70 MB for LARGE.
     */
    public static List<Path> writeTexts(Path dir, Size size, long seed) throws Exception {
        return writeTexts(dir, lengths(size, new Random(seed)), seed);
    }

    /**
     * Imports the files as the generator does: through the import service, in batches of 100
     * (each one transaction with its search index rows, one undo step). Returns the words imported.
     */
    public static long importTexts(Project p, List<Path> files) throws Exception {
        long words = 0;
        for (int from = 0; from < files.size(); from += 100) {
            for (ImportService.Imported i : p.imports().importFiles(new ImportService.Request(
                    files.subList(from, Math.min(files.size(), from + 100)), DocumentKind.INTERVIEW, null, null, null),
                    false, new ArrayList<>(), Progress.NONE)) {
                words += i.words();
            }
        }
        return words;
    }

    /** The word budget: a few long transcripts (1-2 MB, ~180k-330k words) and the rest evenly. */
    private static List<Integer> lengths(Size size, Random random) {
        List<Integer> lengths = new ArrayList<>();
        int longOnes = size == Size.SMALL ? 0 : size == Size.MEDIUM ? 2 : 5;
        int remaining = size.words;
        for (int i = 0; i < longOnes; i++) {
            int w = 180_000 + random.nextInt(150_000);
            lengths.add(w);
            remaining -= w;
        }
        int normal = size.transcripts - longOnes;
        for (int i = 0; i < normal; i++) {
            lengths.add(Math.max(500, remaining / normal + random.nextInt(2000) - 1000));
        }
        return lengths;
    }

    private static List<Path> writeTexts(Path dir, List<Integer> lengths, long seed) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < lengths.size(); i++) {
            Path f = dir.resolve(String.format("T%04d.txt", i + 1));
            Files.writeString(f, TranscriptGenerator.generate(seed * 7919 + i, lengths.get(i)), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    /** Deletes a folder and everything in it. */
    static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
    }

    private static void codebook(Project p, Size size, Random random) throws Exception {
        p.history().perform("Generate the codebook", session -> {
            List<Long> themes = new ArrayList<>();
            for (int t = 0; t < size.themes; t++) {
                session.apply(new CreateTheme(new Theme(0, p.newGuid(), "theme " + t, "", Palette.themeColour(t),
                        ThemeStatus.values()[t % 3])));
                themes.add(session.repos().themes.byName("theme " + t).orElseThrow().id());
            }
            for (int c = 0; c < size.codes; c++) {
                session.apply(new CreateCode(new Code(0, p.newGuid(), "code " + c, Palette.colour(c), "", null)));
                long code = session.repos().codes.byName("code " + c).orElseThrow().id();
                session.apply(new SetThemeMembership(themes.get(c % themes.size()), code, true));
                if (c % 10 == 0) { // one code in ten sits in a second theme
                    session.apply(new SetThemeMembership(themes.get((c + 7) % themes.size()), code, true));
                }
            }
        });
    }

    private static void cases(Project p, Random random) throws Exception {
        for (Document d : p.repos().documents.all()) {
            String name = "informant " + d.name();
            p.cases().update(name, new CaseChange(null, Map.of("role", ROLES[random.nextInt(ROLES.length)]),
                    d.name(), "Informant"));
        }
    }

    private static void codings(Project p, Size size, Random random) throws Exception {
        List<Document> docs = p.repos().documents.all();
        long totalWords = docs.stream().mapToLong(Document::wordCount).sum();
        // a coder is registered by their first edit: a step that applies no edit registers them and records nothing
        p.history().perform("Register the second coder", session -> p.coderIn(session, "second coder"));
        long coder2 = p.coderNamed("second coder").id();
        List<Long> codeIds = p.repos().codes.all().stream().map(Code::id).toList();
        int made = 0;
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            int count = i == docs.size() - 1 ? size.codings - made
                    : (int) Math.round((double) size.codings * d.wordCount() / totalWords);
            if (count <= 0) {
                continue;
            }
            String text = p.repos().documents.text(d.id());
            List<Coding> codings = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                int start = random.nextInt(Math.max(1, text.length() - 400));
                int end = Math.min(text.length(), start + 30 + random.nextInt(350));
                long coder = random.nextInt(5) == 0 ? coder2 : p.coder().id();
                codings.add(new Coding(0, p.newGuid(), d.id(), codeIds.get(random.nextInt(codeIds.size())), start, end,
                        text.substring(start, end), coder, p.now()));
            }
            made += count;
            p.history().perform("Generate codings in " + d.name(), new CreateCodings(codings));
        }
    }

    /** {@code ProjectGenerator SIZE OUT [SEED]}: writes a project for benchmarks and manual tests. */
    public static void main(String[] args) throws Exception {
        Size size = Size.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        long start = System.nanoTime();
        Path out = generate(Path.of(args[1]), size, args.length > 2 ? Long.parseLong(args[2]) : 1L);
        System.out.printf("generated %s (%s) in %.1f s, %.1f MB%n", out, size, (System.nanoTime() - start) / 1e9,
                Files.size(out) / 1e6);
    }
}
