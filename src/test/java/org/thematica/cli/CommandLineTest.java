package org.thematica.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The command line as a test drives it: {@link #run} a command, then read what it printed. */
abstract class CommandLineTest {
    /** What the last command printed to standard output. */
    String out;
    /** What the last command printed to standard error. */
    String err;

    /** Runs one command line in this process and returns its exit code. */
    int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8)).run(args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }
}
