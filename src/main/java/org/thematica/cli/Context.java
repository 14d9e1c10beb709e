package org.thematica.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.thematica.service.Project;
import org.thematica.service.Settings;

/** What a running command works with. */
final class Context {
    final PrintStream out;
    final PrintStream err;
    final Settings settings;
    /** Relative file names resolve against this folder (a script's own folder). */
    final Path baseDir;
    /** The folder of the script being run, or null on the plain command line. */
    Path scriptDir;
    Project project;
    /**
     * The {@code --coder NAME} given with this command, or null. Writing commands record edits as
     * that person; reading ones that narrow to a person (history) read it as the filter.
     */
    String coderGiven;
    /** Where a question to the user is answered (repair's confirmation). */
    java.io.InputStream in = System.in;

    Context(PrintStream out, PrintStream err, Settings settings, Path baseDir) {
        this.out = out;
        this.err = err;
        this.settings = settings;
        this.baseDir = baseDir;
    }

    Path resolve(String file) {
        Path p = Path.of(file);
        return p.isAbsolute() ? p : baseDir.resolve(p).normalize();
    }
}
