package org.thematica.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.thematica.model.Names;
import org.thematica.model.UserError;
import org.thematica.service.Project;
import org.thematica.store.Database;

/**
 * Runs a file of commands on one open project: one command per line, without the project
 * argument, words split like a shell; {@code #} starts a comment. File names are relative to
 * the script. Stops at the first failing line and names it. Each line is its own undo step.
 */
final class ScriptRunner {
    private static final Set<String> NOT_IN_SCRIPTS = Set.of("new", "script", "build-demo");
    /** Far more than any script a person writes; bounds what a wrong file name can cost. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    private final Cli cli;

    ScriptRunner(Cli cli) {
        this.cli = cli;
    }

    /**
     * Reads the whole script first, then opens the project for writing and runs it: a script
     * that cannot be read must never hold the project's lock while it is being read.
     */
    int run(Context context, Path project, Path script) throws Exception {
        List<String> lines = read(script);
        try (Project open = Project.open(project, Database.Mode.READ_WRITE, context.settings)) {
            context.project = open;
            return run(context, script, lines);
        }
    }

    /** Runs a script on a project already open (the demo's own script, on the project it builds). */
    int run(Context context, Path script) throws Exception {
        return run(context, script, read(script));
    }

    /**
     * The script's lines. Only a regular file of at most {@link #MAX_BYTES} is read: a device
     * such as /dev/zero never ends, and a FIFO blocks until someone writes to it.
     */
    static List<String> read(Path script) throws UserError {
        String name = script.getFileName() == null ? script.toString() : script.getFileName().toString();
        if (!Files.exists(script)) {
            throw new UserError("script " + name + " does not exist");
        }
        if (!Files.isRegularFile(script)) {
            throw new UserError("script " + name + " is not a regular file (a device, pipe or folder cannot be run)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(script)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UserError("cannot read script " + name + " (" + e.getMessage() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UserError("script " + name + " is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB; split it into smaller scripts");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.lines().toList();
        } catch (CharacterCodingException e) {
            throw new UserError("script " + name + " is not UTF-8 text");
        }
    }

    private int run(Context context, Path script, List<String> lines) throws Exception {
        Context inner = new Context(context.out, context.err, context.settings, script.toAbsolutePath().getParent());
        String defaultCoder = context.project.coderName();
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
            if (coder != null && Names.problem(coder, "coder") != null) {
                context.err.println("thematica script: " + where + "--coder: " + Names.problem(coder, "coder"));
                return Cli.USAGE;
            }
            context.project.actAs(coder != null ? coder : defaultCoder);
            List<String> tokens = new ArrayList<>();
            tokens.add(context.project.file().toString());
            tokens.addAll(words.subList(1, words.size()));
            java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
            Context lineContext = new Context(inner.out, new java.io.PrintStream(errors, true, StandardCharsets.UTF_8),
                    inner.settings, inner.baseDir);
            lineContext.scriptDir = inner.baseDir;
            lineContext.coderGiven = coder;
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
