package org.thematica;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps library chatter off the user's terminal: everything logs through java.util.logging
 * (POI and PDFBox via the log4j-to-jul bridge). Libraries are silent: when they fail on a bad
 * file, the importer already tells the user what is wrong in one line, and their own report
 * would be a stack trace. {@code THEMATICA_DEBUG=1} shows everything.
 */
final class Logging {
    /** Strong references: JUL holds loggers weakly, so levels set on a collected logger are lost. */
    private static final Logger[] CONFIGURED = {
        Logger.getLogger(""), Logger.getLogger("org.apache"), Logger.getLogger("org.sqlite"),
    };

    private Logging() {
    }

    static void configure() {
        boolean debug = System.getenv("THEMATICA_DEBUG") != null;
        CONFIGURED[0].setLevel(debug ? Level.FINE : Level.WARNING);
        for (int i = 1; i < CONFIGURED.length; i++) {
            CONFIGURED[i].setLevel(debug ? Level.FINE : Level.OFF);
        }
    }
}
