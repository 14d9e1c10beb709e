package org.thematica.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a file of commands on one open project: one command per line, without the project
 * argument, words split like a shell; {@code #} starts a comment. File names are relative to
 * the script. Stops at the first failing line and names it. Each line is its own undo step.
 */
final class ScriptRunner {
    private static final Set<String> NOT_IN_SCRIPTS = Set.of("new", "script", "build-demo");
    private final Cli cli;

    ScriptRunner(Cli cli) {
        this.cli = cli;
    }

    int run(Context context, Path script) throws Exception {
        List<String> lines;
        try {
            lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new org.thematica.model.UserError("cannot read script " + script.getFileName() + " (" + e.getMessage() + ")");
        }
        Context inner = new Context(context.out, context.err, context.settings, script.toAbsolutePath().getParent());
        String defaultCoder = context.project.coder().name();
        int commands = 0;
        for (int n = 0; n < lines.size(); n++) {
            String where = script.getFileName() + " line " + (n + 1) + ": ";
            List<String> words;
            try {
                words = new ArrayList<>(ShellWords.split(lines.get(n)));
            } catch (UsageError e) {
                context.err.println("thematica script: " + where + e.getMessage());
                return Cli.USAGE;
            }
            if (words.isEmpty()) {
                continue;
            }
            Command command = cli.command(words.get(0));
            if (command == null || NOT_IN_SCRIPTS.contains(command.name()) || command.access() == Command.Access.NONE) {
                context.err.println("thematica script: " + where + "'" + words.get(0) + "' cannot be used in a script");
                return Cli.USAGE;
            }
            String coder = Cli.takeCoder(words);
            context.project.actAs(coder != null ? coder : defaultCoder);
            List<String> tokens = new ArrayList<>();
            tokens.add(context.project.file().toString());
            tokens.addAll(words.subList(1, words.size()));
            java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
            Context lineContext = new Context(inner.out, new java.io.PrintStream(errors, true, StandardCharsets.UTF_8),
                    inner.settings, inner.baseDir);
            lineContext.scriptDir = inner.baseDir;
            int code = cli.execute(command, tokens, lineContext, context.project);
            String text = errors.toString(StandardCharsets.UTF_8).strip();
            if (!text.isEmpty()) {
                for (String line : text.split("\n")) {
                    context.err.println(code == Cli.OK ? line : "thematica script: " + where + line.replaceFirst("^thematica \\S+: ", ""));
                }
            }
            if (code != Cli.OK) {
                return code;
            }
            commands++;
        }
        context.project.actAs(defaultCoder);
        context.out.println("ran " + commands + " commands from " + script.getFileName());
        return Cli.OK;
    }
}
