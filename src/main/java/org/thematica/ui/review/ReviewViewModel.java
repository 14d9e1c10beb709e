package org.thematica.ui.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import org.thematica.model.UserError;
import org.thematica.model.Verdict;
import org.thematica.service.RetrievalService.AttributeFilter;
import org.thematica.service.ReviewQueue;
import org.thematica.service.ReviewQueue.Choice;
import org.thematica.service.ReviewQueue.Filter;
import org.thematica.service.ReviewQueue.State;
import org.thematica.service.ReviewService;
import org.thematica.ui.common.LatestJob;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.ReviewRequest;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The review screen's state and commands, no nodes: the queue narrowed by the filters, the item
 * in front of the reviewer with its context ({@link ReviewDetails}), and the verdicts, replies
 * and resolutions, each an undoable edit. Reads run on the project thread through the services;
 * only the newest result is applied. Active while the screen is shown.
 */
public final class ReviewViewModel {
    /** What is reviewed: codings, or the codebook's definitions. */
    public enum Mode {
        CODINGS("Codings"), CODES("Code definitions");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    /** What the text field asks for, and for a reply, in which thread. */
    public record Asking(Verdict verdict, String threadGuid, String question) {
    }

    private final WorkbenchContext context;
    private final ReviewService reviews;
    private final ReviewDetails details;
    private final LatestJob queueJob;
    private final LatestJob detailJob;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.CODINGS);
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.UNREVIEWED);
    private final ObjectProperty<Choice> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<Choice> code = new SimpleObjectProperty<>(this, "code");
    private final ObjectProperty<Choice> document = new SimpleObjectProperty<>(this, "document");
    private final ObjectProperty<String> coder = new SimpleObjectProperty<>(this, "coder");
    private final ObjectProperty<AttributeFilter> attribute = new SimpleObjectProperty<>(this, "attribute");

    private final ReadOnlyObjectWrapper<ReviewQueue.Options> options = new ReadOnlyObjectWrapper<>(
            new ReviewQueue.Options(List.of(), List.of(), List.of(), List.of(), List.of()));
    private final ReadOnlyObjectWrapper<List<ReviewRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<ReviewDetails.Detail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Asking> asking = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper reads = new ReadOnlyIntegerWrapper(0);

    private final Consumer<ProjectEvents.Change> onChange = this::projectChanged;
    private final ChangeListener<Object> onFilter = (o, old, now) -> refresh();
    /** The item to show when the next queue arrives (the one after a verdict, one asked for). */
    private Long pendingKey;
    /** The items judged here, newest last: undoing a verdict goes back to its item. */
    private final Deque<Long> judged = new ArrayDeque<>();
    private boolean active;
    private Mode shownMode;

    public ReviewViewModel(WorkbenchContext context) {
        this.context = context;
        this.reviews = context.project().reviews();
        this.details = new ReviewDetails(context.project());
        this.queueJob = new LatestJob(context.background());
        this.detailJob = new LatestJob(context.background());
    }

    public void activate() {
        if (active) {
            return;
        }
        active = true;
        context.events().addListener(onChange);
        List.of(mode, state, theme, code, document, coder, attribute).forEach(p -> p.addListener(onFilter));
        details.projectChanged();
        refresh();
    }

    public void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        context.events().removeListener(onChange);
        List.of(mode, state, theme, code, document, coder, attribute).forEach(p -> p.removeListener(onFilter));
        asking.set(null);
    }

    private void projectChanged(ProjectEvents.Change change) {
        details.projectChanged();
        refresh();
    }

    /** Opens on what was asked for: every filter cleared, the state chosen, and the coding if one was named. */
    public void show(ReviewRequest request) {
        pendingKey = request.codingId();
        List.of(theme, code, document, attribute).forEach(p -> p.set(null));
        coder.set(null);
        mode.set(Mode.CODINGS);
        state.set(request.state());
        refresh();
    }

    Filter filter() {
        return new Filter(state.get(), id(theme.get()), id(code.get()), id(document.get()), coder.get(),
                attribute.get());
    }

    private static Long id(Choice c) {
        return c == null ? null : c.id();
    }

    /** Reads the queue and the filter choices again, then the item in front. */
    public void refresh() {
        if (!active) {
            return;
        }
        Mode m = mode.get();
        Filter f = filter();
        queueJob.run(() -> details.queue(m, f), this::showQueue);
    }

    private void showQueue(ReviewDetails.Queue q) {
        boolean sameMode = q.mode() == shownMode;
        long key = sameMode ? currentKey() : -1; // a coding's id is no code's
        shownMode = q.mode();
        options.set(q.options());
        progress.set(q.progress());
        rows.set(q.rows());
        int index = indexOf(pendingKey);
        pendingKey = null;
        if (index < 0) {
            index = indexOf(key < 0 ? null : key);
        }
        if (index < 0) {
            index = sameMode ? Math.min(Math.max(current.get(), 0), q.rows().size() - 1) : 0;
        }
        current.set(-2); // the same index with another item must still reload
        select(index);
        reads.set(reads.get() + 1);
    }

    private int indexOf(Long key) {
        List<ReviewRow> list = rows.get();
        for (int i = 0; key != null && i < list.size(); i++) {
            if (list.get(i).key() == key) {
                return i;
            }
        }
        return -1;
    }

    private long currentKey() {
        int i = current.get();
        return i >= 0 && i < rows.get().size() ? rows.get().get(i).key() : -1;
    }

    // ---- moving through the queue ----------------------------------------------------------------

    /** Shows the item at {@code index} of the queue (-1: none). */
    public void select(int index) {
        List<ReviewRow> list = rows.get();
        int i = list.isEmpty() ? -1 : Math.max(0, Math.min(index, list.size() - 1));
        if (i == current.get()) {
            return;
        }
        current.set(i);
        asking.set(null);
        if (i < 0) {
            detail.set(null);
            return;
        }
        ReviewRow row = list.get(i);
        int count = list.size();
        detailJob.run(() -> details.detail(row, i, count), detail::set);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int by) {
        int n = rows.get().size();
        if (n == 0) {
            return;
        }
        int to = current.get() + by;
        if (to < 0 || to >= n) {
            message.set(to < 0 ? "This is the first item." : "That was the last item" + (state.get() == State.ALL
                    ? "." : " in this list; choose “All” to see the rest."));
            return;
        }
        select(to);
    }

    // ---- verdicts, comments, replies ---------------------------------------------------------------

    public void agree() {
        judge(Verdict.AGREE, "");
    }

    /** Asks for the text of a disagreement (optional), a question, a comment or a reply. */
    public void ask(Verdict verdict) {
        ReviewDetails.Detail d = detail.get();
        if (d == null || !writable()) {
            return;
        }
        switch (verdict) {
            case DISAGREE -> asking.set(new Asking(verdict, null, "Why do you disagree? (Enter records it)"));
            case QUESTION -> asking.set(new Asking(verdict, null, "Your question for the analyst:"));
            case REPLY -> {
                ReviewService.Thread thread = d.threadToAnswer();
                if (thread == null) {
                    message.set("There is no thread to reply to here yet.");
                } else {
                    asking.set(new Asking(verdict, thread.verdict().guid(), "Reply to " + thread.reviewer() + "’s "
                            + thread.verdict().verdict().key() + ":"));
                }
            }
            case AGREE -> asking.set(new Asking(verdict, null, "Your comment (added to your verdict's thread):"));
        }
    }

    /** Replies in one thread (its Reply button). */
    public void askReply(ReviewService.Thread thread) {
        if (writable()) {
            asking.set(new Asking(Verdict.REPLY, thread.verdict().guid(), "Reply to " + thread.reviewer() + "’s "
                    + thread.verdict().verdict().key() + ":"));
        }
    }

    public void cancelAsking() {
        asking.set(null);
    }

    /** The text typed for what was asked: records the verdict, the comment or the reply. */
    public void answer(String text) {
        Asking a = asking.get();
        ReviewDetails.Detail d = detail.get();
        if (a == null || d == null) {
            return;
        }
        String t = text == null ? "" : text.strip();
        switch (a.verdict()) {
            case DISAGREE -> judge(Verdict.DISAGREE, t);
            case QUESTION -> {
                if (t.isEmpty()) {
                    message.set("Type the question first (Esc to cancel).");
                    return;
                }
                judge(Verdict.QUESTION, t);
            }
            case AGREE -> comment(d, t);
            case REPLY -> reply(a.threadGuid(), t);
        }
    }

    private void judge(Verdict verdict, String comment) {
        ReviewDetails.Detail d = detail.get();
        if (d == null || !writable()) {
            return;
        }
        asking.set(null);
        int at = current.get();
        pendingKey = at + 1 < rows.get().size() ? rows.get().get(at + 1).key() : null;
        judged.addLast(d.row().key());
        write(() -> {
            if (d.item() != null) {
                reviews.judgeCoding(d.item().coding().guid(), verdict, comment);
            } else {
                reviews.judgeCode(d.code().code().name(), verdict, comment);
            }
            return verdictMessage(verdict, d) + " Ctrl+Z takes it back.";
        });
    }

    static String verdictMessage(Verdict verdict, ReviewDetails.Detail d) {
        String what = switch (verdict) {
            case AGREE -> "Agreed with";
            case DISAGREE -> "Disagreed with";
            case QUESTION -> "Asked about";
            case REPLY -> "Replied on";
        };
        return what + " " + d.row().title() + ".";
    }

    /** A comment joins the thread of my newest verdict on the item. */
    private void comment(ReviewDetails.Detail d, String text) {
        ReviewService.Thread mine = d.myLatestThread(context.project().coderName());
        if (mine == null) {
            message.set("Give a verdict first (A, D or Q); a comment joins its thread.");
            return;
        }
        if (!text.isEmpty()) {
            reply(mine.verdict().guid(), text);
        }
    }

    private void reply(String threadGuid, String text) {
        if (text.isEmpty()) {
            message.set("Type the reply first (Esc to cancel).");
            return;
        }
        asking.set(null);
        write(() -> {
            reviews.reply(threadGuid, text);
            return "Replied. Ctrl+Z takes it back.";
        });
    }

    /** Resolves a thread, or opens it again. */
    public void resolve(ReviewService.Thread thread, boolean resolved) {
        if (writable()) {
            write(() -> {
                reviews.setResolved(thread.verdict().guid(), resolved);
                return resolved ? "Resolved the thread. Ctrl+Z opens it again." : "Opened the thread again.";
            });
        }
    }

    public void undo() {
        if (writable()) {
            context.background().run(() -> context.project().history().undo(), label -> {
                if (label.isPresent() && label.get().startsWith("Review ") && !judged.isEmpty()) {
                    pendingKey = judged.removeLast();
                }
                message.set(label.map(l -> "Undone: " + l + ".").orElse("Nothing to undo."));
            });
        }
    }

    public void redo() {
        if (writable()) {
            context.background().run(() -> context.project().history().redo(),
                    label -> message.set(label.map(l -> "Redone: " + l + ".").orElse("Nothing to redo.")));
        }
    }

    private void write(Callable<String> work) {
        context.background().run(() -> {
            try {
                return work.call();
            } catch (UserError e) {
                return "Not recorded: " + e.getMessage() + ".";
            }
        }, text -> {
            if (text.startsWith("Not recorded")) {
                pendingKey = null;
            }
            message.set(text);
        });
    }

    private boolean writable() {
        if (context.isReadOnly()) {
            message.set("This project is open read-only: verdicts cannot be recorded.");
            return false;
        }
        return true;
    }

    // ---- state --------------------------------------------------------------------------------

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public ObjectProperty<Choice> themeProperty() {
        return theme;
    }

    public ObjectProperty<Choice> codeProperty() {
        return code;
    }

    public ObjectProperty<Choice> documentProperty() {
        return document;
    }

    public ObjectProperty<String> coderProperty() {
        return coder;
    }

    public ObjectProperty<AttributeFilter> attributeProperty() {
        return attribute;
    }

    public ReadOnlyObjectProperty<ReviewQueue.Options> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    /** The queue as listed. */
    public ReadOnlyObjectProperty<List<ReviewRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The index of the item shown, or -1. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** How many times the queue has been read (0: not yet; an equal list is no change to {@link #rowsProperty}). */
    public ReadOnlyIntegerProperty readsProperty() {
        return reads.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReviewDetails.Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** "37 of 120 reviewed · …" */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Asking> askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** What just happened, or why nothing did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return context.isReadOnly();
    }
}
