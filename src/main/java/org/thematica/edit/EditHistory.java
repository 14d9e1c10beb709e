package org.thematica.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.thematica.model.UserError;
import org.thematica.store.HistoryRepository.Entry;
import org.thematica.store.Repositories;

/**
 * Runs every change to a project: each edit, undo and redo is one SQL transaction that also
 * writes the history row, so either both the change and its record land, or neither does.
 * History lives in the project file, so undo and redo survive restarts, and the log is the
 * audit trail (who, when, what).
 */
public final class EditHistory {
    /**
     * What just happened, for views that follow the project.
     *
     * @param kinds     the kinds of edit applied (batches unpacked), so a view can tell whether it
     *                  is concerned
     * @param documents the documents whose codings, cases or presence changed
     */
    public record Event(String action, String label, long historyId, Set<Class<? extends Edit>> kinds,
                        Set<Long> documents) {
    }

    private final Repositories repos;
    private final EditCodec codec = new EditCodec();
    private final Supplier<String> clock;
    private volatile String actor;
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final org.thematica.store.ChangeLog changes;
    private final org.thematica.store.RowStates rows;

    /**
     * @param clock gives the time recorded for each entry (ISO-8601)
     * @param actor the person recorded as making the changes
     */
    public EditHistory(Repositories repos, Supplier<String> clock, String actor) {
        this.repos = repos;
        this.changes = new org.thematica.store.ChangeLog(repos.db);
        this.rows = new org.thematica.store.RowStates(repos.db);
        this.clock = clock;
        this.actor = actor;
    }

    /** Changes who is recorded as making the following changes. */
    public void setActor(String actor) {
        this.actor = actor;
    }

    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Event> listener) {
        listeners.remove(listener);
    }

    /** Applies an edit as one undoable step named {@code label}; returns its history id. */
    public long perform(String label, Edit edit) throws UserError {
        return perform(label, session -> session.apply(edit));
    }

    /** Builds one user action out of several edits, reading the project between them. */
    @FunctionalInterface
    public interface Composer {
        void compose(Session session) throws UserError;
    }

    /** The open transaction a {@link Composer} works in. */
    public static final class Session {
        private final Repositories repos;
        private final java.util.List<Edit> redos = new java.util.ArrayList<>();
        private final java.util.List<Edit> undos = new java.util.ArrayList<>();
        private final Set<Class<? extends Edit>> kinds = new HashSet<>();

        private Session(Repositories repos) {
            this.repos = repos;
        }

        /** The project as it is at this point of the action (earlier edits included). */
        public Repositories repos() {
            return repos;
        }

        public void apply(Edit edit) throws UserError {
            Edit.Applied applied = edit.apply(repos);
            kindsOf(edit, kinds);
            redos.add(applied.redo());
            undos.add(0, applied.undo());
        }

        public boolean isEmpty() {
            return redos.isEmpty();
        }
    }

    /**
     * Runs a composed action as one undoable step. Returns its history id, or 0 when the
     * composer applied no edit (nothing changed, nothing is recorded).
     */
    public long perform(String label, Composer composer) throws UserError {
        Session session = new Session(repos);
        Set<Long> touched = new HashSet<>();
        long id = transact(() -> {
            changes.drain(); // whatever an earlier failed action left behind
            composer.compose(session);
            if (session.isEmpty()) {
                return 0L;
            }
            Edit redo = session.redos.size() == 1 ? session.redos.get(0) : new Batch(session.redos);
            Edit undo = session.undos.size() == 1 ? session.undos.get(0) : new Batch(session.undos);
            long entry = repos.history.appendDo(clock.get(), actor, label, codec.write(redo), codec.write(undo));
            touched.addAll(changes.drain());
            return entry;
        });
        if (id != 0) {
            fire(new Event("do", label, id, Set.copyOf(session.kinds), Set.copyOf(touched)));
        }
        return id;
    }

    /** Undoes the newest applied edit; returns its label, or empty when there is nothing to undo. */
    public Optional<String> undo() throws UserError {
        return step(true);
    }

    /** Redoes the most recently undone edit; returns its label, or empty when there is nothing to redo. */
    public Optional<String> redo() throws UserError {
        return step(false);
    }

    /**
     * Undo and redo are one step in two directions: apply the stored edit for that direction,
     * store what reverses it (computed from the state it met), flip the entry's state, and
     * record the step in the audit trail.
     */
    private Optional<String> step(boolean undo) throws UserError {
        Set<Class<? extends Edit>> kinds = new HashSet<>();
        Set<Long> touched = new HashSet<>();
        Optional<Entry> done = transact(() -> {
            changes.drain();
            Optional<Entry> entry = undo ? repos.history.nextUndo() : repos.history.nextRedo();
            if (entry.isPresent()) {
                Entry e = entry.get();
                String action = undo ? "undo" : "redo";
                Edit edit = stored(action, e, undo ? e.undo() : e.redo());
                StoredEdits.require(action, e.label(), edit, stored(action, e, undo ? e.redo() : e.undo()), rows);
                kindsOf(edit, kinds);
                Edit.Applied applied;
                try {
                    applied = edit.apply(repos);
                } catch (UserError refused) { // the transaction is rolled back
                    throw new UserError("cannot " + action + " '" + e.label() + "': " + refused.getMessage()
                            + "; nothing was changed");
                }
                String reverse = codec.write(applied.undo());
                if (undo) {
                    repos.history.setRedo(e.id(), reverse);
                } else {
                    repos.history.setUndo(e.id(), reverse);
                }
                repos.history.setState(e.id(), undo ? "undone" : "applied");
                repos.history.appendAudit(clock.get(), actor, undo ? "undo" : "redo", e.label(), e.id());
                touched.addAll(changes.drain());
            }
            return entry;
        });
        done.ifPresent(e -> fire(new Event(undo ? "undo" : "redo", e.label(), e.id(), Set.copyOf(kinds),
                Set.copyOf(touched))));
        return done.map(Entry::label);
    }

    /** One half of a stored step, or a refusal when the history holds something this version cannot read. */
    private Edit stored(String action, Entry e, String json) throws UserError {
        if (json == null) {
            throw new UserError("cannot " + action + " '" + e.label() + "': the project's history holds no edit for it");
        }
        try {
            return codec.read(json);
        } catch (IllegalStateException unreadable) {
            throw new UserError("cannot " + action + " '" + e.label() + "': " + unreadable.getMessage());
        }
    }

    public Optional<String> undoLabel() {
        return repos.history.nextUndo().map(Entry::label);
    }

    public Optional<String> redoLabel() {
        return repos.history.nextRedo().map(Entry::label);
    }

    private <T> T transact(org.thematica.store.Database.Work<T> work) throws UserError {
        try {
            return repos.db.inTransaction(work);
        } catch (UserError | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void kindsOf(Edit edit, Set<Class<? extends Edit>> into) {
        into.add(edit.getClass());
        if (edit instanceof Batch batch) {
            for (Edit inner : batch.edits()) {
                kindsOf(inner, into);
            }
        }
    }

    private void fire(Event event) {
        for (Consumer<Event> listener : listeners) {
            listener.accept(event);
        }
    }
}
