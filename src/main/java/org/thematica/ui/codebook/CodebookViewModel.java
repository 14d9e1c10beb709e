package org.thematica.ui.codebook;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.thematica.service.WorkspaceService.Codebook;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.WorkbenchContext;

/** The codebook and themes with live counts; choosing, and coding from the codebook. */
public final class CodebookViewModel {
    private final WorkbenchContext context;
    private final ReadOnlyObjectWrapper<Codebook> codebook = new ReadOnlyObjectWrapper<>();
    private final Consumer<ProjectEvents.Change> onChange = change -> refresh();

    public CodebookViewModel(WorkbenchContext context) {
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
        context.background().run(() -> context.project().workspace().codebook(), codebook::set);
    }

    public void chooseCode(long id) {
        context.selection().chooseCode(id);
    }

    public void chooseTheme(long id) {
        context.selection().chooseTheme(id);
    }

    /** Double-click or drop: apply the code to the selected passage. */
    public void applyCode(String name) {
        context.applyCode(name);
    }

    public ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return codebook.getReadOnlyProperty();
    }

    public WorkbenchContext context() {
        return context;
    }
}
