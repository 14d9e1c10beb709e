package org.thematica.ui.documents;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.service.WorkspaceService.DocumentRow;
import org.thematica.ui.workbench.Dockable;

/**
 * Documents grouped into interviews and secondary sources, with their case and how much is coded.
 * A document's context menu (and F2, Delete) renames, reclassifies, deletes it or opens its memos.
 */
public final class DocumentsPane extends VBox implements Dockable {
    private static final KeyCombination RENAME = new KeyCodeCombination(KeyCode.F2);
    private static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);

    private final DocumentsViewModel model;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("documents"));
    private boolean updating;

    public DocumentsPane(DocumentsViewModel model) {
        this.model = model;
        getStyleClass().add("side-pane");
        Label title = new Label("Documents");
        title.getStyleClass().add("pane-title");
        tree.setShowRoot(false);
        tree.setId("documents");
        tree.setCellFactory(t -> new DocumentCell(this));
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (!updating && item != null && item.getValue() instanceof DocumentRow row) {
                model.open(row.document().id());
            }
        });
        tree.setOnKeyPressed(e -> {
            Optional<DocumentRow> row = selectedRow();
            if (row.isPresent() && RENAME.match(e)) {
                rename(row.get().document());
            } else if (row.isPresent() && DELETE.match(e)) {
                delete(row.get());
            } else {
                return;
            }
            e.consume();
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(title, tree);
        model.rowsProperty().addListener((o, old, rows) -> show(rows));
        model.context().selection().documentProperty().addListener((o, old, id) -> select(id));
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

    private Optional<DocumentRow> selectedRow() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof DocumentRow row ? Optional.of(row) : Optional.empty();
    }

    // ---- actions ------------------------------------------------------------------------------

    private void rename(Document d) {
        if (model.isReadOnly()) {
            model.context().say("This project is open read-only.");
            return;
        }
        TextInputDialog ask = new TextInputDialog(d.name());
        ask.setTitle("Rename document");
        ask.setHeaderText("Rename '" + d.name() + "' to:");
        ask.getEditor().setId("rename-document");
        ask.initOwner(getScene().getWindow());
        ask.showAndWait().ifPresent(name -> model.rename(d, name));
    }

    private void delete(DocumentRow row) {
        if (model.isReadOnly()) {
            model.context().say("This project is open read-only.");
            return;
        }
        Document d = row.document();
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, (row.codings() == 0 ? "It has no codings."
                : row.codings() == 1 ? "Its 1 coding goes with it." : "Its " + row.codings() + " codings go with it.")
                + " Edit ▸ Undo brings it back.", delete, ButtonType.CANCEL);
        ask.setTitle("Delete document");
        ask.setHeaderText("Delete '" + d.name() + "'?");
        ask.initOwner(getScene().getWindow());
        ask.showAndWait().filter(delete::equals).ifPresent(b -> model.delete(d));
    }

    private ContextMenu menu(DocumentCell cell) {
        MenuItem memo = new MenuItem("Memos on this document…");
        memo.setId("document-memo");
        MenuItem rename = new MenuItem("Rename…");
        rename.setId("document-rename");
        rename.setAccelerator(RENAME);
        MenuItem kind = new MenuItem();
        kind.setId("document-kind");
        MenuItem delete = new MenuItem("Delete…");
        delete.setId("document-delete");
        delete.setAccelerator(DELETE);
        ContextMenu menu = new ContextMenu(memo, new SeparatorMenuItem(), rename, kind, new SeparatorMenuItem(), delete);
        boolean readOnly = model.isReadOnly();
        rename.setDisable(readOnly);
        kind.setDisable(readOnly);
        delete.setDisable(readOnly);
        memo.setOnAction(e -> cell.row().ifPresent(r -> model.openMemo(r.document())));
        rename.setOnAction(e -> cell.row().ifPresent(r -> rename(r.document())));
        kind.setOnAction(e -> cell.row().ifPresent(r -> model.setKind(r.document(),
                r.document().kind() == DocumentKind.INTERVIEW ? DocumentKind.SOURCE : DocumentKind.INTERVIEW)));
        delete.setOnAction(e -> cell.row().ifPresent(this::delete));
        return menu;
    }

    // ---- showing ------------------------------------------------------------------------------

    private void show(List<DocumentRow> rows) {
        updating = true;
        try {
            tree.getRoot().getChildren().setAll(group("Interviews", rows, DocumentKind.INTERVIEW),
                    group("Secondary sources", rows, DocumentKind.SOURCE));
        } finally {
            updating = false;
        }
        Long open = model.context().selection().documentProperty().get();
        if (open == null && !rows.isEmpty()) {
            // a new window shows some text at once: the first interview (or source)
            rows.stream().filter(r -> r.document().kind() == DocumentKind.INTERVIEW).findFirst()
                    .or(() -> rows.stream().findFirst())
                    .ifPresent(r -> model.open(r.document().id()));
        } else {
            select(open);
        }
    }

    private void select(Long id) {
        updating = true;
        try {
            for (TreeItem<Object> group : tree.getRoot().getChildren()) {
                for (TreeItem<Object> item : group.getChildren()) {
                    if (id != null && ((DocumentRow) item.getValue()).document().id() == id) {
                        tree.getSelectionModel().select(item);
                        return;
                    }
                }
            }
        } finally {
            updating = false;
        }
    }

    private static TreeItem<Object> group(String name, List<DocumentRow> rows, DocumentKind kind) {
        List<DocumentRow> members = rows.stream().filter(r -> r.document().kind() == kind).toList();
        TreeItem<Object> group = new TreeItem<>(name + " (" + members.size() + ")");
        group.setExpanded(true);
        for (DocumentRow r : members) {
            group.getChildren().add(new TreeItem<>(r));
        }
        return group;
    }

    private static final class DocumentCell extends TreeCell<Object> {
        private final ContextMenu menu;

        DocumentCell(DocumentsPane pane) {
            setPrefWidth(0); // fit the pane: long names shorten with an ellipsis, no sideways scrolling
            menu = pane.menu(this);
        }

        Optional<DocumentRow> row() {
            return getItem() instanceof DocumentRow row ? Optional.of(row) : Optional.empty();
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("group-cell");
            setTooltip(null);
            setContextMenu(item instanceof DocumentRow && !empty ? menu : null);
            if (item instanceof DocumentRow row) {
                menu.getItems().stream().filter(i -> "document-kind".equals(i.getId())).findFirst()
                        .ifPresent(kind -> kind.setText(row.document().kind() == DocumentKind.INTERVIEW
                                ? "Make secondary source" : "Make interview"));
            }
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof DocumentRow row) {
                Label name = new Label(row.document().name());
                name.getStyleClass().add("document-name");
                name.setMinWidth(40);
                Label cases = new Label(String.join(", ", row.cases()));
                cases.getStyleClass().add("muted");
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                ProgressBar coded = new ProgressBar(row.coded());
                coded.getStyleClass().add("coded-bar");
                Label percent = new Label(Math.round(row.coded() * 100) + "%");
                percent.getStyleClass().add("muted");
                percent.setMinWidth(Region.USE_PREF_SIZE);
                coded.setMinWidth(Region.USE_PREF_SIZE);
                cases.setMinWidth(0);
                HBox line = new HBox(6, name, spacer, cases, coded, percent);
                line.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(line);
                setTooltip(new Tooltip(row.document().name() + "\n" + row.document().wordCount() + " words, "
                        + row.codings() + " codings, " + Math.round(row.coded() * 100) + "% of the text coded"
                        + (row.cases().isEmpty() ? "" : "\ncase: " + String.join(", ", row.cases()))
                        + "\nimported from " + row.document().format() + (row.document().origin() == null ? ""
                        : ": " + row.document().origin())));
            } else {
                getStyleClass().add("group-cell");
                setText(item.toString());
                setGraphic(null);
            }
        }
    }
}
