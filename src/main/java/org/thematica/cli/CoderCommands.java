package org.thematica.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code thematica coders} and {@code coder-colour}: who has worked on a project, and their colours. */
final class CoderCommands {
    private CoderCommands() {
    }

    static List<Command> all() {
        return List.of(
            new Command("coders", "coders PROJECT [--json]", "list the coders with the colour each is shown in where"
                    + " coders are compared", Command.Access.READ, Args.Spec.of(1, 1).flags("json"),
                    CoderCommands::coders),
            new Command("coder-colour", "coder-colour PROJECT COLOUR [--of NAME]", "set the colour (#RRGGBB) a coder"
                    + " is shown in where coders are compared; --of: whose (default: the --coder, or you)",
                    Command.Access.WRITE, Args.Spec.of(2, 2).values("of"), CoderCommands::colour));
    }

    private static int coders(Context c, Args a) throws Exception {
        Map<String, String> colours = c.project.coders().colours();
        if (a.flag("json")) {
            List<Map<String, String>> rows = new ArrayList<>();
            colours.forEach((name, colour) -> {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("name", name);
                row.put("colour", colour);
                rows.add(row);
            });
            c.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(rows));
        } else if (colours.isEmpty()) {
            c.out.println("no coders yet: a coder joins with their first change");
        } else {
            colours.forEach((name, colour) -> c.out.println(colour + "  " + name));
        }
        return Cli.OK;
    }

    private static int colour(Context c, Args a) throws Exception {
        String who = a.option("of") != null ? a.option("of").strip() : c.project.coderName();
        boolean changed = c.project.coders().setColour(who, a.positional(1));
        String now = c.project.coders().colourOf(who);
        c.out.println(changed ? who + " is shown in " + now : who + " is already shown in " + now + "; nothing changed");
        return Cli.OK;
    }
}
