package org.thematica.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.service.ImportService;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.store.SchemaCheck;
import org.thematica.store.SchemaRepair;

/** Creating projects, importing documents, running scripts, undo and redo. */
final class ProjectCommands {
    private ProjectCommands() {
    }

    static List<Command> all(Cli cli) {
        return List.of(
            new Command("new", "new PROJECT", "create an empty project file", Command.Access.NONE,
                    Args.Spec.of(1, 1), ProjectCommands::create),
            new Command("import", "import PROJECT FILE... [--kind interview|source] [--case NAME] [--name NAME]"
                    + " [--encoding CHARSET] [--skip-bad]",
                    "import documents (txt, md, docx, odt, pdf, vtt, srt, sbv)", Command.Access.WRITE,
                    Args.Spec.of(2, Integer.MAX_VALUE).values("kind", "case", "name", "encoding").flags("skip-bad"),
                    ProjectCommands::importFiles),
            new Command("documents", "documents PROJECT", "list documents with kind, words and codings",
                    Command.Access.READ, Args.Spec.of(1, 1), ProjectCommands::documents),
            new Command("undo", "undo PROJECT", "undo the last change", Command.Access.WRITE, Args.Spec.of(1, 1),
                    (c, a) -> undoRedo(c, true)),
            new Command("redo", "redo PROJECT", "redo the last undone change", Command.Access.WRITE,
                    Args.Spec.of(1, 1), (c, a) -> undoRedo(c, false)),
            new Command("script", "script PROJECT FILE", "run a file of commands (one per line) on the project",
                    // NONE: the runner reads the script before it opens (and locks) the project
                    Command.Access.NONE, Args.Spec.of(2, 2),
                    (c, a) -> new ScriptRunner(cli).run(c, c.resolve(a.positional(0)), c.resolve(a.positional(1)))),
            new Command("build-demo", "build-demo OUT", "build the demo project into a new file",
                    Command.Access.NONE, Args.Spec.of(1, 1), (c, a) -> buildDemo(cli, c, a)),
            new Command("backup", "backup PROJECT", "back the project up now (kept beside it, the newest 10)",
                    Command.Access.WRITE, Args.Spec.of(1, 1), ProjectCommands::backup),
            new Command("backups", "backups PROJECT", "list the project's backups, newest first",
                    Command.Access.NONE, Args.Spec.of(1, 1), ProjectCommands::backups),
            new Command("repair", "repair PROJECT [--yes]",
                    "back the project up, then remove triggers, views, indexes and tables that are not Thematica's"
                            + " and rebuild altered ones, keeping the data (--yes: without asking)",
                    Command.Access.NONE, Args.Spec.of(1, 1).flags("yes"), ProjectCommands::repair),
            new Command("restore", "restore PROJECT (--latest | --from BACKUP)",
                    "put a backup in place of the project (the current state is kept as a backup)",
                    Command.Access.NONE, Args.Spec.of(1, 1).values("from").flags("latest"), ProjectCommands::restore)
        );
    }

    private static int create(Context c, Args a) throws Exception {
        Path file = c.resolve(a.positional(0));
        try (Project p = Project.create(file, c.settings)) {
            c.out.println("created " + p.file());
        }
        return Cli.OK;
    }

