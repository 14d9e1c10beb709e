package org.thematica.ui.codebook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.thematica.model.ParentChain;
import org.thematica.service.WorkspaceService.CodeRow;
import org.thematica.service.WorkspaceService.Codebook;
import org.thematica.service.WorkspaceService.ThemeRow;
import org.thematica.ui.workbench.Dockable;

/**
 * The codebook (codes and sub-codes with counts) above the themes (with their codes). Choosing
 * a code or theme selects it everywhere; double-clicking a code, pressing Enter on it, or
 * dragging it onto the text applies it to the selected passage. Right-click (or the keys shown
 * in the menus) edits codes and themes; dragging a code onto a code, below the codes, or onto a
 * theme re-parents it or groups it. After each edit the trees are rebuilt from a fresh read,
 * keeping what was selected and expanded.
 */
public final class CodebookPane extends SplitPane implements Dockable {
    private final CodebookViewModel model;
    private final TreeView<Object> codes = new TreeView<>(new TreeItem<>("codes"));
    private final TreeView<Object> themes = new TreeView<>(new TreeItem<>("themes"));
    private final CodebookActions actions;
    private final CodebookMenus menus;
    private final Map<Long, TreeItem<Object>> codeItems = new HashMap<>();
    private final Map<Long, TreeItem<Object>> themeItems = new HashMap<>();
    /** True while a rebuild restores the selection: that is not the user choosing anything. */
    private boolean restoring;

