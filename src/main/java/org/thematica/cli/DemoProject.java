package org.thematica.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.thematica.model.UserError;
import org.thematica.service.Project;

/**
 * Builds the demo project from the sources in {@code projects/demo} (packed into the jar under
 * {@code org/thematica/demo}) by running its command script with a fixed clock and seeded
 * GUIDs, so every build gives the same project.
 */
public final class DemoProject {
    static final String ROOT = "/org/thematica/demo/";
    static final String SCRIPT = "build.thematica-script";
    static final String NAME = "Demo: a fictional post-conflict study";

    private DemoProject() {
    }

    /** Builds the demo into {@code out}, which must not exist yet. */
    public static void build(Path out, PrintStream log) throws UserError, IOException {
        build(new Cli(new PrintStream(java.io.OutputStream.nullOutputStream()), log), out, log);
    }

    static void build(Cli cli, Path out, PrintStream log) throws UserError, IOException {
        if (Files.exists(out)) {
            throw new UserError(out.getFileName() + " already exists; choose another name");
        }
        Path work = Files.createTempDirectory("thematica-demo");
        try {
            Path script = extract(work);
            Path temp = out.resolveSibling(out.getFileName() + ".building");
            ProjectCommands.deleteQuietly(temp);
            try (Project project = Project.create(temp, NAME, ProjectCommands.demoSettings())) {
                Context context = new Context(new PrintStream(java.io.OutputStream.nullOutputStream()), log,
                        ProjectCommands.demoSettings(), work);
                context.project = project;
                int code = new ScriptRunner(cli).run(context, script);
                if (code != Cli.OK) {
                    throw new UserError("the demo script failed (see above)");
                }
            } catch (org.thematica.store.ProjectException e) {
                throw new UserError(e.getMessage(), e);
            } catch (UserError | IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                ProjectCommands.deleteQuietly(temp.resolveSibling(temp.getFileName() + ".lock"));
            }
            Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(work);
        }
    }

    /** Copies the script and every file it imports out of the jar; returns the script's path. */
    private static Path extract(Path dir) throws IOException, UserError {
        String script = resource(SCRIPT);
        Path target = dir.resolve(SCRIPT);
        Files.writeString(target, script, StandardCharsets.UTF_8);
        for (String file : importedFiles(script)) {
            Path p = dir.resolve(file).normalize();
            if (!p.startsWith(dir)) {
                throw new UserError("the demo script imports a file outside its folder: " + file);
            }
            Files.createDirectories(p.getParent());
            try (InputStream in = DemoProject.class.getResourceAsStream(ROOT + file)) {
                if (in == null) {
                    throw new UserError("the demo file " + file + " is missing from this build");
                }
                Files.copy(in, p);
            }
        }
        return target;
    }

    /** The files named by the script's {@code import} lines. */
    static List<String> importedFiles(String script) throws UserError {
        List<String> files = new ArrayList<>();
        for (String line : script.split("\n")) {
            try {
                List<String> words = ShellWords.split(line);
                if (!words.isEmpty() && words.get(0).equals("import")) {
                    for (int i = 1; i < words.size(); i++) {
                        String w = words.get(i);
                        if (w.startsWith("--")) {
                            if (!w.contains("=") && !w.equals("--skip-bad")) {
                                i++;
                            }
                        } else {
                            files.add(w);
                        }
                    }
                }
            } catch (UsageError e) {
                throw new UserError("the demo script has a broken line: " + line);
            }
        }
        return files;
    }

    private static String resource(String name) throws IOException, UserError {
        try (InputStream in = DemoProject.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new UserError("the demo project sources are missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(ProjectCommands::deleteQuietly);
        } catch (IOException ignored) {
            // temp files; the OS cleans up eventually
        }
    }
}
