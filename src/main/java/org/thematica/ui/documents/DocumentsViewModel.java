package org.thematica.ui.documents;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.thematica.service.WorkspaceService.DocumentRow;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.WorkbenchContext;

/** The document list: rows with cases and coverage, re-read after every edit. */
public final class DocumentsViewModel {
    private final WorkbenchContext context;
    private final ReadOnlyObjectWrapper<List<DocumentRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final Consumer<ProjectEvents.Change> onChange = change -> refresh();

    public DocumentsViewModel(WorkbenchContext context) {
        this.context = context;
    }

    public void activate() {
        context.events().addListener(onChange);
        refresh();
    }

    public void deactivate() {
        context.events().removeListener(onChange);
    }

    public void refresh() {
        context.background().run(() -> context.project().workspace().documents(), rows::set);
    }

    public void open(long documentId) {
        context.selection().documentProperty().set(documentId);
    }

    public ReadOnlyObjectProperty<List<DocumentRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public WorkbenchContext context() {
        return context;
    }
}
