package org.thematica.ui.memos;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import org.thematica.model.Coder;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.model.UserError;
import org.thematica.service.MemoService;
import org.thematica.service.Project;
import org.thematica.ui.common.Debouncer;
import org.thematica.ui.workbench.MemoRequest;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.Selection;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The memos on one thing (the project's journal unless another pane asked for something else)
 * and the one being edited. Typing is saved after a pause, as one undoable step per burst, and
 * at once when the editor loses focus or another memo is chosen.
 */
public final class MemosViewModel {
    public static final MemoRequest JOURNAL = new MemoRequest(MemoTarget.PROJECT, 0, MemoService.JOURNAL);
    /** How long typing must pause before it is saved. */
    public static final Duration SAVE_AFTER = Duration.ofMillis(1500);

    /** A memo in the list, with its author's name. */
    public record Entry(Memo memo, String author) {
    }

    private final WorkbenchContext context;
    private final Debouncer saver;
    private final ReadOnlyObjectWrapper<MemoRequest> showing = new ReadOnlyObjectWrapper<>(JOURNAL);
    private final ReadOnlyStringWrapper about = new ReadOnlyStringWrapper(JOURNAL.about());
    private final ReadOnlyObjectWrapper<List<Entry>> entries = new ReadOnlyObjectWrapper<>(List.of());
    /** The memo in the editor, as last read from or written to the project. */
    private final ReadOnlyObjectWrapper<Memo> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    /** The thing the user chose last elsewhere (a code, theme or document), offered as a shortcut. */
    private final ReadOnlyObjectWrapper<MemoRequest> hint = new ReadOnlyObjectWrapper<>();
    private MemoRequest chosen;
    private long chosenToken;
    private boolean loading;

    private final Consumer<ProjectEvents.Change> onChange = change -> refresh();
    private final ChangeListener<MemoRequest> onRequest = (o, old, request) -> {
        if (request != null) {
            handledRequest = request;
            show(request);
        }
    };
    private final ChangeListener<Selection.Chosen> onChosen = (o, old, chosenNow) -> choose(chosenNow);
    private boolean active;
    /** The last memo request taken in (each is taken once; the user may look elsewhere after). */
    private MemoRequest handledRequest;
    /** The choice the hint was last worked out for. */
    private Selection.Chosen hinted;

    public MemosViewModel(WorkbenchContext context, Debouncer.Scheduler clock) {
        this.context = context;
        this.saver = new Debouncer(SAVE_AFTER, clock, this::save);
        ChangeListener<String> typed = (o, old, value) -> edited();
        title.addListener(typed);
        text.addListener(typed);
    }

    /**
     * The memos are shown: a memo asked for while they were hidden is opened, the hint follows
     * what was chosen meanwhile, and the list is read once.
     */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        context.events().addListener(onChange);
        context.memoRequestProperty().addListener(onRequest);
        var selection = context.selection();
        selection.lastChosenProperty().addListener(onChosen);
        if (selection.lastChosenProperty().get() != hinted) {
            choose(selection.lastChosenProperty().get()); // chosen while the memos were hidden
        }
        MemoRequest request = context.memoRequestProperty().get();
        if (request != null && request != handledRequest) {
            handledRequest = request;
            show(request);
        } else {
            refresh();
        }
    }

    public void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        saver.flush();
        context.events().removeListener(onChange);
        context.memoRequestProperty().removeListener(onRequest);
        context.selection().lastChosenProperty().removeListener(onChosen);
    }

    // ---- what is shown ------------------------------------------------------------------------

    /** Shows the memos on another thing; what was typed into the current memo is saved first. */
    private void show(MemoRequest request) {
        if (sameThing(request, showing.get())) {
            refresh();
            return;
        }
        saver.flush();
        showing.set(request);
        about.set(request.about());
        load(null);
        entries.set(List.of());
        updateHint();
        refresh();
    }

    /** Re-reads the list (after any edit, by anyone) and follows what changed under the editor. */
    public void refresh() {
        MemoRequest request = showing.get();
        context.background().run(() -> read(context.project(), request), listing -> {
            if (!sameThing(request, showing.get())) {
                return; // the user moved on while this was read
            }
            about.set(listing.about());
            entries.set(listing.entries());
            reconcile(listing.entries());
        });
    }

    private record Listing(String about, List<Entry> entries) {
    }

    private static Listing read(Project project, MemoRequest request) {
        List<Memo> memos = project.memos().of(request.target(), request.targetId());
        Map<Long, String> authors = new HashMap<>();
        for (Memo m : memos) {
            authors.computeIfAbsent(m.authorId(), id -> project.repos().coders.byId(id).map(Coder::name).orElse("?"));
        }
        String about;
        try {
            about = project.memos().describe(request.target(), request.targetId()); // follows renames
        } catch (UserError e) {
            about = request.about();
        }
        return new Listing(about, memos.stream().map(m -> new Entry(m, authors.get(m.authorId()))).toList());
    }

    /**
     * Keeps the editor on its memo. A change to that memo that did not come from this editor (undo,
     * redo, a script) replaces what is shown; our own saves already match it. A deleted memo gives
     * way to the newest one.
     */
    private void reconcile(List<Entry> list) {
        Memo current = selected.get();
        if (current == null) {
            if (!list.isEmpty()) {
                load(list.get(0).memo());
            }
            return;
        }
        Memo stored = list.stream().map(Entry::memo).filter(m -> m.id() == current.id()).findFirst().orElse(null);
        if (stored == null) {
            saver.cancel();
            load(list.isEmpty() ? null : list.get(0).memo());
        } else if (!stored.equals(current)) {
            saver.cancel();
            load(stored);
        }
    }

    /** Puts a memo (or nothing) into the editor; that is not an edit. */
    private void load(Memo memo) {
        loading = true;
        try {
            selected.set(memo);
            title.set(memo == null ? "" : memo.title());
            text.set(memo == null ? "" : memo.text());
        } finally {
            loading = false;
        }
        saveState.set("");
    }

    /** The user chose a memo in the list. */
    public void select(Memo memo) {
        Memo current = selected.get();
        if (memo == null || current != null && current.id() == memo.id()) {
            return;
        }
        saver.flush();
        load(memo);
    }

    // ---- saving -------------------------------------------------------------------------------

    private void edited() {
        if (loading || selected.get() == null || context.isReadOnly()) {
            return;
        }
        saveState.set(isDirty() ? "Editing…" : "Saved");
        saver.poke();
    }

    private boolean isDirty() {
        Memo m = selected.get();
        return m != null && !(m.title().equals(title.get()) && m.text().equals(text.get()));
    }

    /** Saves now if typing is waiting to be saved (the editor lost focus). */
    public void flush() {
        saver.flush();
    }

    /** One burst of typing: one undoable edit. */
    private void save() {
        Memo memo = selected.get();
        if (memo == null || context.isReadOnly() || !isDirty()) {
            return;
        }
        String t = title.get();
        String x = text.get();
        saveState.set("Saving…");
        context.background().run(() -> context.project().memos().update(memo, t, x), stored -> {
            Memo now = selected.get();
            if (now != null && now.id() == stored.id()) {
                selected.set(stored);
                saveState.set(isDirty() ? "Editing…" : "Saved");
            }
        });
    }

    // ---- commands -----------------------------------------------------------------------------

    /** Starts an empty memo on the thing shown and puts it into the editor; then runs {@code then}. */
    public void newMemo(Runnable then) {
        if (context.isReadOnly()) {
            context.say("This project is open read-only.");
            return;
        }
        saver.flush();
        MemoRequest request = showing.get();
        context.background().run(() -> context.project().memos().add(request.target(), request.targetId(), "", ""),
                memo -> {
                    if (sameThing(request, showing.get())) {
                        load(memo);
                        context.say("New memo on " + about.get() + ". It is saved as you type.");
                        then.run();
                    }
                });
    }

    /** Deletes a memo after saving what was typed into it, so Undo brings back its latest text. */
    public void delete(Memo memo) {
        if (context.isReadOnly()) {
            context.say("This project is open read-only.");
            return;
        }
        saver.flush();
        context.background().run(() -> {
            context.project().memos().delete(memo);
            return memo;
        }, deleted -> context.say("Memo deleted. Edit ▸ Undo brings it back."));
    }

    /** Back to the project's reflexive journal. */
    public void showJournal() {
        context.openMemo(JOURNAL.target(), JOURNAL.targetId(), JOURNAL.about());
    }

    /** Shows the memos on the thing chosen last elsewhere. */
    public void followHint() {
        MemoRequest h = hint.get();
        if (h != null) {
            context.openMemo(h.target(), h.targetId(), h.about());
        }
    }

    // ---- the hint -----------------------------------------------------------------------------

    private void choose(Selection.Chosen choice) {
        long token = ++chosenToken;
        hinted = choice;
        if (choice == null) {
            return;
        }
        context.background().run(() -> context.project().memos().describe(choice.kind(), choice.id()), name -> {
            if (token == chosenToken) {
                chosen = new MemoRequest(choice.kind(), choice.id(), name);
                updateHint();
            }
        });
    }

    private void updateHint() {
        hint.set(chosen == null || sameThing(chosen, showing.get()) ? null : chosen);
    }

    private static boolean sameThing(MemoRequest a, MemoRequest b) {
        return a != null && b != null && a.target() == b.target() && a.targetId() == b.targetId();
    }

    // ---- properties ---------------------------------------------------------------------------

    public ReadOnlyObjectProperty<MemoRequest> showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** The thing shown, named as users see it (follows renames). */
    public ReadOnlyStringProperty aboutProperty() {
        return about.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Entry>> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Memo> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The title in the editor (bound to the title field). */
    public StringProperty titleProperty() {
        return title;
    }

    /** The text in the editor (bound to the text area). */
    public StringProperty textProperty() {
        return text;
    }

    /** "Editing…", "Saving…", "Saved" or nothing. */
    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MemoRequest> hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return context.isReadOnly();
    }

    public WorkbenchContext context() {
        return context;
    }
}
