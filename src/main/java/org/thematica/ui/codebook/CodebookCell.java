package org.thematica.ui.codebook;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.thematica.service.WorkspaceService.CodeRow;
import org.thematica.service.WorkspaceService.ThemeRow;
import org.thematica.ui.workbench.Dnd;

/**
 * One row of the codebook or the themes: colour, name, counts, and a tooltip with what does
 * not fit. A code row can be dragged: onto the text (applies it), onto another code (makes it a
 * sub-code), below the last code (makes it top-level), or onto a theme (adds it). The row under
 * the pointer shows whether it would take the drop.
 */
final class CodebookCell extends TreeCell<Object> {
    static final String DROP_TARGET = "drop-target";
    static final String DROP_REFUSED = "drop-refused";

    private final CodebookViewModel model;
    private final CodebookMenus menus;
    private final boolean themesTree;
    private final Tooltip tip = new Tooltip();
    /** The row the cell's nodes show (null: none). */
    private Object drawn;

    CodebookCell(CodebookViewModel model, CodebookMenus menus, boolean themesTree) {
        this.model = model;
        this.menus = menus;
        this.themesTree = themesTree;
        getStyleClass().add("codebook-cell");
        setPrefWidth(0); // fit the pane: long names shorten with an ellipsis, no sideways scrolling
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        tip.setShowDelay(Duration.millis(500));
        tip.setShowDuration(Duration.seconds(30));
        tip.setOnShowing(e -> tip.setText(tipText()));
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && getItem() instanceof CodeRow r) {
                model.applyCode(r.code().id());
                e.consume();
            }
        });
        setOnDragDetected(e -> {
            if (!isEmpty() && getItem() instanceof CodeRow r) {
                Dragboard board = startDragAndDrop(TransferMode.ANY);
                ClipboardContent content = new ClipboardContent();
                content.put(Dnd.CODE, r.code().id());
                content.putString(r.code().name());
                board.setContent(content);
                e.consume();
            }
        });
        setOnDragEntered(e -> {
            String code = dragged(e);
            if (code != null) {
                Drop drop = verdict(code);
                if (drop.allowed()) {
                    getStyleClass().add(DROP_TARGET);
                } else if (drop.reason() != null) {
                    getStyleClass().add(DROP_REFUSED);
                }
                if (drop.reason() != null) {
                    model.context().say(drop.reason());
                }
            }
        });
        setOnDragExited(e -> clearDropMarks());
        setOnDragOver(e -> {
            String code = dragged(e);
            if (code != null && verdict(code).allowed()) {
                e.acceptTransferModes(themesTree ? TransferMode.COPY : TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            String code = dragged(e);
            boolean done = code != null && drop(code);
            clearDropMarks();
            e.setDropCompleted(done);
            e.consume();
        });
        setOnContextMenuRequested(e -> {
            // anchored on the tree, not the cell: a popup inherits CSS from its owner, and the
            // selected row's white label style would otherwise turn the menu's text white
            menus.show(getTreeView(), e.getScreenX(), e.getScreenY(), isEmpty() ? null : getItem(), parentTheme(),
                    themesTree);
            e.consume();
        });
    }

    /** The name the dragged code has now, if the drag comes from a codebook (it carries the id). */
    String dragged(DragEvent e) {
        Long id = Dnd.codeId(e.getDragboard());
        return id == null ? null : model.codeName(id);
    }

    /** What dropping {@code code} on this row would do. */
    Drop verdict(String code) {
        Object item = isEmpty() ? null : getItem();
        if (themesTree) {
            ThemeRow theme = item instanceof ThemeRow t ? t : parentTheme();
            return theme == null ? Drop.quiet() : model.canAddToTheme(code, theme.theme().name());
        }
        return item instanceof CodeRow r ? model.canNest(code, r.code().name()) : model.canMakeTopLevel(code);
    }

    /** Carries out the drop; false if this row does not take it. */
    boolean drop(String code) {
        Object item = isEmpty() ? null : getItem();
        if (themesTree) {
            ThemeRow theme = item instanceof ThemeRow t ? t : parentTheme();
            if (theme == null) {
                return false;
            }
            model.dropOnTheme(code, theme.theme().name());
        } else if (item instanceof CodeRow r) {
            model.dropOnCode(code, r.code().name());
        } else {
            model.dropOnEmpty(code);
        }
        return true;
    }

    /** The theme a code row sits under, in the themes tree. */
    ThemeRow parentTheme() {
        TreeItem<Object> item = getTreeItem();
        if (isEmpty() || item == null || item.getParent() == null) {
            return null;
        }
        return item.getParent().getValue() instanceof ThemeRow t ? t : null;
    }

    private void clearDropMarks() {
        getStyleClass().removeAll(DROP_TARGET, DROP_REFUSED);
    }

    /**
     * The tree redraws every visible cell when any row's value changes (after each coding, when a
     * count moves); a row that looks the same keeps its nodes. What a row shows depends on its row
     * alone; its tip, which names other things (a parent, linked themes), is written when shown.
     */
    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        clearDropMarks();
        Object row = empty ? null : item;
        if (row != null && row.equals(drawn)) {
            return;
        }
        drawn = row;
        if (row instanceof CodeRow r) {
            String inThemes = r.themes().size() > 1 ? "  ·  in " + r.themes().size() + " themes" : "";
            setGraphic(line(r.code().colour(), r.code().name(), r.codings() + inThemes, null));
            setTooltip(tip);
        } else if (row instanceof ThemeRow t) {
            setGraphic(line(t.theme().colour(), t.theme().name(), t.codings() + " in " + t.documents() + " docs",
                    t.theme().status().key()));
            setTooltip(tip);
        } else {
            setGraphic(null);
            setTooltip(null);
        }
    }

    /** The tip for the row shown now, as the codebook is now. */
    private String tipText() {
        Object item = isEmpty() ? null : getItem();
        return item instanceof CodeRow r ? model.codeTip(r) : item instanceof ThemeRow t ? model.themeTip(t) : "";
    }

    private static HBox line(String colour, String name, String count, String chip) {
        Rectangle swatch = new Rectangle(11, 11, colourOf(colour));
        swatch.setArcWidth(3);
        swatch.setArcHeight(3);
        Label label = new Label(name);
        label.setMinWidth(40);
        label.setMnemonicParsing(false);
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

    private static Color colourOf(String colour) {
        try {
            return Color.web(colour);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Color.GRAY; // a colour typed into another tool's export must not break the row
        }
    }
}
