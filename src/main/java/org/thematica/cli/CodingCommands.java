package org.thematica.cli;

import java.util.List;
import org.thematica.model.Coding;
import org.thematica.model.TextOffsets;

/** Coding passages from the command line. */
final class CodingCommands {
    private CodingCommands() {
    }

    static List<Command> all() {
        return List.of(
            new Command("code", "code PROJECT --doc NAME --code CODE (--start N --end N | --match TEXT [--nth K])",
                    "code a passage (the code is created if new)", Command.Access.WRITE,
                    Args.Spec.of(1, 1).values("doc", "code", "start", "end", "match", "nth"), CodingCommands::code),
            new Command("autocode", "autocode PROJECT --code CODE --pattern REGEX [--doc NAME] [--ignore-case]",
                    "code every match of a regular expression", Command.Access.WRITE,
                    Args.Spec.of(1, 1).values("code", "pattern", "doc").flags("ignore-case"), CodingCommands::autocode)
        );
    }

    private static int code(Context c, Args a) throws Exception {
        String doc = a.required("doc");
        String code = a.required("code");
        Coding coding;
        if (a.has("match")) {
            if (a.has("start") || a.has("end")) {
                throw new UsageError("give either --match or --start/--end, not both");
            }
            Integer nth = a.integer("nth");
            coding = c.project.coding().codeMatch(doc, code, a.option("match"), nth == null ? 1 : nth, null);
        } else {
            if (!a.has("start") || !a.has("end")) {
                throw new UsageError("give --match TEXT, or both --start and --end");
            }
            if (a.has("nth")) {
                throw new UsageError("--nth goes with --match");
            }
            coding = c.project.coding().codeRange(doc, code, a.integer("start"), a.integer("end"), null);
        }
        String text = c.project.repos().documents.text(coding.documentId());
        c.out.println("coded " + TextOffsets.toCodePoints(text, coding.start()) + "-"
                + TextOffsets.toCodePoints(text, coding.end()) + " of '" + doc + "' as '" + code + "': \""
                + abbreviate(coding.text()) + "\"");
        return Cli.OK;
    }

    private static int autocode(Context c, Args a) throws Exception {
        String code = a.required("code");
        int n = c.project.coding().autocode(code, a.required("pattern"), a.option("doc"), a.flag("ignore-case"), null);
        c.out.println(n == 0 ? "no new passages matched; nothing coded" : "coded " + n + " passages as '" + code + "'");
        return Cli.OK;
    }

    static String abbreviate(String text) {
        String t = text.replace('\n', ' ');
        return t.length() <= 70 ? t : t.substring(0, 69) + "…";
    }
}
