package org.thematica.ui.codebook;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.thematica.model.ThemeStatus;
import org.thematica.service.WorkspaceService.CodeRow;
import org.thematica.service.WorkspaceService.ThemeRow;

/**
 * The context menus of the codebook and theme trees, built fresh for the row they open on so
 * they always match the last read. Editing items are disabled on a read-only project. The
 * accelerators shown are handled by the pane's key handlers: a menu shown by hand registers no
 * accelerators, so F2 or Delete elsewhere in the window never reaches the codebook.
 */
final class CodebookMenus {
    static final KeyCombination NEW_CODE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination RENAME = new KeyCodeCombination(KeyCode.F2);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination BACKSPACE = new KeyCodeCombination(KeyCode.BACK_SPACE);
    static final KeyCombination APPLY = new KeyCodeCombination(KeyCode.ENTER);

    private final CodebookViewModel model;
    private final CodebookActions actions;
    private ContextMenu showing;

    CodebookMenus(CodebookViewModel model, CodebookActions actions) {
        this.model = model;
        this.actions = actions;
    }

    /**
     * @param item       the row's value (a CodeRow or ThemeRow), or null for empty space
     * @param underTheme the theme a code row sits under in the themes tree, else null
     */
    void show(Node anchor, double screenX, double screenY, Object item, ThemeRow underTheme, boolean themesTree) {
        if (showing != null) {
            showing.hide();
        }
        showing = build(item, underTheme, themesTree);
        showing.show(anchor, screenX, screenY);
    }

    ContextMenu build(Object item, ThemeRow underTheme, boolean themesTree) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("codebook-menu");
        if (item instanceof CodeRow row) {
            menu.getItems().setAll(codeItems(row, underTheme, themesTree));
        } else if (item instanceof ThemeRow row) {
            menu.getItems().setAll(themeItems(row));
        } else if (themesTree) {
            menu.getItems().setAll(edit("New theme…", null, actions::newTheme));
        } else {
            menu.getItems().setAll(edit("New code…", NEW_CODE, () -> actions.newCode(null)));
        }
        return menu;
    }

    private List<MenuItem> codeItems(CodeRow row, ThemeRow underTheme, boolean themesTree) {
        String name = row.code().name();
        MenuItem apply = item("Apply to selection", APPLY, () -> model.applyCode(row.code().id()));
        apply.setDisable(!model.canEdit());
        List<MenuItem> items = new java.util.ArrayList<>(List.of(apply, new SeparatorMenuItem()));
        if (underTheme != null) {
            String theme = underTheme.theme().name();
            items.add(edit("Remove from theme '" + theme + "'", DELETE, () -> model.removeFromTheme(name, theme)));
            items.add(new SeparatorMenuItem());
        }
        if (!themesTree) {
            items.add(edit("New code…", NEW_CODE, () -> actions.newCode(null)));
        }
        items.add(edit("New sub-code…", null, () -> actions.newCode(name)));
        items.add(new SeparatorMenuItem());
        items.add(edit("Rename…", RENAME, () -> actions.renameCode(name)));
        items.add(edit("Recolour…", null, () -> actions.recolourCode(row)));
        items.add(edit("Edit description…", null, () -> actions.describeCode(row)));
        items.add(edit("Move under…", null, () -> actions.moveCode(name)));
        if (row.code().parentId() != null) {
            items.add(edit("Make top-level", null, () -> model.moveCode(name, null)));
        }
        items.add(edit("Merge into…", null, () -> actions.mergeCode(row)));
        items.add(new SeparatorMenuItem());
        items.add(addToTheme(name));
        if (!themesTree && !row.themes().isEmpty()) {
            Menu remove = new Menu("Remove from theme");
            for (String theme : row.themes()) {
                remove.getItems().add(edit(theme, null, () -> model.removeFromTheme(name, theme)));
            }
            remove.setDisable(!model.canEdit());
            items.add(remove);
        }
        items.add(new SeparatorMenuItem());
        items.add(item("Memo…", null, () -> model.memoCode(name)));
        items.add(new SeparatorMenuItem());
        items.add(edit(themesTree ? "Delete code…" : "Delete…", themesTree ? null : DELETE,
                () -> actions.deleteCode(name)));
        return items;
    }

    private Menu addToTheme(String code) {
        Menu add = new Menu("Add to theme");
        List<String> themes = model.themesWithout(code);
        for (String theme : themes) {
            add.getItems().add(edit(theme, null, () -> model.addToTheme(code, theme)));
        }
        if (themes.isEmpty()) {
            MenuItem none = new MenuItem(model.themeNames().isEmpty() ? "(no themes yet)" : "(in every theme)");
            none.setDisable(true);
            add.getItems().add(none);
        }
        add.setDisable(!model.canEdit());
        return add;
    }

    private List<MenuItem> themeItems(ThemeRow row) {
        String name = row.theme().name();
        Menu status = new Menu("Status");
        ToggleGroup group = new ToggleGroup();
        for (ThemeStatus s : ThemeStatus.values()) {
            RadioMenuItem choice = new RadioMenuItem(s.key());
            choice.setToggleGroup(group);
            choice.setSelected(row.theme().status() == s);
            choice.setOnAction(e -> Platform.runLater(() -> model.setStatus(name, s)));
            status.getItems().add(choice);
        }
        status.setDisable(!model.canEdit());
        List<MenuItem> items = new java.util.ArrayList<>(List.of(
                edit("New theme…", null, actions::newTheme),
                new SeparatorMenuItem(),
                edit("Rename…", RENAME, () -> actions.renameTheme(name)),
                edit("Recolour…", null, () -> actions.recolourTheme(row)),
                edit("Edit description…", null, () -> actions.describeTheme(row)),
                status,
                edit("Merge into…", null, () -> actions.mergeTheme(name)),
                new SeparatorMenuItem(),
                edit("Link to theme…", null, () -> actions.linkTheme(name))));
        List<String> linked = model.linkedFrom(name);
        if (!linked.isEmpty()) {
            Menu unlink = new Menu("Remove link");
            for (String to : linked) {
                unlink.getItems().add(edit("→ " + to, null, () -> model.unlink(name, to)));
            }
            unlink.setDisable(!model.canEdit());
            items.add(unlink);
        }
        items.addAll(List.of(new SeparatorMenuItem(),
                item("Memo…", null, () -> model.memoTheme(name)),
                new SeparatorMenuItem(),
                edit("Delete…", DELETE, () -> actions.deleteTheme(name))));
        return items;
    }

    private MenuItem edit(String text, KeyCombination keys, Runnable action) {
        MenuItem item = item(text, keys, action);
        item.setDisable(!model.canEdit());
        return item;
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false); // names may contain underscores
        if (keys != null) {
            item.setAccelerator(keys);
        }
        // after the menu has closed: an item that opens a dialog would otherwise run inside the
        // menu's event handling, and the menu would stay on screen under the dialog
        item.setOnAction(e -> Platform.runLater(action));
        return item;
    }
}
