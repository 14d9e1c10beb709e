package org.thematica.ui.documents;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.thematica.model.DocumentKind;
import org.thematica.service.WorkspaceService.DocumentRow;
import org.thematica.ui.workbench.Dockable;

/** Documents grouped into interviews and secondary sources, with their case and how much is coded. */
public final class DocumentsPane extends VBox implements Dockable {
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
        tree.setCellFactory(t -> new DocumentCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (!updating && item != null && item.getValue() instanceof DocumentRow row) {
                model.open(row.document().id());
            }
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
        DocumentCell() {
            setPrefWidth(0); // fit the pane: long names shorten with an ellipsis, no sideways scrolling
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("group-cell");
            setTooltip(null);
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
