package org.thematica.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.thematica.model.Verdict;
import org.thematica.service.RetrievalService.AttributeFilter;
import org.thematica.service.ReviewQueue;
import org.thematica.service.ReviewQueue.Choice;
import org.thematica.service.ReviewQueue.State;

/**
 * The review screen: the queue on the left, the item in the middle ({@link ReviewCard}), its
 * place in the document on the right ({@link ReviewContext}), the filters and progress above, and
 * the verdicts below. Everything works from the keyboard: A agree, D disagree, Q question,
 * C comment, R reply, N or → next, P or ← previous, Ctrl+Z undo.
 */
public final class ReviewPane extends BorderPane {
    private final ReviewViewModel model;
    private final ListView<ReviewRow> queue = new ListView<>();
    private final ReviewCard card;
    private final ReviewContext context = new ReviewContext();
    private final Label progress = new Label();
    private final Label message = new Label();
    private final Label askingLabel = new Label();
    private final TextField answer = new TextField();
    private final HBox askingBar;
    private boolean updatingList;
    private boolean swallowTyped;

    /** An entry of a filter box: what it says and what it filters by (null: everything). */
    record Entry<T>(String label, T value) {
        @Override
        public String toString() {
            return label;
        }
    }

    public ReviewPane(ReviewViewModel model) {
        this.model = model;
        this.card = new ReviewCard(model);
        getStyleClass().add("review-pane");
        setId("review-pane");
        setTop(header());

        queue.setId("review-queue");
        queue.getStyleClass().add("review-queue");
        queue.setCellFactory(l -> new ReviewRowCell());
        Label empty = new Label("Reading the queue…"); // the first read of a large project takes a moment
        empty.getStyleClass().add("empty-hint");
        queue.setPlaceholder(empty);
        queue.getSelectionModel().selectedIndexProperty().addListener((o, old, i) -> {
            if (!updatingList && i.intValue() >= 0) {
                model.select(i.intValue());
            }
        });
        SplitPane center = new SplitPane(queue, card, context);
        center.setDividerPositions(0.24, 0.56);
        SplitPane.setResizableWithParent(queue, false);
        setCenter(center);

        answer.setId("review-answer");
        answer.setOnAction(e -> model.answer(answer.getText()));
        HBox.setHgrow(answer, Priority.ALWAYS);
        Label hint = new Label("Enter records · Esc cancels");
        hint.getStyleClass().add("muted");
        askingBar = new HBox(8, askingLabel, answer, hint);
        askingBar.setAlignment(Pos.CENTER_LEFT);
        askingBar.getStyleClass().add("review-asking");
        setBottom(new VBox(6, verdictBar(), askingBar, message));
        ((VBox) getBottom()).setPadding(new Insets(8, 12, 8, 12));
        ((VBox) getBottom()).getStyleClass().add("review-bottom");
        message.setId("review-message");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("muted");

        model.rowsProperty().addListener((o, old, rows) -> showRows(rows));
        model.currentProperty().addListener((o, old, i) -> showCurrent(i.intValue()));
        model.detailProperty().addListener((o, old, d) -> {
            card.show(d);
            context.show(d);
        });
        model.askingProperty().addListener((o, old, a) -> showAsking(a));
        model.readsProperty().addListener((o, old, n) -> {
            empty.setText("Nothing in this list.");
            if (model.rowsProperty().get().isEmpty()) {
                card.show(null);
                context.show(null);
            }
        });
        showAsking(null);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // the letter that opened the text field must not be typed into it
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
    }

    // ---- header: mode, state, filters, progress -------------------------------------------------

