package org.thematica;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import org.thematica.cli.Cli;

/**
 * The entry point of {@code thematica.jar}. With a command as first argument (or a word that
 * can only be a misspelt one) it runs the command line without touching JavaFX, so it works
 * without a display; otherwise it starts the desktop app, with JavaFX as modules (see
 * {@link JavaFxModules}). Not a JavaFX {@code Application} itself, so it runs from a plain
 * classpath.
 */
public final class Launcher {
    static final String NO_DISPLAY = "thematica: no display found: the desktop app needs a graphical session;"
            + " 'thematica help' lists the command-line commands";

    private Launcher() {
    }

    public static void main(String[] args) {
        Logging.configure();
        if (args.length > 0 && Cli.isMeantAsCommand(args[0])) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        if (!hasDisplay(System.getenv(), System.getProperties())) {
            noDisplay();
        }
        try {
            OptionalInt exit = JavaFxModules.runAsModules(args);
            if (exit.isPresent()) {
                System.exit(exit.getAsInt());
            }
        } catch (IOException e) {
            System.err.println("thematica: cannot unpack JavaFX into the data folder to start the app (" + e
                    + "); set THEMATICA_HOME to a folder you can write to");
            System.exit(Cli.FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(Cli.FAILED);
        }
        if (!org.thematica.ui.ThematicaApp.launchWith(args)) {
            noDisplay();
        }
    }

    private static void noDisplay() {
        System.err.println(NO_DISPLAY);
        System.exit(Cli.USAGE);
    }

    /**
     * Whether a window could be opened: always on Windows and macOS; elsewhere only in an X11 or
     * Wayland session, or when a headless glass platform is asked for (Monocle, as the tests do).
     * Checked before JavaFX is touched; JavaFX's own failure to reach a display is caught too.
     */
    static boolean hasDisplay(Map<String, String> env, Properties properties) {
        String os = properties.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        if ("monocle".equalsIgnoreCase(properties.getProperty("glass.platform", ""))) {
            return true;
        }
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }
}
