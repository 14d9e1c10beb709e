package org.thematica.ui.workbench;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.thematica.analysis.Corpus;

/**
 * The analysis corpus of the open project, kept current: read once when first asked for, then
 * after every burst of edits only the touched documents are read again (on the project
 * thread). Figures listen to {@link #corpusProperty()} and compute on the analysis thread.
 */
public final class AnalysisFeed {
    private final WorkbenchContext context;
    private final ReadOnlyObjectWrapper<Corpus> corpus = new ReadOnlyObjectWrapper<>(this, "corpus");
    private final Consumer<ProjectEvents.Change> onChange = this::changed;
    private int users;

    AnalysisFeed(WorkbenchContext context) {
        this.context = context;
    }

    /** Starts following the project (counted: the feed stops when its last user leaves). */
    public void attach() {
        if (users++ == 0) {
            context.events().addListener(onChange);
            context.background().run(() -> context.project().analysis().corpus(), corpus::set);
        }
    }

    public void detach() {
        if (--users == 0) {
            context.events().removeListener(onChange);
        }
    }

    private void changed(ProjectEvents.Change change) {
        context.background().run(() -> context.project().analysis().update(change.documents()), corpus::set);
    }

    public ReadOnlyObjectProperty<Corpus> corpusProperty() {
        return corpus.getReadOnlyProperty();
    }
}
