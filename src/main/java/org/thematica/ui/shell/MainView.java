package org.thematica.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.thematica.importer.Importers;
import org.thematica.model.DocumentKind;
import org.thematica.ui.common.FileDialogs;
import org.thematica.ui.common.UiPrefs;
import org.thematica.ui.transcript.TranscriptPane;
import org.thematica.ui.workbench.Dockable;

/**
 * The main window: menus, documents on the left, the transcript in the middle with passages,
 * search and memos below it, the codebook and themes on the right, and a status bar. Pane
 * sizes, text size and theme are remembered.
 */
public final class MainView extends BorderPane {
    private final Workbench workbench;
    private final MainViewModel model;
    private final AppActions actions;
    private final UiPrefs prefs;
    private final TabPane dock = new TabPane();
    private final Tab passagesTab;
    private final Tab searchTab;
    private final Tab memosTab;
    private org.thematica.ui.review.ReviewWindow review;

    public MainView(Workbench workbench, AppActions actions, UiPrefs prefs) {
        this.workbench = workbench;
        this.model = workbench.model;
        this.actions = actions;
        this.prefs = prefs;
        getStyleClass().add("main-view");

        passagesTab = tab("Passages", "passages-tab", workbench.passages);
        searchTab = tab("Search", "search-tab", workbench.search);
        memosTab = tab("Memos", "memos-tab", workbench.memos);
        dock.getTabs().addAll(passagesTab, searchTab, memosTab,
                tab("Chart", "chart-tab", workbench.chart),
                tab("Map", "map-tab", workbench.map),
                tab("Word cloud", "cloud-tab", workbench.cloud),
                tab("Matrix", "matrix-tab", workbench.matrix));
        dock.setId("dock");
        // only the chosen tab's pane works; the one left is deactivated before the chosen one
        // activates, so what they share (the analysis feed) is not followed twice over
        dock.getSelectionModel().selectedItemProperty().addListener((o, old, chosen) -> {
            if (old != null) {
                workbench.shown((Dockable) old.getUserData(), false);
            }
            if (chosen != null) {
                workbench.shown((Dockable) chosen.getUserData(), true);
            }
        });
        Tab first = dock.getSelectionModel().getSelectedItem();
        if (first != null) {
            workbench.shown((Dockable) first.getUserData(), true);
        }

        SplitPane middle = new SplitPane(workbench.transcript, dock);
        middle.setOrientation(Orientation.VERTICAL);
        remember(middle, "middle", 0.58);
        SplitPane panes = new SplitPane(workbench.documents, middle, workbench.codebook);
        SplitPane.setResizableWithParent(workbench.documents, false);
        SplitPane.setResizableWithParent(workbench.codebook, false);
        remember(panes, "main", 0.2, 0.74);

        setTop(menu());
        setCenter(panes);
        setBottom(statusBar());

        var selection = workbench.context.selection();
        selection.choicesProperty().addListener((o, old, n) -> dock.getSelectionModel().select(passagesTab));
        workbench.context.reviewRequestProperty().addListener((o, old, request) -> {
            if (request != null) {
                openReview(request);
            }
        });
        workbench.context.memoRequestProperty().addListener((o, old, request) -> {
            if (request != null) {
                dock.getSelectionModel().select(memosTab);
            }
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                List<Path> paths = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                javafx.application.Platform.runLater(() -> importFiles(paths));
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    private static Tab tab(String title, String id, Dockable pane) {
        Tab tab = new Tab(title, pane.node());
        tab.setUserData(pane);
        tab.setClosable(false);
        tab.setId(id);
        return tab;
    }

    private void remember(SplitPane split, String key, double... defaults) {
        split.setDividerPositions(prefs.dividers(key, defaults));
        for (SplitPane.Divider divider : split.getDividers()) {
            divider.positionProperty().addListener((o, old, p) -> prefs.saveDividers(key, split.getDividerPositions()));
        }
    }

    // ---- menus --------------------------------------------------------------------------------

    private MenuBar menu() {
        boolean readOnly = workbench.context.isReadOnly();
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : prefs.recentProjects()) {
                recent.getItems().add(item(p.getFileName() + "  —  " + p.getParent(), null, () -> actions.open(p)));
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none yet)");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem("(none yet)"));
        MenuItem importItem = item("Import Documents…", "Shortcut+Shift+I", this::chooseAndImport);
        importItem.setDisable(readOnly);
        Menu file = new Menu("File", null,
                item("New Project…", "Shortcut+N", actions::newProject),
                item("Open Project…", "Shortcut+O", actions::openProject),
                recent,
                item("Open Demo Project", null, actions::openDemo),
                new SeparatorMenuItem(),
                item("Backups…", null, actions::backups),
                item("Coder…", null, this::chooseCoder),
                new SeparatorMenuItem(),
                importItem,
                item("Export for Thesis…", "Shortcut+Shift+E",
                        () -> org.thematica.ui.figures.ThesisExportDialog.show(getScene().getWindow(), workbench.context)),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", actions::quit));

        MenuItem undo = item("Undo", "Shortcut+Z", model::undo);
        undo.textProperty().bind(Bindings.when(model.undoLabelProperty().isNull()).then("Undo")
                .otherwise(Bindings.concat("Undo ", model.undoLabelProperty())));
        undo.disableProperty().bind(model.undoLabelProperty().isNull());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", model::redo);
        redo.textProperty().bind(Bindings.when(model.redoLabelProperty().isNull()).then("Redo")
                .otherwise(Bindings.concat("Redo ", model.redoLabelProperty())));
        redo.disableProperty().bind(model.redoLabelProperty().isNull());
        Menu edit = new Menu("Edit", null, undo, redo,
                item("History…", "Shortcut+H", () -> org.thematica.ui.history.HistoryWindow.show(getScene().getWindow(),
                        workbench.context)),
                new SeparatorMenuItem(),
                item("Find in Document", "Shortcut+F", () -> workbench.transcript.openFindBar()),
                item("Search All Documents", "Shortcut+Shift+F", this::openSearch));

        TranscriptPane t = workbench.transcript;
        CheckMenuItem snap = new CheckMenuItem("Snap Selection to Words");
        snap.selectedProperty().bindBidirectional(workbench.transcript.snapToWordsProperty());
        Menu code = new Menu("Code", null,
                item("Apply Code to Selection…", "Shortcut+K", t::findCode),
                item("Code in Vivo", "Shortcut+I", t::inVivo),
                new SeparatorMenuItem(), snap,
                new SeparatorMenuItem(),
                item("Project Journal (Memo)", null, () -> workbench.context.openMemo(
                        org.thematica.model.MemoTarget.PROJECT, 0, "the project (reflexive journal)")));
        code.getItems().forEach(i -> i.setDisable(i.isDisable() || readOnly && !(i instanceof CheckMenuItem)));

        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setSelected(prefs.dark());
        dark.selectedProperty().addListener((o, old, on) -> {
            prefs.dark(on);
            applyLook(getScene());
        });
        Menu view = new Menu("View", null,
                item("Agreement Between Coders…", null, () -> org.thematica.ui.agreement.AgreementWindow.show(
                        getScene().getWindow(), workbench.context)),
                new SeparatorMenuItem(),
                item("Larger Text", "Shortcut+EQUALS", () -> zoom(1)),
                item("Smaller Text", "Shortcut+MINUS", () -> zoom(-1)),
                item("Normal Text Size", "Shortcut+DIGIT0", () -> zoom(0)),
                new SeparatorMenuItem(), dark,
                new SeparatorMenuItem(),
                item("Review Codings…", "Shortcut+Shift+R", () -> openReview(new org.thematica.ui.workbench.ReviewRequest(
                        org.thematica.service.ReviewQueue.State.UNREVIEWED, null))),
                item("Review Threads Waiting for an Answer…", null, () -> openReview(
                        new org.thematica.ui.workbench.ReviewRequest(org.thematica.service.ReviewQueue.State.OPEN, null))));

        Menu help = new Menu("Help", null,
                item("Keyboard Shortcuts", "F1", () -> ShortcutsDialog.show(getScene().getWindow())),
                item("About Thematica", null, this::about));
        MenuBar bar = new MenuBar(file, edit, code, view, help);
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

    /** The review screen, in its own window; made on first use. */
    private void openReview(org.thematica.ui.workbench.ReviewRequest request) {
        if (review == null) {
            review = new org.thematica.ui.review.ReviewWindow(workbench.context, getScene().getWindow());
        }
        review.show(request);
    }

    /** The review window, once opened (tests drive it). */
    public java.util.Optional<org.thematica.ui.review.ReviewWindow> reviewWindow() {
        return java.util.Optional.ofNullable(review);
    }

    private void chooseCoder() {
        String current = model.coderProperty().get();
        model.knownCoders(known -> CoderDialog.show(getScene().getWindow(), current, known).ifPresent(choice -> {
            // a colour is recorded only when changed, so choosing a name alone leaves no step to undo
            Runnable colour = () -> {
                if (!choice.colour().equalsIgnoreCase(known.colourOf(choice.name()))) { // hex digits in either case
                    model.colourCoder(choice.name(), choice.colour());
                }
            };
            if (choice.name().equals(current)) {
                colour.run();
            } else {
                model.switchCoder(choice.name(), () -> {
                    prefs.coderName(choice.name());
                    colour.run();
                });
            }
        }));
    }

    private void openSearch() {
        dock.getSelectionModel().select(searchTab);
        workbench.search.node().requestFocus();
    }

    private void zoom(int direction) {
        double size = direction == 0 ? 13 : Math.max(9, Math.min(28, prefs.fontSize() + direction));
        prefs.fontSize(size);
        applyLook(getScene());
    }

    /** Applies the remembered text size and theme to the scene. */
    public void applyLook(Scene scene) {
        if (scene == null) {
            return;
        }
        setStyle("-fx-font-size: " + prefs.fontSize() + "px;");
        String darkCss = MainView.class.getResource("/org/thematica/ui/dark.css").toExternalForm();
        scene.getStylesheets().remove(darkCss);
        if (prefs.dark()) {
            scene.getStylesheets().add(darkCss);
        }
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "Thematica: a workbench for qualitative thematic"
                + " analysis.\nFree software under the GNU GPL, version 3 or later.\nEverything you do is saved in the"
                + " project file as you work; Edit ▸ Undo takes back any change, even after a restart.");
        alert.setHeaderText("Thematica");
        alert.initOwner(getScene().getWindow());
        alert.showAndWait();
    }

    // ---- import -------------------------------------------------------------------------------

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import documents");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Documents",
                Importers.supportedExtensions().stream().map(x -> "*" + (x.startsWith(".") ? x : "." + x)).toList()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = FileDialogs.openMultiple(chooser, getScene().getWindow(), workbench.context::afterFileDialog);
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** Asks whether the files are interviews or sources, then imports them in the background. */
    public void importFiles(List<Path> files) {
        if (workbench.context.isReadOnly()) {
            workbench.context.say("This project is open read-only.");
            return;
        }
        ChoiceDialog<String> kind = new ChoiceDialog<>("Interviews", List.of("Interviews", "Secondary sources"));
        kind.setTitle("Import documents");
        kind.setHeaderText("Import " + files.size() + " file(s) as:");
        kind.initOwner(getScene().getWindow());
        kind.showAndWait().ifPresent(choice -> model.importFiles(files,
                choice.equals("Interviews") ? DocumentKind.INTERVIEW : DocumentKind.SOURCE, this::showImportSummary));
    }

    private void showImportSummary(MainViewModel.ImportSummary summary) {
        StringBuilder text = new StringBuilder();
        for (var i : summary.imported()) {
            text.append("✓ ").append(i.name()).append("  (").append(i.format())
                    .append(i.encoding() == null ? "" : ", " + i.encoding()).append(", ").append(i.words())
                    .append(" words").append(i.turns() > 0 ? ", " + i.turns() + " speaker turns" : "").append(")\n");
            for (String w : i.warnings()) {
                text.append("    ⚠ ").append(i.file().getFileName()).append(": ").append(w).append('\n');
            }
        }
        for (String f : summary.failures()) {
            text.append("✗ ").append(f).append('\n');
        }
        if (summary.error() != null && summary.failures().isEmpty()) {
            text.append(summary.error()).append('\n');
        }
        boolean clean = summary.error() == null && summary.failures().isEmpty()
                && summary.imported().stream().allMatch(i -> i.warnings().isEmpty());
        if (clean && summary.imported().size() <= 3) {
            return; // the status line has said it; no dialog to dismiss
        }
        Alert alert = new Alert(summary.imported().isEmpty() ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION,
                "", ButtonType.OK);
        alert.setTitle("Import");
        alert.setHeaderText(summary.imported().size() + " imported, " + summary.failures().size() + " not imported");
        TextArea details = new TextArea(text.toString());
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefSize(560, 260);
        alert.getDialogPane().setContent(details);
        alert.initOwner(getScene().getWindow());
        alert.show();
    }

    // ---- status bar ---------------------------------------------------------------------------

    private HBox statusBar() {
        Label message = new Label();
        message.setId("status");
        message.textProperty().bind(workbench.context.messageProperty());
        Label summary = new Label();
        summary.setId("summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.importProgressProperty());
        progress.setPrefWidth(120);
        Label importing = new Label();
        importing.textProperty().bind(model.importMessageProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> model.cancelImport());
        HBox job = new HBox(6, importing, progress, cancel);
        job.setAlignment(Pos.CENTER_LEFT);
        job.visibleProperty().bind(model.importingProperty());
        job.managedProperty().bind(model.importingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.Hyperlink coder = new javafx.scene.control.Hyperlink();
        coder.setId("coder");
        coder.textProperty().bind(Bindings.concat("coder: ", model.coderProperty()));
        coder.setTooltip(new javafx.scene.control.Tooltip("Who is coding now (File ▸ Coder…)"));
        coder.setOnAction(e -> chooseCoder());
        javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
        swatch.setId("coder-swatch");
        swatch.setMinSize(10, 10);
        swatch.setMaxSize(10, 10);
        swatch.styleProperty().bind(Bindings.concat("-fx-background-color: ", model.coderColourProperty(),
                "; -fx-background-radius: 2;"));
        coder.setGraphic(swatch);
        HBox bar = new HBox(10, message, spacer, job, summary, coder);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
    }

    public Workbench workbench() {
        return workbench;
    }
}
