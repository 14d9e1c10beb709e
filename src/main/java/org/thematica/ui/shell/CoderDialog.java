package org.thematica.ui.shell;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/**
 * File ▸ Coder…: who is working now, and the colour they are shown in where coders are compared.
 * A second coder or a supervisor on a shared machine picks their name (or types a new one);
 * everything they do from then on is recorded under it.
 */
final class CoderDialog {
    /** The name chosen and the colour chosen for it ({@code #RRGGBB}). */
    record Choice(String name, String colour) {
    }

    private CoderDialog() {
    }

    /** The choice, or empty when cancelled. */
    static Optional<Choice> show(Window owner, String current, MainViewModel.KnownCoders known) {
        ComboBox<String> names = new ComboBox<>();
        names.setId("coder-name");
        names.setEditable(true);
        names.getItems().setAll(known.names());
        names.setValue(current);
        names.setPrefWidth(240);
        ColorPicker colour = new ColorPicker(Color.web(known.colourOf(current)));
        colour.setId("coder-colour");
        // the picker follows the name: each person keeps their own colour
        names.getEditor().textProperty().addListener((o, was, now) -> colour.setValue(Color.web(known.colourOf(
                now.strip()))));
        Label why = new Label("Codings, memos, review verdicts and every change you make from now on are recorded"
                + " under this name. Choose yours, or type a new one. The colour marks your work where coders are"
                + " compared.");
        why.setWrapText(true);
        why.setMaxWidth(360);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Coder");
        dialog.setHeaderText("Who is coding?");
        dialog.getDialogPane().setContent(new VBox(8, why, new HBox(8, names, colour)));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new Choice(names.getEditor().getText().strip(), org.thematica.ui.codebook.ColourDialog.hex(colour.getValue())) : null);
        dialog.setOnShown(e -> names.getEditor().selectAll());
        return dialog.showAndWait();
    }
}
