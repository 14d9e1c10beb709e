package org.thematica.ui.codebook;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small dialogs of the codebook, built in code. Each returns what the user chose, or empty
 * if they cancelled; none of them touches the project.
 */
final class CodebookDialogs {
    private CodebookDialogs() {
    }

    /** A name for a new or renamed code or theme; OK stays disabled while the name is not usable. */
    static Optional<String> name(Window owner, String title, String header, String initial,
                                 Function<String, String> problem) {
        Dialog<String> dialog = dialog(owner, title, header);
        ButtonType ok = new ButtonType(initial.isEmpty() ? "Create" : "Rename", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        TextField field = new TextField(initial);
        field.setId("name-field");
        field.setPrefColumnCount(28);
        Label why = hint();
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        Runnable check = () -> {
            String p = problem.apply(field.getText());
            boolean blank = field.getText().isBlank();
            okButton.setDisable(p != null || initial.equals(field.getText().strip()));
            why.setText(blank ? "" : p == null ? "" : p);
        };
        field.textProperty().addListener((o, old, text) -> check.run());
        check.run();
        dialog.getDialogPane().setContent(new VBox(6, field, why));
        dialog.setResultConverter(b -> b == ok ? field.getText().strip() : null);
        focusLater(field);
        field.selectAll();
        return dialog.showAndWait();
    }

    static Optional<String> description(Window owner, String title, String header, String initial) {
        Dialog<String> dialog = dialog(owner, title, header);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        TextArea area = new TextArea(initial == null ? "" : initial);
        area.setId("description-field");
        area.setWrapText(true);
        area.setPrefRowCount(6);
        area.setPrefColumnCount(40);
        Label hint = hint();
        hint.setText("What belongs here, what does not, and an example: the rules a second coder needs.");
        dialog.getDialogPane().setContent(new VBox(6, area, hint));
        dialog.setResultConverter(b -> b == save ? area.getText() : null);
        focusLater(area);
        return dialog.showAndWait();
    }

    /** One of {@code choices}, with a sentence that says what choosing does. */
    static Optional<String> choose(Window owner, String title, String header, String explanation, String action,
                                   List<String> choices) {
        Dialog<String> dialog = dialog(owner, title, header);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().setAll(choices);
        combo.setId("choice");
        combo.setVisibleRowCount(14);
        combo.setMaxWidth(Double.MAX_VALUE);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(combo.valueProperty().isNull());
        VBox content = new VBox(8);
        if (explanation != null) {
            Label text = new Label(explanation);
            text.setWrapText(true);
            text.setMaxWidth(420);
            content.getChildren().add(text);
        }
        content.getChildren().add(combo);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(b -> b == ok ? combo.getValue() : null);
        focusLater(combo);
        return dialog.showAndWait();
    }

    /** The target theme and label of a link on the thematic map. */
    record LinkRequest(String to, String label) {
    }

    static Optional<LinkRequest> link(Window owner, String from, List<String> themes) {
        Dialog<LinkRequest> dialog = dialog(owner, "Link themes", "Link theme '" + from + "' to another theme");
        ButtonType ok = new ButtonType("Link", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        ComboBox<String> target = new ComboBox<>();
        target.getItems().setAll(themes);
        target.setId("link-target");
        target.setMaxWidth(Double.MAX_VALUE);
        TextField label = new TextField();
        label.setId("link-label");
        label.setPromptText("leads to, creates, weakens …");
        Label hint = hint();
        hint.setText("The thematic map draws an arrow from '" + from + "' with this label. Linking the same two"
                + " themes again changes the label.");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(target.valueProperty().isNull());
        dialog.getDialogPane().setContent(new VBox(6, new Label("To theme:"), target, new Label("Label:"), label, hint));
        dialog.setResultConverter(b -> b == ok ? new LinkRequest(target.getValue(), label.getText().strip()) : null);
        focusLater(target);
        return dialog.showAndWait();
    }

    static boolean confirmThemeDeletion(Window owner, ThemeDeletion deletion) {
        ButtonType delete = new ButtonType("Delete theme", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, deletion.body(), delete, ButtonType.CANCEL);
        style(alert, owner, "Delete theme", deletion.header());
        return alert.showAndWait().filter(b -> b == delete).isPresent();
    }

    /** A failed edit: the service's reason, as it is. */
    static void problem(Window owner, CodebookViewModel.Problem problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR, problem.message(), ButtonType.OK);
        style(alert, owner, "Codebook", problem.title());
        alert.show();
    }

    // ---- shared -------------------------------------------------------------------------------

    static <T> Dialog<T> dialog(Window owner, String title, String header) {
        Dialog<T> dialog = new Dialog<>();
        style(dialog, owner, title, header);
        return dialog;
    }

    /** Owner, titles, and the window's style sheets, so dialogs follow the light or dark theme. */
    static void style(Dialog<?> dialog, Window owner, String title, String header) {
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStyleClass().add("codebook-dialog");
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
    }

    static Label hint() {
        Label label = new Label();
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        label.setMaxWidth(420);
        return label;
    }

    private static void focusLater(Node node) {
        Platform.runLater(node::requestFocus);
    }
}
