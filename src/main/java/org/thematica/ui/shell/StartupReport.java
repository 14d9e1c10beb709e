package org.thematica.ui.shell;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import javafx.scene.Scene;

/**
 * Says when a window that has just opened became usable: its first document's text laid out and
 * its codebook filled. Logged (THEMATICA_DEBUG=1 shows it); with {@code -Dthematica.startup.report=true}
 * also printed as one line on standard output, which the start benchmark waits for. The time is
 * counted from the JVM's start, or from {@code thematica.launched} (epoch milliseconds), which the
 * jar sets when it starts the app in a second JVM, so the first JVM's start counts too.
 */
public final class StartupReport {
    /** The line's start on standard output. */
    public static final String PREFIX = "thematica: usable after ";
    private static final Logger LOG = Logger.getLogger(StartupReport.class.getName());
    private static boolean reported;

    private StartupReport() {
    }

    /** Reports once per process, for the first window that becomes usable. */
    public static void watch(Scene scene, Workbench workbench) {
        if (reported) {
            return;
        }
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (reported || workbench.transcript.area().length() == 0 || !workbench.codebook.isFilled()) {
                return;
            }
            reported = true;
            scene.removePostLayoutPulseListener(check[0]);
            long ms = System.currentTimeMillis() - launched();
            long first = Long.getLong("thematica.launched", 0);
            String relaunch = first > 0 ? " (this JVM started " + (ManagementFactory.getRuntimeMXBean().getStartTime()
                    - first) + " ms after the jar's)" : "";
            LOG.info(() -> "usable after " + ms + " ms" + relaunch);
            if (Boolean.getBoolean("thematica.startup.report")) {
                System.out.println(PREFIX + ms + " ms" + relaunch);
                System.out.flush();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    private static long launched() {
        long first = Long.getLong("thematica.launched", 0);
        return first > 0 ? first : ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
