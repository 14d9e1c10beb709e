package org.thematica.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one thread that touches the open project (SQL, import, analysis), so the FX thread only
 * ever touches nodes. Results and failures come back on the FX thread.
 */
public final class Background implements AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "thematica-project");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Throwable> onError;

    /** @param onError shows a failure to the user (called on the FX thread) */
    public Background(Consumer<Throwable> onError) {
        this.onError = onError;
    }

    public <T> void run(Callable<T> work, Consumer<T> then) {
        if (executor.isShutdown()) {
            return; // the project is closing: late requests (a refresh after the last edit) are moot
        }
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> then.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    /** Runs work whose result nobody waits for (errors still reach the user). */
    public void run(Callable<?> work) {
        run(work, ignored -> { });
    }

    /**
     * Finishes the work already queued (a memo's last save, an edit in flight), then stops, so
     * the project can be closed without losing anything the user did.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the project's work did not finish within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
