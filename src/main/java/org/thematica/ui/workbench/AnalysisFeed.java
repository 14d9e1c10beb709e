package org.thematica.ui.workbench;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.thematica.analysis.Corpus;

/**
 * The analysis corpus of the open project, kept current while a figure is shown: read once when
 * first asked for, then after every burst of edits only the touched documents are read again
 * (on the project thread). Figures listen to {@link #corpusProperty()} and compute on the
 * analysis thread.
 *
 * <p>While no figure is shown, edits are not read at all. When one is shown again the corpus is
 * brought up to date once, whatever happened meanwhile; until then {@link #corpusProperty()}
 * holds null (not the old corpus), so the figure computes once, from the current state.
 */
public final class AnalysisFeed {
    private final WorkbenchContext context;
    private final ReadOnlyObjectWrapper<Corpus> corpus = new ReadOnlyObjectWrapper<>(this, "corpus");
    private final Consumer<ProjectEvents.Change> onChange = this::changed;
    private int users;
    private boolean listening;
    /** An edit came while nobody followed: the corpus held is out of date. */
    private boolean behind;

    AnalysisFeed(WorkbenchContext context) {
        this.context = context;
    }

    /** Starts following the project (counted: the feed stops reading when its last user leaves). */
    public void attach() {
        if (users++ > 0) {
            return;
        }
        if (!listening) {
            listening = true;
            context.events().addLeadingListener(onChange); // a figure in view waits for it
            read();
        } else if (behind) {
            behind = false;
            corpus.set(null);
            read();
        }
    }

    public void detach() {
        if (users > 0) {
            users--;
        }
    }

    /** Stops listening for good (the project closes). */
    void dispose() {
        if (listening) {
            listening = false;
            context.events().removeListener(onChange);
        }
    }

    private void changed(ProjectEvents.Change change) {
        if (users == 0) {
            behind = true; // the project's analysis service keeps the touched documents until asked
        } else {
            read();
        }
    }

    private void read() {
        context.background().run(() -> context.project().analysis().corpus(), corpus::set);
    }

    public ReadOnlyObjectProperty<Corpus> corpusProperty() {
        return corpus.getReadOnlyProperty();
    }
}
