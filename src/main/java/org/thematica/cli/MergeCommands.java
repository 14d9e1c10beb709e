package org.thematica.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thematica.service.merge.Choices;
import org.thematica.service.merge.CoderCopies;
import org.thematica.service.merge.Conflict;
import org.thematica.service.merge.MergeReport;
import org.thematica.service.merge.MergeService;
import org.thematica.service.merge.SameName;

/** A second coder's copy of a project, and merging it back. */
final class MergeCommands {
    private MergeCommands() {
    }

    static List<Command> all() {
        return List.of(
            new Command("coder-copy", "coder-copy PROJECT --out FILE [--blind] [--coder NAME]",
                    "write a copy of the project for a second coder (--blind: without other coders' codings)",
                    Command.Access.READ, Args.Spec.of(1, 1).values("out").flags("blind"), MergeCommands::coderCopy),
            new Command("merge", "merge PROJECT OTHER [--json] [--preview] [--map [KIND:]OTHER=OURS]...",
                    "merge a coder copy back as one undoable step and report what came in (conflicts keep ours;"
                            + " --map: the copy's new code OTHER is our OURS)",
                    Command.Access.WRITE, Args.Spec.of(2, 2).flags("json", "preview").repeatable("map"),
                    MergeCommands::merge)
        );
    }

    private static int coderCopy(Context c, Args a) throws Exception {
        Path out = c.resolve(a.required("out"));
        if (out.getParent() != null && !java.nio.file.Files.isDirectory(out.getParent())) {
            throw new org.thematica.model.UserError("cannot write " + out + ": the folder does not exist");
        }
        boolean blind = a.flag("blind");
        CoderCopies.Made made = CoderCopies.write(c.project, out, blind, c.settings.coderName(), c.settings);
        String kept = made.codingsKept() + (made.codingsKept() == 1 ? " coding" : " codings");
        c.out.println("wrote " + out + ": " + (blind ? "a blind copy" : "a copy") + " for coder '" + made.coder() + "' ("
                + (blind ? kept + " of theirs kept" : kept) + ")");
        if (blind) {
            c.out.println("left out of the file: " + count(made.codingsLeftOut(), "coding") + " of other coders, "
                    + count(made.memosLeftOut(), "memo") + " on them, " + count(made.reviewsLeftOut(), "review")
                    + " of them, and " + count(made.historyLeftOut(), "history row"));
        }
        c.out.println("merge it back with: thematica merge " + c.project.file().getFileName() + " " + out.getFileName());
        return Cli.OK;
    }

    private static int merge(Context c, Args a) throws Exception {
        Path other = c.resolve(a.positional(1));
        List<Choices.ByName> maps = new ArrayList<>();
        for (String m : a.all("map")) {
            maps.add(mapping(m));
        }
        Choices choices = new Choices(Map.of(), Map.of(), maps);
        MergeService service = new MergeService(c.project);
        MergeReport report = a.flag("preview") ? service.preview(other, choices) : service.merge(other, choices);
        if (a.flag("json")) {
            c.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(report.toMap()));
        } else {
            print(c, report);
        }
        return Cli.OK;
    }

    /** {@code [KIND:]OTHER=OURS}: a code unless a kind (theme, case, document) is named. */
    private static Choices.ByName mapping(String text) throws UsageError {
        String kind = "code";
        String rest = text;
        for (String k : List.of("code:", "theme:", "case:", "document:")) {
            if (text.startsWith(k)) {
                kind = k.substring(0, k.length() - 1);
                rest = text.substring(k.length());
            }
        }
        int eq = rest.indexOf('=');
        if (eq <= 0 || eq == rest.length() - 1) {
            throw new UsageError("--map takes OTHER=OURS (the copy's name, then ours), not '" + text + "'");
        }
        return new Choices.ByName(kind, rest.substring(0, eq).strip(), rest.substring(eq + 1).strip());
    }

    private static void print(Context c, MergeReport r) {
        String project = c.project.file().getFileName().toString();
        String from = "'" + r.copy() + "' (" + (r.blind() ? "blind copy" : "copy") + " for " + r.coder() + ")";
        if (!r.changesProject()) {
            c.out.println("nothing new to merge from " + from + "; " + project + " is unchanged");
        } else if (r.preview()) {
            c.out.println("merging " + from + " into " + project + " would bring in:");
        } else {
            c.out.println("merged " + from + " into " + project + " as one step ('thematica undo " + project
                    + "' takes it back):");
        }
        counts(c, "new", r.added());
        counts(c, "changed", r.changed());
        counts(c, "deleted", r.deleted());
        counts(c, "restored", r.restored());
        if (!r.conflicts().isEmpty()) {
            c.out.println("conflicts (" + r.conflicts().size() + "; the command line keeps ours):");
            for (Conflict k : r.conflicts()) {
                c.out.println("  " + k.describe());
            }
        }
        if (!r.sameNames().isEmpty()) {
            c.out.println("same names (" + r.sameNames().size() + "):");
            for (SameName s : r.sameNames()) {
                c.out.println("  " + s.describe() + (s.mapped() || s.kind().equals("attribute") ? ""
                        : "; to treat it as ours: --map '" + (s.kind().equals("code") ? "" : s.kind() + ":") + s.name()
                        + "=" + s.name() + "'"));
            }
        }
        r.notes().forEach(n -> c.out.println("note: " + n));
    }

    private static void counts(Context c, String what, Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(counts).forEach((kind, n) -> parts.add(n + " " + plural(kind, n)));
        c.out.println("  " + what + ": " + String.join(", ", parts));
    }

    private static String count(long n, String noun) {
        return n + " " + plural(noun, (int) n);
    }

    /** Every noun the report counts takes an s. */
    private static String plural(String noun, int n) {
        return n == 1 ? noun : noun + "s";
    }
}
