package org.thematica.ui.codebook;

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
import org.thematica.ui.workbench.Dnd;
import org.thematica.ui.workbench.Dockable;

/**
 * The codebook (codes and sub-codes with counts) above the themes (with their codes). Choosing
 * a code or theme selects it everywhere; double-clicking a code, or dragging it onto the text,
 * applies it to the selected passage.
 */
public final class CodebookPane extends SplitPane implements Dockable {
    private final CodebookViewModel model;
    private final TreeView<Object> codes = new TreeView<>(new TreeItem<>("codes"));
    private final TreeView<Object> themes = new TreeView<>(new TreeItem<>("themes"));

    public CodebookPane(CodebookViewModel model) {
        this.model = model;
        setOrientation(Orientation.VERTICAL);
        getStyleClass().add("side-pane");
        codes.setShowRoot(false);
        codes.setId("codes");
        themes.setShowRoot(false);
        themes.setId("themes");
        codes.setCellFactory(t -> new Cell(model));
        themes.setCellFactory(t -> new Cell(model));
        getItems().addAll(titled("Codebook", codes), titled("Themes", themes));
        setDividerPositions(0.55);
        codes.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && item.getValue() instanceof CodeRow r) {
                model.chooseCode(r.code().id());
            }
        });
        themes.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && item.getValue() instanceof ThemeRow t) {
                model.chooseTheme(t.theme().id());
            } else if (item != null && item.getValue() instanceof CodeRow r) {
                model.chooseCode(r.code().id());
            }
        });
        codes.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selectedCode() != null) {
                model.applyCode(selectedCode());
                e.consume();
            }
        });
        model.codebookProperty().addListener((o, old, book) -> show(book.codes(), book.themes()));
    }

    private String selectedCode() {
        TreeItem<Object> item = codes.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof CodeRow r ? r.code().name() : null;
    }

    @Override
    public javafx.scene.Node node() {
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

    private static VBox titled(String title, TreeView<Object> tree) {
        Label label = new Label(title);
        label.getStyleClass().add("pane-title");
        VBox.setVgrow(tree, Priority.ALWAYS);
        return new VBox(label, tree);
    }

    private void show(List<CodeRow> codeRows, List<ThemeRow> themeRows) {
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
        Cell(CodebookViewModel model) {
            setPrefWidth(0); // fit the pane: long names shorten with an ellipsis, no sideways scrolling
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() instanceof CodeRow r) {
                    model.applyCode(r.code().name());
                    e.consume();
                }
            });
            setOnDragDetected(e -> {
                if (getItem() instanceof CodeRow r) {
                    javafx.scene.input.Dragboard board = startDragAndDrop(javafx.scene.input.TransferMode.COPY);
                    javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                    content.put(Dnd.CODE, r.code().name());
                    content.putString(r.code().name());
                    board.setContent(content);
                    e.consume();
                }
            });
        }

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
            label.setMinWidth(40);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label counts = new Label(count);
            counts.getStyleClass().add("muted");
            counts.setMinWidth(Region.USE_PREF_SIZE);
            HBox box = new HBox(6, swatch, label, spacer);
            if (chip != null) {
                Label status = new Label(chip);
                status.getStyleClass().addAll("chip", "chip-" + chip);
                status.setMinWidth(Region.USE_PREF_SIZE);
                box.getChildren().add(status);
            }
            box.getChildren().add(counts);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }
    }
}
