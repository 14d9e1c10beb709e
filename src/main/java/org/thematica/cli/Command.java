package org.thematica.cli;

/**
 * One command-line command. Commands that work on a project take its path as their first
 * argument; {@code access} says how it is opened.
 */
record Command(String name, String usage, String summary, Access access, Args.Spec spec, Action action) {

    /** How a command needs the project: not at all, to look at it, or to change it. */
    enum Access { NONE, READ, WRITE }

    @FunctionalInterface
    interface Action {
        /** Runs the command; returns the exit code. */
        int run(Context context, Args args) throws Exception;
    }
}
