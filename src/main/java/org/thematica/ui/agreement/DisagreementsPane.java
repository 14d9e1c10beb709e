package org.thematica.ui.agreement;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.thematica.analysis.agreement.Disagreements.Resolution;
import org.thematica.service.AdjudicationService.Disagreement;

/**
 * The disagreement view: coder A's and coder B's coding of each passage where they differ, side
 * by side, and the decisions, by button or key: Enter shows the passage in the transcript; A, B,
 * U, I take A's, B's, the union or the intersection; R recodes; Ctrl+Z undoes.
 */
final class DisagreementsPane {
    private static final String ALL = "All codes";
    private final BorderPane root;
    private final ListView<Disagreement> list;
    private final DisagreementsViewModel model;
    private final javafx.stage.Window main;

    /** @param main the main window, brought to the front to show a passage */
    DisagreementsPane(DisagreementsViewModel model, AgreementViewModel agreement, javafx.stage.Window main) {
        this.model = model;
        this.main = main;
        ChoiceBox<String> code = new ChoiceBox<>();
        code.setId("disagreement-code");
        code.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? ALL : name;
            }

            @Override
            public String fromString(String s) {
                return ALL.equals(s) ? null : s;
            }
        });
        // kept in step by hand: replacing the items clears the value, and every change of the
        // listed code reads the project again
        boolean[] updating = {false};
        agreement.rows().addListener((ListChangeListener<AgreementViewModel.Row>) c -> {
            List<String> names = new ArrayList<>();
            names.add(null);
            agreement.rows().stream().filter(r -> !r.pooled()).forEach(r -> names.add(r.code()));
            if (names.equals(code.getItems())) {
                return;
            }
            String chosen = model.codeProperty().get();
            updating[0] = true;
            code.getItems().setAll(names);
            code.setValue(names.contains(chosen) ? chosen : null);
            updating[0] = false;
            if (!names.contains(chosen)) {
                model.codeProperty().set(null);
            }
        });
        code.valueProperty().addListener((o, old, name) -> {
            if (!updating[0]) {
                model.codeProperty().set(name);
            }
        });
        model.codeProperty().addListener((o, old, name) -> {
            updating[0] = true;
            code.setValue(name);
            updating[0] = false;
        });
        Label count = new Label();
        count.setId("disagreement-count");
        count.textProperty().bind(model.countText());
        CheckBox consensus = new CheckBox("Write decisions into a consensus coder:");
        consensus.setId("disagreement-to-consensus");
        consensus.selectedProperty().bindBidirectional(model.toConsensusProperty());
        consensus.setTooltip(new Tooltip("On: the decision becomes this coder's codings and A's and B's stay as they"
                + " are. Off: both coders' codings of the passage become the decision."));
        TextField consensusName = new TextField();
        consensusName.setId("disagreement-consensus-name");
        consensusName.setPrefColumnCount(10);
        consensusName.textProperty().bindBidirectional(model.consensusNameProperty());
        consensusName.disableProperty().bind(consensus.selectedProperty().not());
        Button copyAgreed = new Button("Copy Agreed Passages");
        copyAgreed.setId("disagreement-copy-agreed");
        copyAgreed.setTooltip(new Tooltip("Gives the consensus coder every passage A and B coded alike, so that with"
                + " the decisions it holds the whole agreed coding (one step, undoable)"));
        copyAgreed.disableProperty().bind(consensus.selectedProperty().not().or(Bindings.createBooleanBinding(
                model::isReadOnly)));
        copyAgreed.setOnAction(e -> model.copyAgreed());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox filters = new HBox(8, new Label("Code"), code, count, gap, consensus, consensusName, copyAgreed);
        filters.getStyleClass().add("agreement-bar");

        Label headA = coderHeading("coder-a", agreement.coderAProperty(), agreement.colourA(), "A");
        Label headB = coderHeading("coder-b", agreement.coderBProperty(), agreement.colourB(), "B");
        HBox.setHgrow(headA, Priority.ALWAYS);
        HBox.setHgrow(headB, Priority.ALWAYS);
        headA.setMaxWidth(Double.MAX_VALUE);
        headB.setMaxWidth(Double.MAX_VALUE);
        HBox heads = new HBox(16, headA, headB);
        heads.setPadding(new Insets(0, 12, 4, 12));

        list = new ListView<>(model.shown());
        list.setId("disagreement-list");
        list.setCellFactory(l -> new DisagreementCell(agreement.colourA(), agreement.colourB()));
        agreement.colourA().addListener((o, x, y) -> list.refresh()); // cells tint anew
        agreement.colourB().addListener((o, x, y) -> list.refresh());
        list.setPlaceholder(new Label("The two coders agree on every passage in scope."));
        keepSelectionPlace();
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                reveal();
            }
        });

        HBox actions = new HBox(6,
                button("show-in-text", "Show in Text", "Enter", e -> reveal()),
                button("take-a", "Take A's", "A", e -> decide(Resolution.TAKE_A)),
                button("take-b", "Take B's", "B", e -> decide(Resolution.TAKE_B)),
                button("take-union", "Union", "U", e -> decide(Resolution.UNION)),
                button("take-intersection", "Intersection", "I", e -> decide(Resolution.INTERSECTION)),
                button("recode", "Recode…", "R", e -> recode()),
                button("undo-adjudication", "Undo", "Ctrl+Z", e -> model.undo()));
        actions.getChildren().stream().skip(1).forEach(n -> n.setDisable(model.isReadOnly()));
        actions.setAlignment(Pos.CENTER_LEFT);
        Label last = new Label();
        last.setId("disagreement-last-action");
        last.getStyleClass().add("muted");
        last.textProperty().bind(model.lastActionProperty());
        VBox bottom = new VBox(4, actions, last);
        bottom.setPadding(new Insets(8));
        root = new BorderPane(list, new VBox(filters, heads), null, bottom, null);
    }

    private static Label coderHeading(String style, javafx.beans.value.ObservableValue<String> name,
                                      javafx.beans.value.ObservableValue<String> colour, String letter) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("coder-swatch", style);
        swatch.setId("swatch-" + style);
        // the tint the passages get, so the heading is the key to them
        swatch.styleProperty().bind(Bindings.createStringBinding(() -> String.format(java.util.Locale.ROOT,
                "-fx-background-color: #%06X%02X;", org.thematica.model.CoderColours.rgb(colour.getValue()),
                DisagreementCell.TINT_ALPHA), colour));
        Label heading = new Label();
        heading.getStyleClass().add("coder-heading");
        heading.setGraphic(swatch);
        heading.textProperty().bind(Bindings.createStringBinding(() -> letter + ": " + (name.getValue() == null ? "—"
                : name.getValue()), name));
        return heading;
    }

    private static Button button(String id, String text, String key, javafx.event.EventHandler<javafx.event.ActionEvent>
            action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(text + " (" + key + ")"));
        b.setOnAction(action);
        return b;
    }

    /** After the list changes (a decision, an undo), the same place stays selected: the next passage. */
    private void keepSelectionPlace() {
        int[] place = {0};
        list.getSelectionModel().selectedIndexProperty().addListener((o, old, i) -> {
            if (i.intValue() >= 0) {
                place[0] = i.intValue();
            }
        });
        list.getItems().addListener((ListChangeListener<Disagreement>) c -> {
            if (!list.getItems().isEmpty() && list.getSelectionModel().getSelectedIndex() < 0) {
                int at = Math.min(place[0], list.getItems().size() - 1);
                list.getSelectionModel().select(at);
                list.scrollTo(Math.max(0, at - 1));
            }
        });
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                model.undo();
                e.consume();
            }
            return;
        }
        Resolution r = switch (e.getCode()) {
            case A -> Resolution.TAKE_A;
            case B -> Resolution.TAKE_B;
            case U -> Resolution.UNION;
            case I -> Resolution.INTERSECTION;
            default -> null;
        };
        if (r != null) {
            decide(r);
        } else if (e.getCode() == KeyCode.R) {
            recode();
        } else if (e.getCode() == KeyCode.ENTER) {
            reveal();
        } else {
            return;
        }
        e.consume();
    }

    private Disagreement selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void reveal() {
        Disagreement d = selected();
        if (d != null) {
            model.reveal(d);
            if (main instanceof javafx.stage.Stage stage) {
                stage.toFront();
            }
        }
    }

    private void decide(Resolution r) {
        model.adjudicate(selected(), r, null);
    }

    private void recode() {
        Disagreement d = selected();
        if (d == null || model.isReadOnly()) {
            return;
        }
        List<String> codes = model.otherCodes(d);
        if (codes.isEmpty()) {
            return;
        }
        ChoiceDialog<String> ask = new ChoiceDialog<>(model.suggestedCode(d).filter(codes::contains)
                .orElse(codes.get(0)), codes);
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle("Recode");
        ask.setHeaderText("Recode this passage, for " + (model.toConsensusProperty().get()
                ? model.consensusNameProperty().get() : "both coders") + ", from '" + d.code() + "' to:");
        ask.showAndWait().ifPresent(other -> model.adjudicate(d, Resolution.RECODE, other));
    }

    BorderPane node() {
        return root;
    }

    ListView<Disagreement> list() {
        return list;
    }
}
