package org.thematica.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a computation on a background executor and applies only the newest result: when the
 * user changes a setting twice, or two edits come in quick succession, an older result that
 * finishes late is dropped instead of overwriting the newer one.
 */
public final class LatestJob {
    private final Background executor;
    private final AtomicLong generation = new AtomicLong();

    public LatestJob(Background executor) {
        this.executor = executor;
    }

    public <T> void run(Callable<T> work, Consumer<T> then) {
        long mine = generation.incrementAndGet();
        executor.run(() -> mine == generation.get() ? work.call() : null, result -> {
            if (mine == generation.get() && result != null) {
                then.accept(result);
            }
        });
    }
}
