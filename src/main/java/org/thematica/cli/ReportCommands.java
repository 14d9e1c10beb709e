package org.thematica.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thematica.analysis.CodedPassages;
import org.thematica.export.CsvExporter;
import org.thematica.service.CheckService;
import org.thematica.service.Project;
import org.thematica.service.StatsService;
import org.thematica.store.Database;
import org.thematica.store.ProjectException;
import org.thematica.store.SchemaCheck;
import org.thematica.store.SearchRepository;
import org.thematica.store.StatsRepository.Totals;

/** Reading a project: statistics, exports, integrity check, history, search. */
final class ReportCommands {
    private ReportCommands() {
    }

    static List<Command> all() {
        Command.Access r = Command.Access.READ;
        return List.of(
            new Command("stats", "stats PROJECT [--json] [--coded-by CODER]",
                    "counts, and per theme the number and share of interviews that contain it and its coded "
                            + "passages (each once; --coded-by: one coder's codings)", r,
                    Args.Spec.of(1, 1).flags("json").values("coded-by"), ReportCommands::stats),
            new Command("export", "export PROJECT --format csv --out FILE [--excel]",
                    "export one row per coding, with its coder (--excel adds a BOM for Excel)", r,
                    Args.Spec.of(1, 1).values("format", "out").flags("excel"), ReportCommands::export),
            new Command("check", "check PROJECT", "check the project file's integrity (reads only)",
                    Command.Access.NONE, Args.Spec.of(1, 1), ReportCommands::check),
            new Command("history", "history PROJECT [--limit N] [--coder NAME] [--since DATE] [--kind KIND] [--csv]",
                    "the audit trail: who changed what, when (--coder: one person's; --since 2026-12-01 or an ISO"
                            + " time; --kind documents|codings|codebook|themes|cases|memos|reviews|layout; --csv for a"
                            + " spreadsheet)", r,
                    Args.Spec.of(1, 1).values("limit", "since", "kind").flags("csv"), ReportCommands::history),
            new Command("search", "search PROJECT QUERY [--limit N]", "full-text search of all documents", r,
                    Args.Spec.of(2, 2).values("limit"), ReportCommands::search),
            new Command("figures", "figures PROJECT --out DIR [--format png|svg|pdf] [--dpi N] [--only NAME]",
                    "write every figure with its saved settings (the same bytes every time)", r,
                    Args.Spec.of(1, 1).values("out", "format", "dpi", "only"), ReportCommands::figures),
            new Command("tables", "tables PROJECT --out DIR [--format md|csv|docx] [--coded-by CODER]",
                    "write the theme summary (with example quotes) and the codebook as tables for a thesis", r,
                    Args.Spec.of(1, 1).values("out", "format", "coded-by"), ReportCommands::tables)
        );
    }

    /** Whose codings to count: every coder's, each passage once, or the coder {@code --coded-by} names. */
    private static CodedPassages codedBy(Context c, Args a) throws UsageError {
        String name = a.option("coded-by");
        if (name == null) {
            return CodedPassages.DISTINCT;
        }
        List<String> coders = CodedPassages.coders(c.project.analysis().corpus());
        if (!coders.contains(name.strip())) {
            throw new UsageError("--coded-by: no coder named '" + name + "' has codings"
                    + (coders.isEmpty() ? "" : " (coders: " + String.join(", ", coders) + ")"));
        }
        return CodedPassages.of(name);
    }