    public CodebookPane(CodebookViewModel model) {
        this.model = model;
        this.actions = new CodebookActions(model, this::window);
        this.menus = new CodebookMenus(model, actions);
        setOrientation(Orientation.VERTICAL);
        getStyleClass().addAll("side-pane", "codebook-pane");
        codes.setShowRoot(false);
        codes.setId("codes");
        themes.setShowRoot(false);
        themes.setId("themes");
        codes.setCellFactory(t -> new CodebookCell(model, menus, false));
        themes.setCellFactory(t -> new CodebookCell(model, menus, true));
        getItems().addAll(titled("Codebook", codes, "new-code", "New code (Ctrl+Shift+N)", () -> actions.newCode(null)),
                titled("Themes", themes, "new-theme", "New theme", actions::newTheme));
        setDividerPositions(0.55);
        codes.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (!restoring && item != null && item.getValue() instanceof CodeRow r) {
                model.chooseCode(r.code().id());
            }
        });
        themes.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (restoring || item == null) {
                return;
            }
            if (item.getValue() instanceof ThemeRow t) {
                model.chooseTheme(t.theme().id());
            } else if (item.getValue() instanceof CodeRow r) {
                model.chooseCode(r.code().id());
            }
        });
        // a click on the row that is already chosen asks for its passages again (no selection change)
        codes.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            TreeItem<Object> item = codes.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 1 && e.getButton() == javafx.scene.input.MouseButton.PRIMARY && item != null
                    && item.getValue() instanceof CodeRow r && r.code().id() == orZero(model.context().selection()
                    .codeProperty().get())) {
                model.chooseCode(r.code().id());
            }
        });
        themes.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            TreeItem<Object> item = themes.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 1 && e.getButton() == javafx.scene.input.MouseButton.PRIMARY && item != null
                    && item.getValue() instanceof ThemeRow t && t.theme().id() == orZero(model.context().selection()
                    .themeProperty().get())) {
                model.chooseTheme(t.theme().id());
            }
        });
        codes.addEventHandler(KeyEvent.KEY_PRESSED, this::codesKey);
        themes.addEventHandler(KeyEvent.KEY_PRESSED, this::themesKey);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (CodebookMenus.NEW_CODE.match(e)) {
                actions.newCode(null);
                e.consume();
            }
        });
        keyboardMenu(codes, false);
        keyboardMenu(themes, true);
        dropBelowCodes();
        model.setOnProblem(problem -> CodebookDialogs.problem(window(), problem));
        model.codebookProperty().addListener((o, old, book) -> show(book));
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
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

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private VBox titled(String title, TreeView<Object> tree, String buttonId, String tip, Runnable add) {
        Label label = new Label(title);
        label.getStyleClass().add("pane-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button plus = new Button("+");
        plus.setId(buttonId);
        plus.getStyleClass().addAll("small-button", "add-button");
        plus.setTooltip(new Tooltip(tip));
        plus.setFocusTraversable(false);
        plus.setDisable(!model.canEdit());
        plus.setOnAction(e -> add.run());
        HBox header = new HBox(label, spacer, plus);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("codebook-header");
        VBox.setVgrow(tree, Priority.ALWAYS);
        return new VBox(header, tree);
    }

    /** The current name of the code a drag carries (by id), or null. */
    private String dragged(javafx.scene.input.DragEvent e) {
        Long id = org.thematica.ui.workbench.Dnd.codeId(e.getDragboard());
        return id == null ? null : model.codeName(id);
    }

    // ---- keys and menus -----------------------------------------------------------------------

    private void codesKey(KeyEvent e) {
        TreeItem<Object> item = codes.getSelectionModel().getSelectedItem();
        if (!(item != null && item.getValue() instanceof CodeRow row)) {
            return;
        }
        String name = row.code().name();
        if (CodebookMenus.APPLY.match(e)) {
            model.applyCode(row.code().id());
        } else if (CodebookMenus.RENAME.match(e)) {
            actions.renameCode(name);
        } else if (isDelete(e)) {
            actions.deleteCode(name);
        } else {
            return;
        }
        e.consume();
    }

    /** In the themes tree, Delete on a code takes it out of the theme; the code stays in the codebook. */
    private void themesKey(KeyEvent e) {
        TreeItem<Object> item = themes.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof ThemeRow t) {
            if (CodebookMenus.RENAME.match(e)) {
                actions.renameTheme(t.theme().name());
            } else if (isDelete(e)) {
                actions.deleteTheme(t.theme().name());
            } else {
                return;
            }
        } else if (item.getValue() instanceof CodeRow r && item.getParent().getValue() instanceof ThemeRow t) {
            if (CodebookMenus.APPLY.match(e)) {
                model.applyCode(r.code().id());
            } else if (CodebookMenus.RENAME.match(e)) {
                actions.renameCode(r.code().name());
            } else if (isDelete(e)) {
                model.removeFromTheme(r.code().name(), t.theme().name());
            } else {
                return;
            }
        } else {
            return;
        }
        e.consume();
    }

    /** Delete, or Backspace, which is what the Mac keyboard's delete key sends. */
    private static boolean isDelete(KeyEvent e) {
        return CodebookMenus.DELETE.match(e) || CodebookMenus.BACKSPACE.match(e);
    }

    /** The menu key or Shift+F10 opens the menu of the selected row, beside it. */
    private void keyboardMenu(TreeView<Object> tree, boolean themesTree) {
        tree.setOnContextMenuRequested(e -> {
            TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
            ThemeRow under = item != null && item.getParent() != null && item.getParent().getValue() instanceof ThemeRow t
                    ? t : null;
            Node anchor = tree;
            for (Node n : tree.lookupAll(".tree-cell")) {
                if (n instanceof TreeCell<?> c && !c.isEmpty() && c.getTreeItem() == item) {
                    anchor = c;
                }
            }
            Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
            menus.show(tree, b.getMinX() + 24, b.getMaxY(), item == null ? null : item.getValue(), under, themesTree);
            e.consume();
        });
    }

    /** Below the last row (where no cell catches the drop), a code becomes top-level. */
    private void dropBelowCodes() {
        codes.setOnDragOver(e -> {
            String code = dragged(e);
            if (code != null && model.canMakeTopLevel(code).allowed()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        codes.setOnDragDropped(e -> {
            String code = dragged(e);
            if (code != null) {
                model.dropOnEmpty(code);
            }
            e.setDropCompleted(code != null);
            e.consume();
        });
    }

    // ---- showing ------------------------------------------------------------------------------

    private void show(Codebook book) {
        CodebookViewModel.Focus focus = model.takeFocus();
        Long selectedCode = codeIdOf(codes.getSelectionModel().getSelectedItem());
        TreeItem<Object> themeSelection = themes.getSelectionModel().getSelectedItem();
        Long selectedTheme = themeIdOf(themeSelection);
        Long selectedThemeCode = themeSelection != null && themeSelection.getValue() instanceof CodeRow
                ? codeIdOf(themeSelection) : null;
        Set<Long> collapsed = new HashSet<>();
        codeItems.forEach((id, item) -> {
            if (!item.isExpanded()) {
                collapsed.add(id);
            }
        });
        Set<Long> expanded = new HashSet<>();
        themeItems.forEach((id, item) -> {
            if (item.isExpanded()) {
                expanded.add(id);
            }
        });
        restoring = true;
        try {
            rebuildCodes(book, collapsed);
            rebuildThemes(book, expanded);
            select(codes, selectedCode == null ? null : codeItems.get(selectedCode));
            TreeItem<Object> theme = selectedTheme == null ? null : themeItems.get(selectedTheme);
            if (theme != null && selectedThemeCode != null) {
                theme = theme.getChildren().stream().filter(c -> selectedThemeCode.equals(codeIdOf(c))).findFirst()
                        .orElse(theme);
            }
            select(themes, theme);
        } finally {
            restoring = false;
        }
        if (focus != null) {
            reveal(focus);
        }
    }

    private void rebuildCodes(Codebook book, Set<Long> collapsed) {
        codeItems.clear();
        for (CodeRow r : book.codes()) {
            TreeItem<Object> item = new TreeItem<>(r);
            item.setExpanded(!collapsed.contains(r.code().id()));
            codeItems.put(r.code().id(), item);
        }
        codes.getRoot().getChildren().clear();
        Map<Long, Long> parents = new HashMap<>();
        book.codes().forEach(r -> parents.put(r.code().id(), r.code().parentId()));
        Set<Long> looped = ParentChain.onLoops(parents);
        for (CodeRow r : book.codes()) {
            Long parent = ParentChain.shownParent(r.code().id(), parents, looped);
            TreeItem<Object> home = parent != null && codeItems.containsKey(parent) ? codeItems.get(parent)
                    : codes.getRoot();
            home.getChildren().add(codeItems.get(r.code().id()));
        }
    }

    private void rebuildThemes(Codebook book, Set<Long> expanded) {
        Map<Long, CodeRow> byId = new HashMap<>();
        for (CodeRow r : book.codes()) {
            byId.put(r.code().id(), r);
        }
        themeItems.clear();
        themes.getRoot().getChildren().clear();
        for (ThemeRow t : book.themes()) {
            TreeItem<Object> item = new TreeItem<>(t);
            item.setExpanded(expanded.contains(t.theme().id()));
            for (long codeId : t.codeIds()) {
                if (byId.containsKey(codeId)) {
                    item.getChildren().add(new TreeItem<>(byId.get(codeId)));
                }
            }
            themeItems.put(t.theme().id(), item);
            themes.getRoot().getChildren().add(item);
        }
    }

    /** Selects what was just created, as if the user had chosen it, so F2 or a drag can follow. */
    private void reveal(CodebookViewModel.Focus focus) {
        TreeView<Object> tree = focus.theme() ? themes : codes;
        for (TreeItem<Object> item : (focus.theme() ? themeItems : codeItems).values()) {
            String name = item.getValue() instanceof CodeRow r ? r.code().name()
                    : item.getValue() instanceof ThemeRow t ? t.theme().name() : null;
            if (focus.name().equals(name)) {
                for (TreeItem<Object> up = item.getParent(); up != null; up = up.getParent()) {
                    up.setExpanded(true);
                }
                tree.getSelectionModel().select(item);
                tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
                tree.requestFocus();
                return;
            }
        }
    }

    private static void select(TreeView<Object> tree, TreeItem<Object> item) {
        if (item == null) {
            tree.getSelectionModel().clearSelection();
        } else {
            tree.getSelectionModel().select(item);
        }
    }

    private static Long codeIdOf(TreeItem<Object> item) {
        return item != null && item.getValue() instanceof CodeRow r ? r.code().id() : null;
    }

    /** The theme of a theme row, or of the theme a code row sits under. */
    private static Long themeIdOf(TreeItem<Object> item) {
        if (item == null) {
            return null;
        }
        if (item.getValue() instanceof ThemeRow t) {
            return t.theme().id();
        }
        return item.getParent() != null && item.getParent().getValue() instanceof ThemeRow t ? t.theme().id() : null;
    }

    /** Whether the codebook shows its codes (the window counts as usable from then on). */
    public boolean isFilled() {
        return !codes.getRoot().getChildren().isEmpty();
    }

    // ---- for tests ----------------------------------------------------------------------------

    TreeView<Object> codesTree() {
        return codes;
    }

    TreeView<Object> themesTree() {
        return themes;
    }

    CodebookMenus menus() {
        return menus;
    }
}
