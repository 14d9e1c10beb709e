package org.thematica.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock moved by hand for {@link Debouncer}: tasks run when a test advances time past their due time. */
public final class ManualScheduler implements Debouncer.Scheduler {
    private record Task(long due, Runnable run, boolean[] cancelled) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long now;

    @Override
    public Runnable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now + delay.toMillis(), task, cancelled));
        return () -> cancelled[0] = true;
    }

    public void advance(long millis) {
        now += millis;
        for (Task t : List.copyOf(tasks)) {
            if (t.due() <= now) {
                tasks.remove(t);
                if (!t.cancelled()[0]) {
                    t.run().run();
                }
            }
        }
    }
}
