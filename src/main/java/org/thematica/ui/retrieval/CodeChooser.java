package org.thematica.ui.retrieval;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.thematica.analysis.FuzzyMatch;

/**
 * Asks where passages go: type part of a code's name and choose it, or type a new name to
 * split the passages off into a new code. Enter takes the highlighted choice.
 */
final class CodeChooser {
    static final String CREATE = "New code “%s”";

    private CodeChooser() {
    }

    /** Shows the dialog; the chosen or typed code name, or empty when cancelled. */
    static Optional<String> ask(Window owner, int passages, List<String> codeNames) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Split: move to code");
        dialog.setHeaderText("Move " + (passages == 1 ? "this passage" : "these " + passages + " passages")
                + " to another code");
        TextField query = new TextField();
        query.setId("move-to-code-query");
        query.setPromptText("Code name, new or existing");
        ListView<FuzzyMatch.Choice> matches = new ListView<>();
        matches.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(FuzzyMatch.Choice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : choice.isNew() ? String.format(CREATE, choice.name())
                        : choice.name());
            }
        });
        matches.setId("move-to-code-matches");
        matches.setPrefSize(360, 200);
        Label hint = new Label("Moving some of a code's passages to a new code splits the code. Undo takes the"
                + " move back in one step.");
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        hint.getStyleClass().add("muted");
        VBox box = new VBox(8, query, matches, hint);
        dialog.getDialogPane().setContent(box);
        ButtonType move = new ButtonType("Move", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(move, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(move).disableProperty().bind(query.textProperty().isEmpty()
                .and(matches.getSelectionModel().selectedItemProperty().isNull()));

        query.textProperty().addListener((o, old, text) -> update(matches, codeNames, text));
        update(matches, codeNames, "");
        matches.getSelectionModel().clearSelection();
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                matches.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                matches.getSelectionModel().selectPrevious();
                e.consume();
            }
        });
        matches.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && matches.getSelectionModel().getSelectedItem() != null) {
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(move)).fire();
            }
        });
        dialog.setResultConverter(button -> button == move ? chosen(matches, query.getText()) : null);
        Platform.runLater(query::requestFocus);
        return dialog.showAndWait().filter(name -> !name.isBlank());
    }

    private static void update(ListView<FuzzyMatch.Choice> matches, List<String> names, String text) {
        matches.getItems().setAll(FuzzyMatch.choices(text, names));
        if (!text.isBlank()) {
            matches.getSelectionModel().selectFirst();
        }
    }

    private static String chosen(ListView<FuzzyMatch.Choice> matches, String typed) {
        FuzzyMatch.Choice item = matches.getSelectionModel().getSelectedItem();
        return item == null ? typed.strip() : item.name();
    }
}