    private static int importFiles(Context c, Args a) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String f : a.positional().subList(1, a.positional().size())) {
            files.add(c.resolve(f));
        }
        DocumentKind kind;
        try {
            kind = a.option("kind") == null ? DocumentKind.INTERVIEW : DocumentKind.parse(a.option("kind"));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        Charset encoding = null;
        if (a.option("encoding") != null) {
            try {
                encoding = Charset.forName(a.option("encoding"));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UsageError("unknown encoding '" + a.option("encoding") + "'");
            }
        }
        List<String> failures = new ArrayList<>();
        var request = new ImportService.Request(files, kind, a.option("case"), a.option("name"), encoding,
                c.scriptDir);
        List<ImportService.Imported> imported = c.project.imports().importFiles(request, a.flag("skip-bad"), failures,
                org.thematica.service.Progress.NONE);
        for (ImportService.Imported i : imported) {
            c.out.println("imported '" + i.name() + "' (" + i.format() + (i.encoding() == null ? "" : ", " + i.encoding())
                    + ", " + i.words() + " words" + (i.turns() > 0 ? ", " + i.turns() + " speaker turns" : "") + ")");
            for (String w : i.warnings()) {
                c.err.println("warning: " + i.file().getFileName() + ": " + w);
            }
        }
        for (String f : failures) {
            c.err.println("skipped: " + f);
        }
        return failures.isEmpty() ? Cli.OK : Cli.FAILED;
    }

    private static int documents(Context c, Args a) {
        var r = c.project.repos();
        for (Document d : r.documents.all()) {
            long codings = r.codings.ofDocument(d.id()).size();
            c.out.printf("%-40s %-9s %-5s %8d words %6d codings%n", d.name(), d.kind().key(), d.format(), d.wordCount(),
                    codings);
        }
        return Cli.OK;
    }

    private static int undoRedo(Context c, boolean undo) throws Exception {
        var label = undo ? c.project.history().undo() : c.project.history().redo();
        if (label.isEmpty()) {
            c.out.println(undo ? "nothing to undo" : "nothing to redo");
        } else {
            c.out.println((undo ? "undone: " : "redone: ") + label.get());
        }
        return Cli.OK;
    }

    private static int backup(Context c, Args a) throws Exception {
        var made = c.project.backUp("manual");
        c.out.println(made.map(b -> "backed up to " + b.file()).orElse("the newest backup already holds every change"));
        return Cli.OK;
    }

    private static int backups(Context c, Args a) throws Exception {
        Path file = c.resolve(a.positional(0));
        var list = org.thematica.store.Backups.list(file);
        if (list.isEmpty()) {
            c.out.println("no backups of " + file.getFileName() + " yet (the app makes them when it opens a project,"
                    + " and every ten minutes of work)");
        }
        for (var b : list) {
            c.out.printf("%s  %-14s change %-6d %6.1f MB  %s%n", b.time(), b.reason(), b.change(), b.bytes() / 1e6,
                    b.file().getFileName());
        }
        return Cli.OK;
    }

    private static int restore(Context c, Args a) throws Exception {
        Path file = c.resolve(a.positional(0));
        boolean latest = a.flag("latest");
        if (latest == (a.option("from") != null)) {
            throw new UsageError("give either --latest or --from BACKUP");
        }
        Path backup;
        if (latest) {
            boolean none = org.thematica.store.Backups.list(file).isEmpty();
            backup = org.thematica.store.Backups.latestGood(file).orElseThrow(() -> new org.thematica.model.UserError(
                    none ? "there are no backups of " + file.getFileName() : "no backup of " + file.getFileName()
                            + " opens cleanly; 'thematica backups " + file.getFileName() + "' lists them")).file();
        } else {
            backup = c.resolve(a.option("from"));
        }
        var saved = org.thematica.store.Backups.restore(file, backup, java.time.Instant.now());
        c.out.println("restored " + file.getFileName() + " from " + backup.getFileName() + "; the state before is kept as "
                + saved.file().getFileName());
        return Cli.OK;
    }

    /** Says what it will do, asks (unless --yes), backs up, repairs, and says what it did. */
    private static int repair(Context c, Args a) throws Exception {
        Path file = c.resolve(a.positional(0));
        List<SchemaCheck.Difference> differences = SchemaCheck.of(file);
        if (differences.isEmpty()) {
            try (Project p = Project.open(file, org.thematica.store.Database.Mode.READ_ONLY, c.settings)) {
                c.out.println("nothing to repair: the schema of " + file.getFileName() + " is a Thematica project's");
            }
            return Cli.OK;
        }
        for (SchemaCheck.Difference d : differences) {
            c.out.println(d.problem() + ": will " + d.remedy());
        }
        if (!a.flag("yes")) {
            c.out.print("Back " + file.getFileName() + " up and repair it? [y/N] ");
            c.out.flush();
            String answer = new java.io.BufferedReader(new java.io.InputStreamReader(c.in,
                    java.nio.charset.StandardCharsets.UTF_8)).readLine();
            c.out.println();
            if (answer == null || !answer.strip().toLowerCase(java.util.Locale.ROOT).matches("y|yes")) {
                throw new org.thematica.model.UserError(file.getFileName() + " was not repaired (not confirmed;"
                        + " --yes repairs without asking)");
            }
        }
        SchemaRepair.Result result = SchemaRepair.repair(file, java.time.Instant.now());
        c.out.println("backed up to " + result.backup());
        result.done().forEach(c.out::println);
        c.out.println("repaired " + file.getFileName() + "; its data is kept ('thematica check " + file.getFileName()
                + "' checks it)");
        return Cli.OK;
    }

    private static int buildDemo(Cli cli, Context c, Args a) throws Exception {
        Path out = c.resolve(a.positional(0));
        DemoProject.build(cli, out, c.err);
        c.out.println("built the demo project " + out);
        return Cli.OK;
    }

    static Settings demoSettings() {
        return Settings.deterministic("demo", java.time.Instant.parse("2025-05-02T09:00:00Z"), 20250502L);
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
