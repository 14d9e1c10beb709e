package org.thematica.ui.shell;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.thematica.model.DocumentKind;
import org.thematica.service.WorkspaceService.DocumentRow;

/** Documents grouped into interviews and secondary sources, with their case and how much is coded. */
final class DocumentsPane extends VBox {
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("documents"));
    private Long selected;

    DocumentsPane(LongConsumer onOpen) {
        getStyleClass().add("side-pane");
        Label title = new Label("Documents");
        title.getStyleClass().add("pane-title");
        tree.setShowRoot(false);
        tree.setId("documents");
        tree.setCellFactory(t -> new DocumentCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && item.getValue() instanceof DocumentRow row
                    && (selected == null || selected != row.document().id())) {
                selected = row.document().id();
                onOpen.accept(row.document().id());
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(title, tree);
    }

    void show(List<DocumentRow> rows) {
        TreeItem<Object> interviews = group("Interviews", rows, DocumentKind.INTERVIEW);
        TreeItem<Object> sources = group("Secondary sources", rows, DocumentKind.SOURCE);
        tree.getRoot().getChildren().setAll(interviews, sources);
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : group.getChildren()) {
                if (selected != null && ((DocumentRow) item.getValue()).document().id() == selected) {
                    tree.getSelectionModel().select(item);
                }
            }
        }
    }

    /** Selects the first document when none is selected yet, so a new window shows some text. */
    void selectFirstIfNone() {
        if (selected == null && !tree.getRoot().getChildren().isEmpty()) {
            for (TreeItem<Object> group : tree.getRoot().getChildren()) {
                if (!group.getChildren().isEmpty()) {
                    tree.getSelectionModel().select(group.getChildren().get(0));
                    return;
                }
            }
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
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("group-cell");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof DocumentRow row) {
                Label name = new Label(row.document().name());
                name.getStyleClass().add("document-name");
                Label cases = new Label(String.join(", ", row.cases()));
                cases.getStyleClass().add("muted");
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                ProgressBar coded = new ProgressBar(row.coded());
                coded.getStyleClass().add("coded-bar");
                Label percent = new Label(Math.round(row.coded() * 100) + "%");
                percent.getStyleClass().add("muted");
                HBox line = new HBox(6, name, spacer, cases, coded, percent);
                line.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(line);
            } else {
                getStyleClass().add("group-cell");
                setText(item.toString());
                setGraphic(null);
            }
        }
    }
}
