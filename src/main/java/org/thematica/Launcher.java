package org.thematica;

import org.thematica.cli.Cli;

/**
 * The entry point of {@code thematica.jar}. With a command as first argument it runs the
 * command line without touching JavaFX (so it works without a display); otherwise it starts
 * the desktop app. Not a JavaFX {@code Application} itself, so it runs from a plain classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Logging.configure();
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        org.thematica.ui.ThematicaApp.launchWith(args);
    }
}
