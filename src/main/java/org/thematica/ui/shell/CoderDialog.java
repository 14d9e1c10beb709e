package org.thematica.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File ▸ Coder…: who is working now. A second coder or a supervisor on a shared machine picks
 * their name (or types a new one); everything they do from then on is recorded under it.
 */
final class CoderDialog {
    private CoderDialog() {
    }

    /** The chosen name, or empty when cancelled or unchanged. */
    static Optional<String> show(Window owner, String current, List<String> known) {
        ComboBox<String> names = new ComboBox<>();
        names.setId("coder-name");
        names.setEditable(true);
        names.getItems().setAll(known);
        names.setValue(current);
        names.setPrefWidth(320);
        Label why = new Label("Codings, memos, review verdicts and every change you make from now on are recorded"
                + " under this name. Choose yours, or type a new one.");
        why.setWrapText(true);
        why.setMaxWidth(320);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Coder");
        dialog.setHeaderText("Who is coding?");
        dialog.getDialogPane().setContent(new VBox(8, why, names));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? names.getEditor().getText() : null);
        dialog.setOnShown(e -> names.getEditor().selectAll());
        return dialog.showAndWait().map(String::strip).filter(n -> !n.equals(current));
    }
}
