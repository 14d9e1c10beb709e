package org.thematica.ui.documents;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.model.MemoTarget;
import org.thematica.service.WorkspaceService.DocumentRow;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.WorkbenchContext;

/** The document list: rows with cases and coverage, re-read after every edit; renaming, reclassifying, deleting. */
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

    /** Shows the memos on a document in the memo pane. */
    public void openMemo(Document d) {
        context.openMemo(MemoTarget.DOCUMENT, d.id(), "document '" + d.name() + "'");
    }

    public void rename(Document d, String newName) {
        if (refuseReadOnly() || newName == null || newName.strip().equals(d.name())) {
            return;
        }
        context.background().run(() -> {
            context.project().documents().rename(d.name(), newName);
            return newName.strip();
        }, name -> context.say("Renamed '" + d.name() + "' to '" + name + "'."));
    }

    public void setKind(Document d, DocumentKind kind) {
        if (refuseReadOnly() || d.kind() == kind) {
            return;
        }
        context.background().run(() -> {
            context.project().documents().setKind(d.name(), kind);
            return kind;
        }, k -> context.say("'" + d.name() + "' is now " + describe(k) + "."));
    }

    /** Deletes a document with its codings; if it was open, the list opens another. */
    public void delete(Document d) {
        if (refuseReadOnly()) {
            return;
        }
        context.background().run(() -> {
            context.project().documents().delete(d.name());
            return d;
        }, deleted -> {
            if (Long.valueOf(deleted.id()).equals(context.selection().documentProperty().get())) {
                context.selection().documentProperty().set(null);
            }
            context.say("Deleted '" + deleted.name() + "'. Edit ▸ Undo brings it back.");
        });
    }

    static String describe(DocumentKind kind) {
        return kind == DocumentKind.INTERVIEW ? "an interview" : "a secondary source";
    }

    private boolean refuseReadOnly() {
        if (context.isReadOnly()) {
            context.say("This project is open read-only.");
            return true;
        }
        return false;
    }

    public boolean isReadOnly() {
        return context.isReadOnly();
    }

    public ReadOnlyObjectProperty<List<DocumentRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public WorkbenchContext context() {
        return context;
    }
}
