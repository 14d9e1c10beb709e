package org.thematica.ui.workbench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.thematica.edit.Edit;
import org.thematica.edit.EditHistory;

/**
 * Edits made anywhere (this window, a script, undo) reach the panes here, on the FX thread.
 * A burst of edits before the FX thread gets to run is delivered once, with the union of the
 * kinds of edit applied, so views re-read once per burst.
 */
public final class ProjectEvents {
    /** One delivery: the kinds of edit applied and the documents touched since the last delivery. */
    public record Change(Set<Class<? extends Edit>> kinds, Set<Long> documents) {
        public boolean touches(Class<? extends Edit> kind) {
            return kinds.contains(kind);
        }
    }

    private final List<Consumer<Change>> leading = new CopyOnWriteArrayList<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    /** Per kind of edit, the number of the last delivery that held one (FX thread only). */
    private final java.util.Map<Class<? extends Edit>, Long> lastDelivery = new java.util.HashMap<>();
    private long deliveries;
    private final Set<Class<? extends Edit>> pending = new HashSet<>();
    private final Set<Long> pendingDocuments = new HashSet<>();
    private boolean scheduled;

    /** Called by the edit history, on whatever thread made the edit. */
    void onEdit(EditHistory.Event event) {
        synchronized (pending) {
            pending.addAll(event.kinds());
            pendingDocuments.addAll(event.documents());
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        Platform.runLater(this::deliver);
    }

    private void deliver() {
        Change change;
        synchronized (pending) {
            change = new Change(Set.copyOf(pending), Set.copyOf(pendingDocuments));
            pending.clear();
            pendingDocuments.clear();
            scheduled = false;
        }
        deliveries++;
        for (Class<? extends Edit> kind : change.kinds()) {
            lastDelivery.put(kind, deliveries);
        }
        for (Consumer<Change> listener : leading) {
            listener.accept(change);
        }
        for (Consumer<Change> listener : listeners) {
            listener.accept(change);
        }
    }

    /**
     * A mark of what has been delivered so far. A view that stops listening while hidden keeps
     * one, and when shown again asks {@link #touchedSince} once, instead of replaying every
     * edit it missed.
     */
    public long mark() {
        return deliveries;
    }

    /** Whether an edit of one of these kinds was delivered after {@code mark}. */
    public boolean touchedSince(long mark, java.util.Collection<Class<? extends Edit>> kinds) {
        for (Class<? extends Edit> kind : kinds) {
            if (lastDelivery.getOrDefault(kind, 0L) > mark) {
                return true;
            }
        }
        return false;
    }

    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Change> listener) {
        leading.remove(listener);
        listeners.remove(listener);
    }

    /**
     * Adds a listener told before every other: what the coder waits for after an edit (the
     * highlight in the text, the figure in view). Their re-reads are queued on the project thread
     * first; the lists' counts follow.
     */
    public void addLeadingListener(Consumer<Change> listener) {
        leading.add(listener);
    }
}
