package org.thematica.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.fxmisc.richtext.model.StyleSpans;
import org.thematica.edit.EditHistory;
import org.thematica.model.Code;
import org.thematica.service.Project;
import org.thematica.service.WorkspaceService.Overview;
import org.thematica.service.WorkspaceService.Transcript;
import org.thematica.ui.common.Background;
import org.thematica.ui.transcript.TranscriptStyles;

/**
 * State and commands of the main window; no nodes. Reads the project on the background thread
 * and publishes results as properties; follows every edit (from any source) by re-reading.
 */
public final class MainViewModel {
    /** A document ready to show: its content and the styles computed for it. */
    public record ShownTranscript(Transcript transcript, StyleSpans<String> styles) {
    }

    private final Project project;
    private final Background background;
    private final ObjectProperty<Overview> overview = new SimpleObjectProperty<>();
    private final ObjectProperty<ShownTranscript> transcript = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Thematica");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Opening…");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper();
    private final Consumer<EditHistory.Event> onEdit = e -> Platform.runLater(this::refresh);
    private Long shownDocument;

    public MainViewModel(Project project, Background background) {
        this.project = project;
        this.background = background;
    }

    public void activate() {
        project.history().addListener(onEdit);
        refresh();
    }

    public void deactivate() {
        project.history().removeListener(onEdit);
    }

    /** Re-reads what the window shows (after an edit, an undo, a redo). */
    public void refresh() {
        background.run(() -> project.workspace().overview(), this::apply);
        if (shownDocument != null) {
            showDocument(shownDocument);
        }
    }

    private void apply(Overview o) {
        overview.set(o);
        String readOnly = project.isReadOnly() ? " (read-only)" : "";
        title.set(o.projectName() + readOnly + " — " + project.file().getFileName() + " — Thematica");
        status.set(o.documents().size() + " documents · " + o.codes().size() + " codes · " + o.themes().size()
                + " themes · " + o.codings() + " codings · coder: " + project.coder().name()
                + (project.isReadOnly() ? " · read-only" : " · every change is saved"));
        undoLabel.set(o.undoLabel());
        redoLabel.set(o.redoLabel());
    }

    /** Loads a document and computes its highlighting off the FX thread, then shows it. */
    public void showDocument(long documentId) {
        shownDocument = documentId;
        background.run(() -> {
            Transcript t = project.workspace().transcript(documentId);
            Map<Long, String> colours = new HashMap<>();
            for (Code c : project.repos().codes.all()) {
                colours.put(c.id(), c.colour());
            }
            return new ShownTranscript(t, TranscriptStyles.of(t, colours));
        }, shown -> {
            if (shownDocument != null && shownDocument == documentId) {
                transcript.set(shown);
            }
        });
    }

    public void undo() {
        if (!project.isReadOnly()) {
            background.run(() -> project.history().undo());
        }
    }

    public void redo() {
        if (!project.isReadOnly()) {
            background.run(() -> project.history().redo());
        }
    }


    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview;
    }

    public ReadOnlyObjectProperty<ShownTranscript> transcriptProperty() {
        return transcript;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public Project project() {
        return project;
    }
}
