package org.thematica.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.thematica.model.Code;
import org.thematica.model.MemoTarget;
import org.thematica.model.Theme;
import org.thematica.model.ThemeLink;
import org.thematica.model.ThemeStatus;
import org.thematica.service.CaseService;
import org.thematica.service.CodebookService;
import org.thematica.service.CodebookService.CodingsPolicy;
import org.thematica.store.Repositories;
import org.thematica.store.StatsRepository.CodeCount;

/** Codes, themes, links, cases and memos from the command line. */
final class CodebookCommands {
    private CodebookCommands() {
    }

    static List<Command> all() {
        Command.Access w = Command.Access.WRITE;
        Command.Access r = Command.Access.READ;
        return List.of(
            new Command("define-code", "define-code PROJECT --code NAME [--colour #RRGGBB] [--description TEXT]"
                    + " [--parent CODE]", "create a code or change its colour, description or parent", w,
                    Args.Spec.of(1, 1).values("code", "colour", "color", "description", "parent"),
                    CodebookCommands::defineCode),
            new Command("codes", "codes PROJECT", "list the codebook with counts and themes", r, Args.Spec.of(1, 1),
                    CodebookCommands::codes),
            new Command("rename-code", "rename-code PROJECT --code NAME --to NEW", "rename a code", w,
                    Args.Spec.of(1, 1).values("code", "to"),
                    (c, a) -> done(c, () -> c.project.codebook().renameCode(a.required("code"), a.required("to")),
                            "renamed")),
            new Command("merge-codes", "merge-codes PROJECT --code FROM --into CODE",
                    "merge a code into another (codings, themes, memos move)", w,
                    Args.Spec.of(1, 1).values("code", "into"),
                    (c, a) -> done(c, () -> c.project.codebook().mergeCodes(a.required("code"), a.required("into")),
                            "merged")),
            new Command("delete-code", "delete-code PROJECT --code NAME [--codings delete | --move-to CODE]",
                    "delete a code; say what happens to its codings", w,
                    Args.Spec.of(1, 1).values("code", "codings", "move-to"), CodebookCommands::deleteCode),
            new Command("theme", "theme PROJECT --theme NAME [--add-code CODE]... [--remove-code CODE]..."
                    + " [--description TEXT] [--colour #RRGGBB] [--status candidate|reviewed|final]",
                    "create or change a theme and its codes", w,
                    Args.Spec.of(1, 1).values("theme", "description", "colour", "color", "status")
                            .repeatable("add-code", "remove-code"), CodebookCommands::theme),
            new Command("themes", "themes PROJECT", "list themes with their codes and links", r, Args.Spec.of(1, 1),
                    CodebookCommands::themes),
            new Command("rename-theme", "rename-theme PROJECT --theme NAME --to NEW", "rename a theme", w,
                    Args.Spec.of(1, 1).values("theme", "to"),
                    (c, a) -> done(c, () -> c.project.codebook().renameTheme(a.required("theme"), a.required("to")),
                            "renamed")),
            new Command("merge-themes", "merge-themes PROJECT --theme FROM --into THEME",
                    "merge a theme into another (codes and links move)", w, Args.Spec.of(1, 1).values("theme", "into"),
                    (c, a) -> done(c, () -> c.project.codebook().mergeThemes(a.required("theme"), a.required("into")),
                            "merged")),
            new Command("delete-theme", "delete-theme PROJECT --theme NAME",
                    "delete a theme (its codes and codings stay)", w, Args.Spec.of(1, 1).values("theme"),
                    (c, a) -> done(c, () -> c.project.codebook().deleteTheme(a.required("theme")),
                            "deleted the theme; its codes and their codings stay in the codebook")),
            new Command("link", "link PROJECT --from THEME --to THEME [--label TEXT]",
                    "draw a directed link between two themes", w, Args.Spec.of(1, 1).values("from", "to", "label"),
                    CodebookCommands::link),
            new Command("unlink", "unlink PROJECT --from THEME --to THEME", "remove a link between two themes", w,
                    Args.Spec.of(1, 1).values("from", "to"),
                    (c, a) -> done(c, () -> c.project.codebook().unlink(a.required("from"), a.required("to")),
                            "unlinked")),
            new Command("case", "case PROJECT --case NAME [--set KEY=VALUE]... [--doc NAME [--speaker LABEL]]"
                    + " [--description TEXT]", "create or change a case (participant) and link documents", w,
                    Args.Spec.of(1, 1).values("case", "doc", "speaker", "description").repeatable("set"),
                    CodebookCommands::kase),
            new Command("cases", "cases PROJECT", "list cases with their attributes", r, Args.Spec.of(1, 1),
                    CodebookCommands::cases),
            new Command("memo", "memo PROJECT (--project | --doc NAME | --code NAME | --theme NAME | --case NAME)"
                    + " --text TEXT [--title TITLE]", "write a memo", w,
                    Args.Spec.of(1, 1).values("doc", "code", "theme", "case", "text", "title").flags("project"),
                    CodebookCommands::memo)
        );
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static int done(Context c, Work work, String message) throws Exception {
        work.run();
        c.out.println(message);
        return Cli.OK;
    }

    private static String colour(Args a) throws UsageError {
        if (a.has("colour") && a.has("color")) {
            throw new UsageError("give --colour once");
        }
        return a.has("colour") ? a.option("colour") : a.option("color");
    }

    private static int defineCode(Context c, Args a) throws Exception {
        Code code = c.project.codebook().defineCode(a.required("code"), colour(a), a.option("description"),
                a.option("parent"));
        c.out.println("code '" + code.name() + "' " + code.colour());
        return Cli.OK;
    }

    private static int codes(Context c, Args a) {
        Repositories r = c.project.repos();
        Map<Long, Code> byId = r.codes.all().stream().collect(Collectors.toMap(Code::id, x -> x));
        Map<Long, String> themeNames = r.themes.all().stream().collect(Collectors.toMap(Theme::id, Theme::name));
        for (CodeCount count : r.stats.codeCounts()) {
            Code code = byId.get(count.codeId());
            String parent = code.parentId() == null || !byId.containsKey(code.parentId()) ? ""
                    : " (under '" + byId.get(code.parentId()).name() + "')";
            String themes = r.themes.themeIds(code.id()).stream().map(themeNames::get).collect(Collectors.joining(", "));
            c.out.printf("%-36s %s %4d codings %3d docs  %s%s%n", code.name(), code.colour(), count.codings(),
                    count.documents(), themes.isEmpty() ? "(no theme)" : "themes: " + themes, parent);
        }
        return Cli.OK;
    }

    private static int deleteCode(Context c, Args a) throws Exception {
        String name = a.required("code");
        String codings = a.option("codings");
        String moveTo = a.option("move-to");
        CodingsPolicy policy;
        if (codings != null && moveTo != null) {
            throw new UsageError("give either --codings delete or --move-to CODE");
        } else if (moveTo != null) {
            policy = CodingsPolicy.MOVE;
        } else if (codings == null) {
            policy = CodingsPolicy.REFUSE_IF_CODED;
        } else if (codings.equals("delete")) {
            policy = CodingsPolicy.DELETE;
        } else {
            throw new UsageError("--codings takes 'delete' (or use --move-to CODE)");
        }
        c.project.codebook().deleteCode(name, policy, moveTo);
        c.out.println(policy == CodingsPolicy.MOVE ? "deleted '" + name + "'; its codings moved to '" + moveTo + "'"
                : "deleted '" + name + "'" + (policy == CodingsPolicy.DELETE ? " and its codings" : ""));
        return Cli.OK;
    }

    private static int theme(Context c, Args a) throws Exception {
        ThemeStatus status;
        try {
            status = a.option("status") == null ? null : ThemeStatus.parse(a.option("status"));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        Theme theme = c.project.codebook().theme(a.required("theme"), new CodebookService.ThemeChange(
                a.option("description"), colour(a), status, a.all("add-code"), a.all("remove-code")));
        int codes = c.project.repos().themes.codeIds(theme.id()).size();
        c.out.println("theme '" + theme.name() + "' (" + theme.status().key() + ", " + codes + " codes)");
        return Cli.OK;
    }

    private static int themes(Context c, Args a) {
        Repositories r = c.project.repos();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Theme t : r.themes.all()) {
            names.put(t.id(), t.name());
        }
        for (Theme t : r.themes.all()) {
            String codes = r.themes.codeIds(t.id()).stream().map(id -> r.codes.byId(id).orElseThrow().name())
                    .collect(Collectors.joining(", "));
            c.out.println(t.name() + " [" + t.status().key() + ", " + t.colour() + "]: " + codes);
        }
        for (ThemeLink l : r.themes.links()) {
            c.out.println(names.get(l.fromThemeId()) + " -> " + names.get(l.toThemeId())
                    + (l.label().isEmpty() ? "" : " (" + l.label() + ")"));
        }
        return Cli.OK;
    }

    private static int link(Context c, Args a) throws Exception {
        ThemeLink l = c.project.codebook().link(a.required("from"), a.required("to"), a.option("label"));
        c.out.println("linked '" + a.required("from") + "' -> '" + a.required("to") + "'"
                + (l.label().isEmpty() ? "" : " (" + l.label() + ")"));
        return Cli.OK;
    }

    private static int kase(Context c, Args a) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (String kv : a.all("set")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new UsageError("--set takes KEY=VALUE, not '" + kv + "'");
            }
            String key = kv.substring(0, eq).strip();
            if (values.put(key, kv.substring(eq + 1)) != null) {
                throw new UsageError("attribute '" + key + "' is set twice");
            }
        }
        var kase = c.project.cases().update(a.required("case"), new CaseService.CaseChange(a.option("description"),
                values, a.option("doc"), a.option("speaker")));
        c.out.println("case '" + kase.name() + "' " + c.project.repos().cases.values(kase.id()));
        return Cli.OK;
    }

    private static int cases(Context c, Args a) {
        for (var view : c.project.cases().all()) {
            c.out.println(view.kase().name() + " " + view.values());
        }
        return Cli.OK;
    }

    private static int memo(Context c, Args a) throws Exception {
        MemoTarget target = null;
        String name = null;
        int given = 0;
        for (var option : List.of(Map.entry("doc", MemoTarget.DOCUMENT), Map.entry("code", MemoTarget.CODE),
                Map.entry("theme", MemoTarget.THEME), Map.entry("case", MemoTarget.CASE))) {
            if (a.has(option.getKey())) {
                given++;
                target = option.getValue();
                name = a.option(option.getKey());
            }
        }
        if (a.flag("project")) {
            given++;
            target = MemoTarget.PROJECT;
        }
        if (given != 1) {
            throw new UsageError("say what the memo is about: one of --project, --doc, --code, --theme, --case");
        }
        c.project.memos().add(target, name, a.option("title"), a.required("text"));
        c.out.println("memo written");
        return Cli.OK;
    }
}
