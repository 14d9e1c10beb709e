package org.thematica.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.thematica.model.Names;
import org.thematica.model.UserError;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.store.Database;
import org.thematica.store.ProjectException;

/**
 * The headless command line: {@code thematica COMMAND [PROJECT] [ARGS]}. Exit code 0 on
 * success; on failure a one-line reason on standard error and 1 (the work failed), 2 (the
 * command was not understood) or 3 (a bug).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BUG = 3;

    private static final List<String> HELP = List.of("help", "--help", "-h");
    private static final String VERSION = "--version";
    private static final Pattern COMMAND_SHAPED = Pattern.compile("-{0,2}\\p{L}[\\p{L}\\p{N}_-]*");

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out instanceof SafeOutput ? out : new SafeOutput(out);
        this.err = err instanceof SafeOutput ? err : new SafeOutput(err);
        List<Command> all = new ArrayList<>();
        all.addAll(ProjectCommands.all(this));
        all.addAll(CodingCommands.all());
        all.addAll(CodebookCommands.all());
        all.addAll(ReportCommands.all());
        all.addAll(ReviewCommands.all());
        all.addAll(AgreementCommands.all());
        all.addAll(CoderCommands.all());
        all.addAll(MergeCommands.all());
        for (Command c : all) {
            commands.put(c.name(), c);
        }
    }

    /** True when {@code word} names a command (the launcher uses this to choose CLI or UI). */
    public static boolean isCommand(String word) {
        return names().contains(word);
    }

    /**
     * True when the launcher should give {@code word}, the first argument, to the command line
     * rather than open it in the app: a command, or a bare word (letters, digits and hyphens,
     * perhaps after one or two hyphens) that names no file, which can only be a misspelt command.
     * A project to open has a dot or a path separator in its name, or exists.
     */
    public static boolean isMeantAsCommand(String word) {
        return isCommand(word) || COMMAND_SHAPED.matcher(word).matches() && !Files.exists(Path.of(word));
    }

    /** Every word the command line understands first, in the order of its help. */
    private static List<String> names() {
        List<String> names = new ArrayList<>(new Cli(System.out, System.err).commands.keySet());
        names.addAll(HELP);
        names.add(VERSION);
        return names;
    }

    /**
     * The command a mistyped {@code word} most likely meant: the nearest by Damerau-Levenshtein
     * distance (insertions, deletions, substitutions and swaps of neighbours each count one; case
     * is ignored), if no further than a typo allows for a word of its length (as Lucene's and
     * Elasticsearch's fuzzy "auto": exact up to 2 letters, 1 up to 5, else 2). Ties go to the
     * command listed first.
     */
    static Optional<String> nearestCommand(String word) {
        String typed = word.toLowerCase(Locale.ROOT);
        int letters = typed.codePointCount(0, typed.length());
        int allowed = letters <= 2 ? 0 : letters <= 5 ? 1 : 2;
        List<String> names = names();
        for (int distance = 0; distance <= allowed; distance++) {
            Automaton within = new LevenshteinAutomata(typed, true).toAutomaton(distance);
            for (String name : names) {
                if (Operations.run(within, name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    public int run(String... argv) {
        List<String> tokens = new ArrayList<>(List.of(argv));
        String coder = takeOption(tokens, "--coder");
        if (coder != null && Names.problem(coder, "coder") != null) {
            err.println("thematica: --coder: " + Names.problem(coder, "coder"));
            return USAGE;
        }
        Settings settings = Settings.forUser(coder != null ? coder : Settings.defaultCoderName());
        if (tokens.isEmpty() || HELP.contains(tokens.get(0))) {
            printHelp(tokens.size() > 1 ? tokens.get(1) : null);
            return tokens.isEmpty() ? USAGE : OK;
        }
        if (tokens.get(0).equals(VERSION)) {
            out.println("thematica " + version());
            return OK;
        }
        Command command = commands.get(tokens.get(0));
        if (command == null) {
            err.println("thematica: unknown command '" + tokens.get(0) + "'"
                    + nearestCommand(tokens.get(0)).map(n -> "; did you mean '" + n + "'?").orElse("")
                    + " ('thematica help' lists the commands)");
            return USAGE;
        }
        Context context = new Context(out, err, settings, Path.of("").toAbsolutePath());
        context.coderGiven = coder;
        return execute(command, tokens.subList(1, tokens.size()), context, null);
    }

    /**
     * Runs one command. When {@code open} is given (inside a script) the command works on that
     * project instead of opening the one named in its arguments.
     */
    int execute(Command command, List<String> tokens, Context context, Project open) {
        String where = "thematica " + command.name() + ": ";
        try {
            Args args = Args.parse(tokens, command.spec());
            if (command.access() == Command.Access.NONE || open != null) {
                context.project = open;
                return command.action().run(context, args);
            }
            Path file = context.resolve(args.positional(0));
            Database.Mode mode = command.access() == Command.Access.WRITE ? Database.Mode.READ_WRITE
                    : Database.Mode.READ_ONLY;
            try (Project project = Project.open(file, mode, context.settings)) {
                context.project = project;
                project.notice().ifPresent(n -> context.err.println("warning: " + n));
                return command.action().run(context, args);
            }
        } catch (UsageError e) {
            context.err.println(where + e.getMessage() + "; usage: thematica " + command.usage());
            return USAGE;
        } catch (UserError | ProjectException e) {
            context.err.println(where + e.getMessage());
            return FAILED;
        } catch (CancellationException | org.thematica.store.ExclusivityLostException e) {
            // a lost project says plainly that it stopped saving, like any other refusal
            context.err.println(where + e.getMessage());
            return FAILED;
        } catch (org.thematica.store.WriteTargets.RefusedException e) {
            context.err.println(where + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            if (org.thematica.store.Failures.isDiskFull(e)) {
                context.err.println(where + org.thematica.store.Failures.diskFull());
                return FAILED;
            }
            if (e instanceof IOException) {
                context.err.println(where + "cannot write or read a file: " + e.getMessage());
                return FAILED;
            }
            context.err.println(where + "internal error: " + e + " (please report this; set THEMATICA_DEBUG=1 for details)");
            if (System.getenv("THEMATICA_DEBUG") != null) {
                e.printStackTrace(context.err);
            }
            return BUG;
        }
    }

    Command command(String name) {
        return commands.get(name);
    }

    private static String takeOption(List<String> tokens, String name) {
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals(name) && i + 1 < tokens.size()) {
                String value = tokens.get(i + 1);
                tokens.remove(i + 1);
                tokens.remove(i);
                return value;
            }
            if (t.startsWith(name + "=")) {
                tokens.remove(i);
                return t.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** Removes a leading {@code --coder NAME} from a script line's words. */
    static String takeCoder(List<String> tokens) {
        return takeOption(tokens, "--coder");
    }

    private void printHelp(String about) {
        if (about != null && commands.containsKey(about)) {
            Command c = commands.get(about);
            out.println("usage: thematica " + c.usage());
            out.println("  " + c.summary());
            return;
        }
        out.println("Thematica " + version() + " - qualitative thematic analysis");
        out.println("usage: thematica [COMMAND ARGS] [--coder NAME]   (no command opens the app)");
        out.println();
        for (Command c : commands.values()) {
            out.printf("  %-62s %s%n", c.usage(), c.summary());
        }
        out.println();
        out.println("Offsets (--start/--end, CSV start/end) count Unicode code points from 0, end exclusive.");
        out.println("--coder NAME (or THEMATICA_CODER) says who is coding; the default is your login name.");
    }

    static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
