package org.thematica.ui.transcript;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.thematica.analysis.FuzzyMatch;

/**
 * The keyboard way to code: a small box at the selection; type part of a code's name, arrows
 * choose, Enter applies; a name that matches no code offers to create it; Escape closes.
 */
final class CodeFinder {
    static final String CREATE = "Create code “%s”";
    private final Popup popup = new Popup();
    private final TextField query = new TextField();
    private final ListView<FuzzyMatch.Choice> matches = new ListView<>();
    private final Label hint = new Label("Type to find a code · ↑↓ choose · Enter apply · Esc close");
    private List<String> names = List.of();
    private Consumer<String> onChoose = name -> { };

    CodeFinder() {
        query.setId("code-finder-query");
        query.setPromptText("Code name");
        matches.setId("code-finder-matches");
        matches.setPrefSize(320, 220);
        matches.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(FuzzyMatch.Choice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : choice.isNew() ? String.format(CREATE, choice.name())
                        : choice.name());
            }
        });
        hint.getStyleClass().add("muted");
        VBox box = new VBox(6, query, matches, hint);
        box.getStyleClass().add("code-finder");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        query.textProperty().addListener((o, old, text) -> update(text));
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                matches.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                matches.getSelectionModel().selectPrevious();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                choose();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
        matches.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose();
            }
        });
    }

    /** Shows the finder below {@code anchor} (screen bounds) over the codes {@code names}. */
    void show(Node owner, Bounds anchor, List<String> codeNames, Consumer<String> chosen) {
        this.names = codeNames;
        this.onChoose = chosen;
        query.clear();
        update("");
        double x = anchor == null ? owner.localToScreen(owner.getBoundsInLocal()).getMinX() + 40 : anchor.getMinX();
        double y = anchor == null ? owner.localToScreen(owner.getBoundsInLocal()).getMinY() + 40 : anchor.getMaxY() + 4;
        popup.show(owner, x, y);
        query.requestFocus();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    private void update(String text) {
        matches.getItems().setAll(FuzzyMatch.choices(text, names));
        matches.getSelectionModel().selectFirst();
    }

    private void choose() {
        FuzzyMatch.Choice item = matches.getSelectionModel().getSelectedItem();
        String name = item == null ? query.getText().strip() : item.name();
        if (name.isEmpty()) {
            return;
        }
        popup.hide();
        onChoose.accept(name);
    }
}