    private static int stats(Context c, Args a) throws Exception {
        StatsService.Summary s = c.project.stats().summary(codedBy(c, a));
        Totals t = s.totals();
        if (a.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("project", s.project());
            json.put("documents", t.documents());
            json.put("interviews", t.interviews());
            json.put("sources", t.sources());
            json.put("words", t.words());
            json.put("codes", t.codes());
            json.put("themes", t.themes());
            json.put("codings", t.codings());
            json.put("cases", t.cases());
            json.put("links", t.links());
            json.put("memos", t.memos());
            json.put("counted", s.counted());
            json.put("passages", s.passages());
            json.put("themeReach", s.themes());
            c.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(json));
            return Cli.OK;
        }
        c.out.println("Project: " + s.project());
        c.out.printf("Documents: %d (%d interviews, %d sources), %,d words%n", t.documents(), t.interviews(),
                t.sources(), t.words());
        c.out.printf("Codes: %d  Themes: %d  Codings: %d  Cases: %d  Links: %d  Memos: %d%n", t.codes(), t.themes(),
                t.codings(), t.cases(), t.links(), t.memos());
        String qualifier = s.counting().qualifier(s.coders());
        c.out.printf("%s: %,d (%sfrom %,d %s)%n", s.counting().title(), s.passages(),
                qualifier == null ? "" : qualifier + "; ", s.codings(), s.codings() == 1 ? "coding" : "codings");
        if (!s.themes().isEmpty()) {
            c.out.println();
            c.out.printf("%-36s %10s %6s %8s%n", "Theme", "Interviews", "Share", "Passages");
            for (StatsService.ThemeReach reach : s.themes()) {
                c.out.printf("%-36s %10s %5.0f%% %8d%n", reach.theme(), reach.interviews() + "/" + t.interviews(),
                        reach.share() * 100, reach.passages());
            }
            c.out.println(s.counting().everyCoder() ? "Passages: " + s.counted() + ", in all documents."
                    : "Interviews and passages: " + s.counting().whose() + " only.");
        }
        return Cli.OK;
    }

    private static int export(Context c, Args a) throws Exception {
        String format = a.required("format");
        if (!format.equalsIgnoreCase("csv")) {
            throw new UsageError("only --format csv is available from the command line so far");
        }
        Path out = c.resolve(a.required("out"));
        if (out.getParent() != null && !java.nio.file.Files.isDirectory(out.getParent())) {
            throw new org.thematica.model.UserError("cannot write " + out + ": the folder does not exist");
        }
        int rows = CsvExporter.write(c.project.repos(), out, a.flag("excel"));
        c.out.println("wrote " + rows + (rows == 1 ? " coding" : " codings") + " (one row each) to " + out);
        return Cli.OK;
    }

    /**
     * Opens the project read-only: a check never writes. A project whose schema is not its
     * version's cannot be opened at all; then every foreign, altered or missing object is named.
     */
    private static int check(Context c, Args a) throws Exception {
        if (c.project != null) {
            return check(c); // inside a script, on the project it has open
        }
        Path file = c.resolve(a.positional(0));
        try (Project project = Project.open(file, Database.Mode.READ_ONLY, c.settings)) {
            c.project = project;
            return check(c);
        } catch (ProjectException refused) {
            List<SchemaCheck.Difference> differences = SchemaCheck.of(file);
            if (differences.isEmpty()) {
                throw refused;
            }
            for (SchemaCheck.Difference d : differences) {
                c.out.println("PROBLEM: schema: " + d.problem());
            }
            c.err.println("thematica check: " + (differences.size() == 1 ? "1 object in " + file.getFileName() + " is"
                    : differences.size() + " objects in " + file.getFileName() + " are")
                    + " not as a Thematica project defines them; "
                    + SchemaCheck.repairHint(file, differences.size() == 1 ? differences.get(0).remedy() : "repair them"));
            return Cli.FAILED;
        }
    }

    private static int check(Context c) {
        CheckService.Report report = c.project.check().run();
        for (String note : report.notes()) {
            c.out.println("ok: " + note);
        }
        for (String problem : report.problems()) {
            c.out.println("PROBLEM: " + problem);
        }
        if (report.ok()) {
            c.out.println("the project is healthy");
            return Cli.OK;
        }
        c.err.println("thematica check: " + report.problems().size() + " problem(s) found in "
                + c.project.file().getFileName());
        return Cli.FAILED;
    }

    private static int history(Context c, Args a) throws Exception {
        Integer limit = a.integer("limit");
        String since = a.option("since");
        org.thematica.edit.EditKind kind = null;
        if (a.option("kind") != null) {
            try {
                kind = org.thematica.edit.EditKind.valueOf(a.option("kind").strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageError("--kind takes documents, codings, codebook, themes, cases, memos, reviews or layout");
            }
        }
        var filter = new org.thematica.service.AuditService.Filter(c.coderGiven,
                since == null ? null : org.thematica.service.AuditService.parseSince(since), kind,
                limit == null ? 50 : limit);
        var entries = c.project.audit().entries(filter);
        if (a.flag("csv")) {
            c.out.print(org.thematica.export.TableWriter.csv(org.thematica.export.HistoryTable.of(entries)));
            return Cli.OK;
        }
        for (var e : entries) {
            String state = e.state() == null ? "" : " [" + e.state() + "]";
            c.out.println(e.time() + "  " + e.coder() + "  " + e.action() + "  "
                    + e.label() + state);
        }
        return Cli.OK;
    }

    private static int figures(Context c, Args a) throws Exception {
        java.nio.file.Path out = c.resolve(a.required("out"));
        java.nio.file.Files.createDirectories(out);
        org.thematica.export.FigureExporter.Format format;
        try {
            format = a.option("format") == null ? org.thematica.export.FigureExporter.Format.PDF
                    : org.thematica.export.FigureExporter.Format.parse(a.option("format"));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--format takes png, svg or pdf");
        }
        Integer dpi = a.integer("dpi");
        if (dpi != null && (dpi < 30 || dpi > 1200)) {
            throw new UsageError("--dpi takes a number from 30 to 1200");
        }
        var only = a.option("only") == null ? java.util.Set.<String>of() : java.util.Set.of(a.option("only"));
        try {
            org.thematica.export.ThesisExport.sources(only);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        var request = new org.thematica.export.ThesisExport.Request(out, java.util.Set.of(format), dpi, null, only);
        for (var file : org.thematica.export.ThesisExport.write(c.project, c.project.analysis().corpus(), request,
                org.thematica.service.Progress.NONE)) {
            c.out.println("wrote " + file);
        }
        return Cli.OK;
    }

    private static int tables(Context c, Args a) throws Exception {
        Path out = c.resolve(a.required("out"));
        org.thematica.export.TableWriter.Format format;
        try {
            format = a.option("format") == null ? org.thematica.export.TableWriter.Format.DOCX
                    : org.thematica.export.TableWriter.Format.parse(a.option("format"));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--format takes md, csv or docx");
        }
        CodedPassages counting = codedBy(c, a);
        java.nio.file.Files.createDirectories(out);
        var tables = org.thematica.export.ThesisTables.build(c.project, c.project.analysis().corpus(),
                org.thematica.export.ThesisTables.Options.DEFAULT.counting(counting));
        for (var table : tables.all()) {
            c.out.println("wrote " + org.thematica.export.TableWriter.write(table, format, out) + " ("
                    + table.rows().size() + " rows)");
        }
        return Cli.OK;
    }

    private static int search(Context c, Args a) throws Exception {
        Integer limit = a.integer("limit");
        List<SearchRepository.Hit> hits = c.project.repos().search.search(a.positional(1), limit == null ? 20 : limit);
        for (SearchRepository.Hit h : hits) {
            c.out.println(h.documentName() + ": " + h.snippet().replace('\n', ' '));
        }
        if (hits.isEmpty()) {
            c.out.println("no matches");
        }
        return Cli.OK;
    }
}
