package org.thematica.ui.memos;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.ui.common.Debouncer;
import org.thematica.ui.memos.MemosViewModel.Entry;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The memos on one thing: the project's reflexive journal, or whatever a pane asked for
 * (a code, theme, document, case or coding). A list, newest first, beside an editor that saves
 * as the user types.
 */
public final class MemosPane extends VBox implements Dockable {
    private final MemosViewModel model;
    private final ListView<Entry> list = new ListView<>();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private boolean syncing;

    public MemosPane(WorkbenchContext context) {
        this(new MemosViewModel(context, Debouncer.fxScheduler()));
    }

    MemosPane(MemosViewModel model) {
        this.model = model;
        getStyleClass().add("memos-pane");
        boolean readOnly = model.isReadOnly();

        Label about = new Label();
        about.setId("memos-about");
        about.getStyleClass().add("pane-title");
        about.setMinWidth(0);
        about.textProperty().bind(Bindings.concat("Memos on ", model.aboutProperty()));
        Button hint = new Button();
        hint.setId("memos-hint");
        hint.getStyleClass().add("small-button");
        hint.setMaxWidth(260);
        hint.setMinWidth(80);
        HBox.setHgrow(hint, Priority.SOMETIMES); // when space is short, the hint shortens before the heading
        hint.textProperty().bind(Bindings.createStringBinding(() -> model.hintProperty().get() == null ? ""
                : "Memos on " + model.hintProperty().get().about(), model.hintProperty()));
        hint.tooltipProperty().bind(Bindings.createObjectBinding(() -> model.hintProperty().get() == null ? null
                : new Tooltip("Show the memos on " + model.hintProperty().get().about()), model.hintProperty()));
        hint.visibleProperty().bind(model.hintProperty().isNotNull());
        hint.managedProperty().bind(hint.visibleProperty());
        hint.setOnAction(e -> model.followHint());
        Button journal = new Button("← Journal");
        journal.setId("memos-journal");
        journal.getStyleClass().add("small-button");
        journal.setMinWidth(Region.USE_PREF_SIZE);
        journal.setTooltip(new Tooltip("Back to the project's reflexive journal"));
        journal.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.showingProperty().get().target() != MemoTarget.PROJECT, model.showingProperty()));
        journal.managedProperty().bind(journal.visibleProperty());
        journal.setOnAction(e -> model.showJournal());
        Button add = new Button("New memo");
        add.setId("memos-new");
        add.getStyleClass().add("small-button");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setDisable(readOnly);
        add.setOnAction(e -> model.newMemo(title::requestFocus)); // a title first; Tab goes on to the text
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, about, spacer, hint, journal, add);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 8, 0, 0));

        list.setId("memo-list");
        list.getStyleClass().add("memo-list");
        list.setCellFactory(l -> new MemoCell());
        Label empty = new Label();
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.concat("No memos on ", model.aboutProperty(), " yet.",
                readOnly ? "" : " “New memo” starts one."));
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, entry) -> {
            if (!syncing && entry != null) {
                model.select(entry.memo());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                confirmDelete();
                e.consume();
            }
        });
        model.entriesProperty().addListener((o, old, entries) -> showEntries(entries));
        model.selectedProperty().addListener((o, old, memo) -> selectRow(memo));

        SplitPane split = new SplitPane(list, editor(readOnly));
        split.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(list, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(header, split);
    }

    private Node editor(boolean readOnly) {
        title.setId("memo-title");
        title.getStyleClass().add("memo-title");
        title.setPromptText("Title");
        title.setEditable(!readOnly);
        title.textProperty().bindBidirectional(model.titleProperty());
        text.setId("memo-text");
        text.getStyleClass().add("memo-text");
        text.setWrapText(true);
        text.setEditable(!readOnly);
        text.setPromptText("Write here. Everything is saved as you type.");
        text.textProperty().bindBidirectional(model.textProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        // leaving the editor saves at once, whatever the pause
        title.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                model.flush();
            }
        });
        text.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                model.flush();
            }
        });

        Label state = new Label();
        state.setId("memo-save-state");
        state.getStyleClass().add("muted");
        state.textProperty().bind(model.saveStateProperty());
        Label meta = new Label();
        meta.getStyleClass().add("muted");
        meta.setMinWidth(0);
        meta.textProperty().bind(Bindings.createStringBinding(() -> {
            Memo m = model.selectedProperty().get();
            if (m == null) {
                return "";
            }
            String started = MemoText.when(m.created(), ZoneId.systemDefault());
            String changed = MemoText.when(m.modified(), ZoneId.systemDefault());
            return "Started " + started + (changed.equals(started) ? "" : " · changed " + changed);
        }, model.selectedProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button delete = new Button("Delete…");
        delete.setId("memo-delete");
        delete.getStyleClass().add("small-button");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.setDisable(readOnly);
        delete.setOnAction(e -> confirmDelete());
        HBox footer = new HBox(8, meta, spacer, state, delete);
        footer.setAlignment(Pos.CENTER_LEFT);
        VBox editor = new VBox(4, title, text, footer);
        editor.getStyleClass().add("memo-editor");
        editor.disableProperty().bind(model.selectedProperty().isNull());

        Label none = new Label(readOnly ? "Choose a memo on the left to read it."
                : "Choose a memo on the left, or start one with “New memo”.");
        none.getStyleClass().add("muted");
        none.setWrapText(true);
        none.visibleProperty().bind(model.selectedProperty().isNull());
        none.setMouseTransparent(true);
        StackPane.setAlignment(none, Pos.CENTER);
        StackPane stack = new StackPane(editor, none);
        stack.setMinWidth(160);
        return stack;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void activate() {
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    public MemosViewModel model() {
        return model;
    }

    private void showEntries(List<Entry> entries) {
        syncing = true;
        try {
            list.getItems().setAll(entries);
        } finally {
            syncing = false;
        }
        selectRow(model.selectedProperty().get());
    }

    private void selectRow(Memo memo) {
        syncing = true;
        try {
            if (memo == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).memo().id() == memo.id()) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void confirmDelete() {
        Memo memo = model.selectedProperty().get();
        if (memo == null || model.isReadOnly()) {
            return;
        }
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Edit ▸ Undo brings it back.", delete, ButtonType.CANCEL);
        ask.setTitle("Delete memo");
        ask.setHeaderText("Delete the memo “" + MemoText.heading(model.titleProperty().get(), model.textProperty().get()) + "”?");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.showAndWait().filter(delete::equals).ifPresent(b -> model.delete(memo));
    }

    /** Title, author and date, and the first lines of the text. */
    private static final class MemoCell extends ListCell<Entry> {
        private final Label heading = new Label();
        private final Label meta = new Label();
        private final Label preview = new Label();
        private final VBox box = new VBox(1, heading, meta, preview);

        MemoCell() {
            setPrefWidth(0); // fit the list: long titles shorten with an ellipsis
            heading.getStyleClass().add("memo-heading");
            meta.getStyleClass().add("muted");
            preview.getStyleClass().addAll("muted", "memo-preview");
            preview.setWrapText(true);
            preview.setMaxHeight(Region.USE_PREF_SIZE);
            heading.setMinWidth(0);
            meta.setMinWidth(0);
            preview.setMinWidth(0);
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Memo m = entry.memo();
            heading.setText(MemoText.heading(m.title(), m.text()));
            meta.setText(entry.author() + " · " + MemoText.when(m.created(), ZoneId.systemDefault()));
            String first = MemoText.preview(m, 2);
            preview.setText(first);
            preview.setVisible(!first.isEmpty());
            preview.setManaged(!first.isEmpty());
            setGraphic(box);
        }
    }
}
