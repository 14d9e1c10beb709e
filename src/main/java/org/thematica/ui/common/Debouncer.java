package org.thematica.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/**
 * Runs an action once a burst of pokes has gone quiet: ten keystrokes in quick succession make
 * one run, not ten. Used from one thread (the FX thread); the clock is a {@link Scheduler} so a
 * test can drive time by hand.
 */
public final class Debouncer {
    /** Runs a task after a delay; returns what cancels it (harmless once the task has run). */
    @FunctionalInterface
    public interface Scheduler {
        Runnable schedule(Duration delay, Runnable task);
    }

    private final Duration quiet;
    private final Scheduler scheduler;
    private final Runnable action;
    private Runnable cancelPending;
    // a cancelled task that fires anyway (already queued) sees a newer generation and does nothing
    private long generation;

    public Debouncer(Duration quiet, Scheduler scheduler, Runnable action) {
        this.quiet = quiet;
        this.scheduler = scheduler;
        this.action = action;
    }

    /** The FX clock: tasks run on the FX thread. */
    public static Scheduler fxScheduler() {
        return (delay, task) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> task.run());
            pause.play();
            return pause::stop;
        };
    }

    /** Something changed: run the action once nothing more has changed for the quiet period. */
    public void poke() {
        cancel();
        long mine = generation;
        cancelPending = scheduler.schedule(quiet, () -> {
            if (mine == generation && cancelPending != null) {
                cancelPending = null;
                generation++;
                action.run();
            }
        });
    }

    /** Runs the action now if a run is pending (focus left the editor, another memo was chosen). */
    public void flush() {
        if (isPending()) {
            cancel();
            action.run();
        }
    }

    /** Drops the pending run, if any. */
    public void cancel() {
        generation++;
        if (cancelPending != null) {
            Runnable c = cancelPending;
            cancelPending = null;
            c.run();
        }
    }

    public boolean isPending() {
        return cancelPending != null;
    }
}
