package org.thematica.ui.workbench;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.thematica.edit.EditHistory;
import org.thematica.service.Project;
import org.thematica.ui.common.Background;

/**
 * What every pane of the workbench shares: the open project, the one thread that may touch it,
 * the user's selection, edit notifications on the FX thread, the recent codes, and the
 * status line. Built once per open project by the shell; panes receive it in their constructor.
 *
 * <p>Rules for panes: read and write the project only through {@link #background()}; never
 * block the FX thread; re-read what you show when {@link #events()} says something changed.
 */
public final class WorkbenchContext {
    private final Project project;
    private final Background background;
    private final Selection selection = new Selection();
    private final ProjectEvents events = new ProjectEvents();
    private final RecentCodes recentCodes = new RecentCodes();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ObjectProperty<CodingTarget> codingTarget =
            new javafx.beans.property.SimpleObjectProperty<>(this, "codingTarget");
    private final javafx.beans.property.ObjectProperty<MemoRequest> memoRequest =
            new javafx.beans.property.SimpleObjectProperty<>(this, "memoRequest");
    private final javafx.beans.property.ObjectProperty<ReviewRequest> reviewRequest =
            new javafx.beans.property.SimpleObjectProperty<>(this, "reviewRequest");
    private final Consumer<EditHistory.Event> bridge = events::onEdit;
    private final AnalysisFeed analysis = new AnalysisFeed(this);
    private final Background compute = new Background(e -> say("A figure could not be computed: " + e.getMessage()));

    public WorkbenchContext(Project project, Background background) {
        this.project = project;
        this.background = background;
        project.history().addListener(bridge);
    }

    public Project project() {
        return project;
    }

    public Background background() {
        return background;
    }

    public Selection selection() {
        return selection;
    }

    public ProjectEvents events() {
        return events;
    }

    public RecentCodes recentCodes() {
        return recentCodes;
    }

    /** The transcript (or whatever takes codes) registers itself here. */
    public javafx.beans.property.ObjectProperty<CodingTarget> codingTargetProperty() {
        return codingTarget;
    }

    /** Applies an existing code to the selected passage, if something can take it. */
    public void applyCode(long codeId) {
        toTarget(target -> target.applyCode(codeId));
    }

    /** Applies the code with this name (created if new) to the selected passage. */
    public void applyCodeNamed(String codeName) {
        toTarget(target -> target.applyCodeNamed(codeName));
    }

    private void toTarget(java.util.function.Consumer<CodingTarget> apply) {
        CodingTarget target = codingTarget.get();
        if (target == null) {
            say("Open a document and select a passage first.");
        } else {
            apply.accept(target);
        }
    }

    /** Asks the memo pane to open the memo on a thing (set by any pane; the memo pane follows). */
    public javafx.beans.property.ObjectProperty<MemoRequest> memoRequestProperty() {
        return memoRequest;
    }

    /** Asks the shell to open the review screen (the shell follows this property). */
    public javafx.beans.property.ObjectProperty<ReviewRequest> reviewRequestProperty() {
        return reviewRequest;
    }

    public void openReview(ReviewRequest request) {
        reviewRequest.set(null); // asking again for the same thing still opens it
        reviewRequest.set(request);
    }

    public void openMemo(org.thematica.model.MemoTarget target, long targetId, String about) {
        // a request equal to the last one is no change to the property; clear it first so that
        // asking again still brings the memos forward
        memoRequest.set(null);
        memoRequest.set(new MemoRequest(target, targetId, about));
    }

    /** Tells the user something in the status bar (what was just done, what went wrong). */
    public void say(String text) {
        message.set(text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return project.isReadOnly();
    }

    /**
     * For {@link org.thematica.ui.common.FileDialogs}: a dialog has closed, having perhaps read
     * the project's own files, so the project renews its locks on the project thread.
     */
    public void afterFileDialog() {
        background.run(() -> {
            project.renewLocks();
            return null;
        });
    }

    /** The analysis corpus, kept current after every edit while a figure is attached to it. */
    public AnalysisFeed analysis() {
        return analysis;
    }

    /**
     * A second thread for computations on immutable snapshots (figure data, layouts), so they
     * never queue behind project reads and writes. Never touch the project from it.
     */
    public Background compute() {
        return compute;
    }

    /** Detaches from the project's history; call before closing the project. */
    public void dispose() {
        project.history().removeListener(bridge);
        analysis.dispose();
        compute.close();
    }
}
