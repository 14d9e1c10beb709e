package org.thematica.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.thematica.ui.transcript.TranscriptView;

/** The main window's nodes: menu, documents, transcript, codebook and themes, status bar. */
public final class MainView extends BorderPane {
    private final MainViewModel model;
    private final DocumentsPane documents;
    private final TranscriptView transcript = new TranscriptView();
    private final CodebookPane codebook = new CodebookPane();
    private final Label status = new Label();

    public MainView(MainViewModel model, AppActions actions) {
        this.model = model;
        getStyleClass().add("main-view");
        documents = new DocumentsPane(model::showDocument);

        SplitPane panes = new SplitPane(documents, transcript, codebook);
        panes.setDividerPositions(0.22, 0.72);
        SplitPane.setResizableWithParent(documents, false);
        SplitPane.setResizableWithParent(codebook, false);

        setTop(menu(actions));
        setCenter(panes);
        setBottom(statusBar());

        model.overviewProperty().addListener((o, old, overview) -> {
            documents.show(overview.documents());
            codebook.show(overview.codes(), overview.themes());
            documents.selectFirstIfNone();
        });
        model.transcriptProperty().addListener((o, old, shown) -> transcript.show(shown.transcript(), shown.styles()));
    }

    private MenuBar menu(AppActions actions) {
        MenuItem newProject = item("New Project…", "Shortcut+N", actions::newProject);
        MenuItem open = item("Open Project…", "Shortcut+O", actions::openProject);
        MenuItem demo = item("Open Demo Project", null, actions::openDemo);
        MenuItem quit = item("Quit", "Shortcut+Q", actions::quit);
        Menu file = new Menu("File", null, newProject, open, demo, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", model::undo);
        undo.textProperty().bind(Bindings.when(model.undoLabelProperty().isNull()).then("Undo")
                .otherwise(Bindings.concat("Undo ", model.undoLabelProperty())));
        undo.disableProperty().bind(model.undoLabelProperty().isNull());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", model::redo);
        redo.textProperty().bind(Bindings.when(model.redoLabelProperty().isNull()).then("Redo")
                .otherwise(Bindings.concat("Redo ", model.redoLabelProperty())));
        redo.disableProperty().bind(model.redoLabelProperty().isNull());
        Menu edit = new Menu("Edit", null, undo, redo);

        MenuItem about = item("About Thematica", null, () -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, "Thematica: a workbench for qualitative thematic"
                    + " analysis.\nFree software under the GNU GPL, version 3 or later.\nEverything you do is saved"
                    + " in the project file as you work; Edit ▸ Undo takes back any change, even after a restart.");
            alert.setHeaderText("Thematica");
            alert.initOwner(getScene().getWindow());
            alert.showAndWait();
        });
        Menu help = new Menu("Help", null, about);
        MenuBar bar = new MenuBar(file, edit, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private HBox statusBar() {
        status.textProperty().bind(model.statusProperty());
        status.setId("status");
        Label file = new Label(model.project().file().toString());
        file.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, file);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
    }

    public TranscriptView transcript() {
        return transcript;
    }
}