    private VBox header() {
        ToggleGroup modes = new ToggleGroup();
        HBox modeBox = new HBox();
        modeBox.getStyleClass().add("segmented");
        for (ReviewViewModel.Mode m : ReviewViewModel.Mode.values()) {
            ToggleButton b = new ToggleButton(m.label);
            b.setId("review-mode-" + m.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(modes);
            b.setUserData(m);
            b.setFocusTraversable(false);
            b.setSelected(model.modeProperty().get() == m);
            modeBox.getChildren().add(b);
        }
        modes.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                old.setSelected(true); // one is always chosen
            } else {
                model.modeProperty().set((ReviewViewModel.Mode) t.getUserData());
            }
        });
        model.modeProperty().addListener((o, old, m) -> modes.getToggles().stream()
                .filter(t -> t.getUserData() == m).findFirst().ifPresent(t -> t.setSelected(true)));

        ComboBox<Entry<State>> states = box("review-state", "Which items to list");
        for (State s : State.values()) {
            states.getItems().add(new Entry<>(s.label(), s));
        }
        bind(states, model.stateProperty());
        select(states, model.stateProperty().get());
        ComboBox<Entry<Choice>> themes = box("review-theme", "Only codings of this theme's codes");
        ComboBox<Entry<Choice>> codes = box("review-code", "Only this code");
        ComboBox<Entry<Choice>> documents = box("review-document", "Only this document");
        ComboBox<Entry<String>> coders = box("review-coder", "Only this coder's codings");
        ComboBox<Entry<AttributeFilter>> cases = box("review-case", "Only passages of participants with this value");
        bind(themes, model.themeProperty());
        bind(codes, model.codeProperty());
        bind(documents, model.documentProperty());
        bind(coders, model.coderProperty());
        bind(cases, model.attributeProperty());
        model.optionsProperty().addListener((o, old, opts) -> {
            replace(themes, "All themes", opts.themes().stream().map(c -> new Entry<>(c.name(), c)).toList(),
                    model.themeProperty());
            replace(codes, "All codes", opts.codes().stream().map(c -> new Entry<>(c.name(), c)).toList(),
                    model.codeProperty());
            replace(documents, "All documents", opts.documents().stream().map(c -> new Entry<>(c.name(), c)).toList(),
                    model.documentProperty());
            replace(coders, "All coders", opts.coders().stream().map(c -> new Entry<>(c, c)).toList(),
                    model.coderProperty());
            replace(cases, "All cases", opts.attributes().stream().map(a -> new Entry<>(a.label(), a)).toList(),
                    model.attributeProperty());
        });
        // a code's definition is not in a document, nor coded by anyone, nor said by a case
        List.of(documents, coders, cases).forEach(b -> b.disableProperty().bind(model.modeProperty()
                .isEqualTo(ReviewViewModel.Mode.CODES)));

        Label show = new Label("Show:");
        show.getStyleClass().add("muted");
        FlowPane filters = new FlowPane(6, 6, modeBox, show, states, themes, codes, documents, coders, cases);
        filters.setAlignment(Pos.CENTER_LEFT);
        progress.setId("review-progress");
        progress.getStyleClass().add("review-progress");
        progress.textProperty().bind(model.progressProperty());
        VBox top = new VBox(6, filters, progress);
        top.setPadding(new Insets(8, 12, 8, 12));
        top.getStyleClass().add("retrieval-bar");
        return top;
    }

    private static <T> ComboBox<Entry<T>> box(String id, String tip) {
        ComboBox<Entry<T>> box = new ComboBox<>();
        box.setId(id);
        box.setTooltip(new Tooltip(tip));
        box.setFocusTraversable(false);
        return box;
    }

    private static <T> void bind(ComboBox<Entry<T>> box, ObjectProperty<T> value) {
        box.getSelectionModel().selectedItemProperty().addListener((o, old, e) -> {
            if (e != null && !Objects.equals(value.get(), e.value())) {
                value.set(e.value());
            }
        });
        value.addListener((o, old, now) -> select(box, now));
    }

    private static <T> void select(ComboBox<Entry<T>> box, T value) {
        box.getItems().stream().filter(e -> Objects.equals(e.value(), value)).findFirst()
                .ifPresent(e -> box.getSelectionModel().select(e));
    }

    /** New choices, "All" first; the current one stays chosen if it still exists. */
    private static <T> void replace(ComboBox<Entry<T>> box, String all, List<Entry<T>> choices,
                                    ObjectProperty<T> value) {
        List<Entry<T>> entries = new ArrayList<>();
        entries.add(new Entry<>(all, null));
        entries.addAll(choices);
        if (box.getItems().equals(entries)) {
            return;
        }
        T current = value.get();
        box.getItems().setAll(entries);
        Entry<T> keep = entries.stream().filter(e -> Objects.equals(e.value(), current)).findFirst()
                .orElse(entries.get(0));
        box.getSelectionModel().select(keep);
    }

    // ---- verdicts -----------------------------------------------------------------------------

    private HBox verdictBar() {
        Button agree = action("Agree", "A", "review-agree", model::agree);
        Button disagree = action("Disagree…", "D", "review-disagree", () -> model.ask(Verdict.DISAGREE));
        Button question = action("Question…", "Q", "review-question", () -> model.ask(Verdict.QUESTION));
        Button comment = action("Comment…", "C", "review-comment", () -> model.ask(Verdict.AGREE));
        Button reply = action("Reply…", "R", "review-reply", () -> model.ask(Verdict.REPLY));
        Button previous = action("← Previous", "P", "review-previous", model::previous);
        Button next = action("Next →", "N", "review-next", model::next);
        List.of(agree, disagree, question, comment, reply).forEach(b -> b.setDisable(model.isReadOnly()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, agree, disagree, question, comment, reply, spacer, previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button action(String text, String key, String id, Runnable run) {
        Button b = new Button(text + "  " + key);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip("Key " + key));
        b.setOnAction(e -> run.run());
        return b;
    }

    private void showAsking(ReviewViewModel.Asking a) {
        askingBar.setVisible(a != null);
        askingBar.setManaged(a != null);
        if (a != null) {
            askingLabel.setText(a.question());
            answer.clear();
            answer.requestFocus();
        } else if (answer.isFocused()) {
            queue.requestFocus();
        }
    }

    /** The screen's keys; letters go to a text field when one has the focus. */
    private void key(KeyEvent e) {
        boolean typing = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        if (e.getCode() == KeyCode.ESCAPE && model.askingProperty().get() != null) {
            model.cancelAsking();
        } else if (e.isShortcutDown() && !typing && (e.getCode() == KeyCode.Z || e.getCode() == KeyCode.Y)) {
            if (e.getCode() == KeyCode.Y || e.isShiftDown()) {
                model.redo();
            } else {
                model.undo();
            }
        } else if (typing || e.isShortcutDown() || e.isAltDown() || !verdictKey(e.getCode())) {
            return;
        }
        e.consume();
    }

    /** A, D, Q, C, R, N or →, P or ←; true when the key was one of them. */
    private boolean verdictKey(KeyCode code) {
        switch (code) {
            case A -> model.agree();
            case D -> model.ask(Verdict.DISAGREE);
            case Q -> model.ask(Verdict.QUESTION);
            case C -> model.ask(Verdict.AGREE);
            case R -> model.ask(Verdict.REPLY);
            case N, RIGHT -> model.next();
            case P, LEFT -> model.previous();
            default -> {
                return false;
            }
        }
        swallowTyped = code.isLetterKey();
        return true;
    }

    // ---- the queue ----------------------------------------------------------------------------

    private void showRows(List<ReviewRow> rows) {
        updatingList = true;
        try {
            queue.getItems().setAll(rows);
        } finally {
            updatingList = false;
        }
    }

    private void showCurrent(int index) {
        if (index < 0 || index >= queue.getItems().size()) {
            return;
        }
        updatingList = true;
        try {
            queue.getSelectionModel().select(index);
            queue.scrollTo(Math.max(0, index - 3));
        } finally {
            updatingList = false;
        }
    }

    /** Puts the keyboard focus on the queue, so the review keys work at once. */
    public void focusQueue() {
        queue.requestFocus();
    }

    public ReviewViewModel model() {
        return model;
    }

    /** The transcript beside the item (tests read its selection). */
    public org.thematica.ui.transcript.TranscriptView contextView() {
        return context.view();
    }
}
