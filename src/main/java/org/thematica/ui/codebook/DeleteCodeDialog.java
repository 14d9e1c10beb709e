package org.thematica.ui.codebook;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Confirms deleting a code. A coded code asks what happens to its codings: deleted with it, or
 * moved to another code. Nothing is preselected, so the user decides; Delete stays disabled
 * until they have.
 */
final class DeleteCodeDialog {
    private DeleteCodeDialog() {
    }

    static Optional<CodeDeletion.Choice> ask(Window owner, CodeDeletion deletion) {
        ButtonType delete = new ButtonType("Delete code", ButtonBar.ButtonData.OK_DONE);
        if (!deletion.coded()) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, deletion.body(), delete, ButtonType.CANCEL);
            CodebookDialogs.style(alert, owner, "Delete code", deletion.header());
            return alert.showAndWait().filter(b -> b == delete).map(b -> deletion.choice(false, false, null));
        }
        Dialog<CodeDeletion.Choice> dialog = CodebookDialogs.dialog(owner, "Delete code", deletion.header());
        dialog.getDialogPane().getButtonTypes().setAll(delete, ButtonType.CANCEL);
        Label body = new Label(deletion.body());
        body.setWrapText(true);
        body.setMaxWidth(440);
        ToggleGroup group = new ToggleGroup();
        RadioButton deleteCodings = new RadioButton(deletion.deleteCodingsLabel());
        deleteCodings.setId("delete-codings");
        deleteCodings.setToggleGroup(group);
        Label subCodes = CodebookDialogs.hint();
        subCodes.setText(deletion.subCodesMoveUp());
        subCodes.setManaged(!deletion.subCodes().isEmpty());
        RadioButton move = new RadioButton(deletion.moveLabel());
        move.setId("move-codings");
        move.setToggleGroup(group);
        move.setDisable(!deletion.canMove());
        ComboBox<String> target = new ComboBox<>();
        target.setId("move-target");
        target.getItems().setAll(deletion.otherCodes());
        target.setVisibleRowCount(14);
        target.setMaxWidth(Double.MAX_VALUE);
        target.setDisable(!deletion.canMove());
        // choosing a target is choosing to move
        target.valueProperty().addListener((o, old, v) -> {
            if (v != null) {
                move.setSelected(true);
            }
        });
        Label moveNote = CodebookDialogs.hint();
        moveNote.setText(deletion.moveNote());
        VBox content = new VBox(8, body, deleteCodings, indented(subCodes), move, indented(target), indented(moveNote));
        content.setMaxWidth(460);
        dialog.getDialogPane().setContent(content);
        Node deleteButton = dialog.getDialogPane().lookupButton(delete);
        Runnable check = () -> deleteButton.setDisable(
                deletion.choice(deleteCodings.isSelected(), move.isSelected(), target.getValue()) == null);
        group.selectedToggleProperty().addListener((o, old, t) -> check.run());
        target.valueProperty().addListener((o, old, v) -> check.run());
        check.run();
        dialog.setResultConverter(b -> b == delete
                ? deletion.choice(deleteCodings.isSelected(), move.isSelected(), target.getValue()) : null);
        return dialog.showAndWait();
    }

    private static Node indented(Node node) {
        VBox box = new VBox(node);
        box.getStyleClass().add("dialog-indent");
        box.managedProperty().bind(node.managedProperty());
        return box;
    }
}
