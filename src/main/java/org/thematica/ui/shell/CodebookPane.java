package org.thematica.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.geometry.Orientation;
import org.thematica.service.WorkspaceService.CodeRow;
import org.thematica.service.WorkspaceService.ThemeRow;

/** The codebook (codes and sub-codes with counts) above the themes (with their codes). */
final class CodebookPane extends SplitPane {
    private final TreeView<Object> codes = new TreeView<>(new TreeItem<>("codes"));
    private final TreeView<Object> themes = new TreeView<>(new TreeItem<>("themes"));

    CodebookPane() {
        setOrientation(Orientation.VERTICAL);
        getStyleClass().add("side-pane");
        codes.setShowRoot(false);
        codes.setId("codes");
        themes.setShowRoot(false);
        themes.setId("themes");
        codes.setCellFactory(t -> new Cell());
        themes.setCellFactory(t -> new Cell());
        getItems().addAll(titled("Codebook", codes), titled("Themes", themes));
        setDividerPositions(0.55);
    }

    private static VBox titled(String title, TreeView<Object> tree) {
        Label label = new Label(title);
        label.getStyleClass().add("pane-title");
        VBox.setVgrow(tree, Priority.ALWAYS);
        return new VBox(label, tree);
    }

    void show(List<CodeRow> codeRows, List<ThemeRow> themeRows) {
        Map<Long, TreeItem<Object>> items = new HashMap<>();
        Map<Long, CodeRow> byId = new HashMap<>();
        for (CodeRow r : codeRows) {
            TreeItem<Object> item = new TreeItem<>(r);
            item.setExpanded(true);
            items.put(r.code().id(), item);
            byId.put(r.code().id(), r);
        }
        codes.getRoot().getChildren().clear();
        for (CodeRow r : codeRows) {
            Long parent = r.code().parentId();
            TreeItem<Object> home = parent != null && items.containsKey(parent) ? items.get(parent) : codes.getRoot();
            home.getChildren().add(items.get(r.code().id()));
        }
        themes.getRoot().getChildren().clear();
        for (ThemeRow t : themeRows) {
            TreeItem<Object> item = new TreeItem<>(t);
            for (long codeId : t.codeIds()) {
                if (byId.containsKey(codeId)) {
                    item.getChildren().add(new TreeItem<>(byId.get(codeId)));
                }
            }
            themes.getRoot().getChildren().add(item);
        }
    }

    private static final class Cell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else if (item instanceof CodeRow r) {
                String inThemes = r.themes().size() > 1 ? "  ·  in " + r.themes().size() + " themes" : "";
                setGraphic(line(r.code().colour(), r.code().name(), r.codings() + inThemes, null));
            } else if (item instanceof ThemeRow t) {
                setGraphic(line(t.theme().colour(), t.theme().name(), t.codings() + " in " + t.documents() + " docs",
                        t.theme().status().key()));
            }
        }

        private static HBox line(String colour, String name, String count, String chip) {
            Rectangle swatch = new Rectangle(11, 11, Color.web(colour));
            swatch.setArcWidth(3);
            swatch.setArcHeight(3);
            Label label = new Label(name);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label counts = new Label(count);
            counts.getStyleClass().add("muted");
            HBox box = new HBox(6, swatch, label, spacer);
            if (chip != null) {
                Label status = new Label(chip);
                status.getStyleClass().addAll("chip", "chip-" + chip);
                box.getChildren().add(status);
            }
            box.getChildren().add(counts);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }
    }
}
