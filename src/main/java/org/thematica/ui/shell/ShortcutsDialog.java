package org.thematica.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts (F1): every coding action has one. */
final class ShortcutsDialog {
    static final String[][] SHORTCUTS = {
        {"Coding", ""},
        {"Ctrl+K", "Apply a code to the selection: type part of its name, Enter (a new name creates it)"},
        {"1 … 9", "Apply one of the nine most recent codes to the selection"},
        {"Ctrl+I", "Code in vivo: the selected words become a new code"},
        {"Ctrl+Enter", "Show the codings at the cursor: remove, recode, resize, memo"},
        {"Enter (in the codebook)", "Apply the chosen code to the selection"},
        {"Double-click a code", "Apply it to the selection (or drag it onto the text)"},
        {"Shift+arrows", "Extend the selection from the keyboard"},
        {"Codebook and themes", ""},
        {"Ctrl+Shift+N (in the codebook)", "New code (or new theme in the themes list)"},
        {"F2", "Rename the chosen code, theme or document"},
        {"Delete", "Delete the chosen code or theme (asks what happens to its codings)"},
        {"Drag a code onto a theme", "Add it to the theme; onto a code: make it a sub-code"},
        {"Finding", ""},
        {"Ctrl+F", "Find in the document (Enter: next, Shift+Enter: previous)"},
        {"Ctrl+Shift+F", "Search all documents"},
        {"Project", ""},
        {"Ctrl+Z / Ctrl+Shift+Z", "Undo / redo (also after a restart)"},
        {"Ctrl+H", "History: who changed what, when (filter, export CSV)"},
        {"Ctrl+Shift+I", "Import documents (or drop files on the window)"},
        {"Ctrl+Shift+E", "Export every figure and the theme tables for a thesis"},
        {"Ctrl+N / Ctrl+O", "New project / open a project"},
        {"Review", ""},
        {"Ctrl+Shift+R", "Review codings (a window of its own)"},
        {"A / D / Q / C / R", "Agree / disagree / ask a question / comment / reply (in the review window)"},
        {"N or → / P or ←", "Next / previous item to review"},
        {"View", ""},
        {"Ctrl+= / Ctrl+- / Ctrl+0", "Larger / smaller / normal text"},
        {"F1", "This list"},
    };

    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        for (int row = 0; row < SHORTCUTS.length; row++) {
            Label key = new Label(SHORTCUTS[row][0]);
            key.getStyleClass().add(SHORTCUTS[row][1].isEmpty() ? "pane-title" : "shortcut-key");
            grid.add(key, 0, row);
            grid.add(new Label(SHORTCUTS[row][1]), 1, row);
        }
        grid.setId("shortcuts");
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts (on macOS, Cmd instead of Ctrl)");
        alert.getDialogPane().setContent(grid);
        alert.initOwner(owner);
        alert.show();
    }
}
