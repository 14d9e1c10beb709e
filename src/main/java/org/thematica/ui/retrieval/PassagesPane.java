package org.thematica.ui.retrieval;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.thematica.model.DocumentKind;
import org.thematica.service.RetrievalService.AttributeFilter;
import org.thematica.service.RetrievalService.FilterOptions;
import org.thematica.service.RetrievalService.Passage;
import org.thematica.service.RetrievalService.Passages;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * Every passage coded with the chosen code or theme, across documents: quote, document, case,
 * coder, code and date, filtered by case attribute, document kind and coder. A click or Enter
 * shows a passage in the transcript; the context menu moves a choice of passages to another
 * code (splitting a code), removes their codings, or copies the quotes.
 */
public final class PassagesPane extends BorderPane implements Dockable {
    static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final int QUOTE_CHARS = 240;

    private final PassagesViewModel model;
    private final Label header = new Label();
    private final ComboBox<Choice<AttributeFilter>> cases = new ComboBox<>();
    private final ComboBox<Choice<DocumentKind>> kinds = new ComboBox<>();
    private final ComboBox<Choice<String>> coders = new ComboBox<>();
    private final TableView<Passage> table = new TableView<>();
    private final TableColumn<Passage, Passage> codeColumn = new TableColumn<>("Code");
    private final Label placeholder = new Label();

    /** An entry of a filter box: what it says, and what it filters by (null: everything). */
    record Choice<T>(String label, T value) {
        @Override
        public String toString() {
            return label;
        }
    }

    public PassagesPane(WorkbenchContext context) {
        this.model = new PassagesViewModel(context);
        getStyleClass().add("passages-pane");
        setId("passages");

        header.getStyleClass().add("retrieval-header");
        header.setId("passages-header");
        header.setMinWidth(0);
        cases.setId("passages-case-filter");
        kinds.setId("passages-kind-filter");
        coders.setId("passages-coder-filter");
        cases.setTooltip(new Tooltip("Only passages of participants with this attribute value"));
        kinds.getItems().addAll(new Choice<>("All documents", null), new Choice<>("Interviews", DocumentKind.INTERVIEW),
                new Choice<>("Sources", DocumentKind.SOURCE));
        kinds.getSelectionModel().selectFirst();
        bind(cases, model.attributeProperty());
        bind(kinds, model.kindProperty());
        bind(coders, model.coderProperty());
        // two short rows: the dock is narrow, and the counts in the header must not be cut
        Label show = new Label("Show:");
        show.getStyleClass().add("muted");
        HBox filters = new HBox(6, show, cases, kinds, coders);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, header, filters);
        top.setPadding(new Insets(5, 10, 5, 10));
        top.getStyleClass().add("retrieval-bar");
        setTop(top);

        buildTable();
        placeholder.getStyleClass().add("empty-hint");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.emptyMessageProperty());
        table.setPlaceholder(placeholder);
        setCenter(table);

        model.passagesProperty().addListener((o, old, p) -> show(p));
        model.optionsProperty().addListener((o, old, options) -> showOptions(options));
        showOptions(model.optionsProperty().get());
        show(null);
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void activate() {
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    public PassagesViewModel model() {
        return model;
    }

    // ---- table --------------------------------------------------------------------------------

    private void buildTable() {
        table.setId("passages-table");
        table.getStyleClass().add("passages-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Passage, Passage> quote = column("Passage", 0.42, p -> p);
        quote.setCellFactory(c -> new QuoteCell());
        codeColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        codeColumn.setCellFactory(c -> new CodeCell());
        codeColumn.setPrefWidth(140);
        table.getColumns().add(quote);
        table.getColumns().add(textColumn("Document", 0.14, Passage::document));
        table.getColumns().add(textColumn("Case", 0.10, Passage::cases));
        table.getColumns().add(textColumn("Coder", 0.10, Passage::coder));
        table.getColumns().add(codeColumn);
        table.getColumns().add(reviewColumn());
        TableColumn<Passage, String> date = textColumn("Date", 0.08, p -> date(p.coding().created()));
        date.setMinWidth(86); // a whole date, never "202…"
        table.getColumns().add(date);
        table.setRowFactory(t -> {
            TableRow<Passage> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !row.isEmpty()
                        && !e.isShortcutDown() && !e.isShiftDown()) {
                    model.reveal(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getFocusModel().getFocusedItem() != null) {
                model.reveal(table.getFocusModel().getFocusedItem());
                e.consume();
            } else if (COPY.match(e)) {
                copyQuotes();
                e.consume();
            }
        });
        table.setContextMenu(contextMenu());
    }

    /** ✓ agreed, ✗ disputed, ? an open question: what a reviewer said of the passage's coding. */
    private TableColumn<Passage, Passage> reviewColumn() {
        TableColumn<Passage, Passage> review = column("Review", 0.06, p -> p);
        review.setId("passages-review-column");
        review.setMinWidth(56);
        review.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Passage p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeIf(k -> k.startsWith("review-"));
                org.thematica.model.ReviewBadge badge = empty || p == null ? null
                        : model.badgesProperty().get().get(p.coding().id());
                if (badge == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(badge.symbol() + " " + badge.word());
                getStyleClass().addAll("review-cell", "review-" + badge.word());
                setTooltip(new Tooltip("Reviewed: " + badge.word() + ". Right-click ▸ Review thread… to answer."));
            }
        });
        return review;
    }

    private static <T> TableColumn<Passage, T> column(String title, double share,
                                                       Function<Passage, T> value) {
        TableColumn<Passage, T> column = new TableColumn<>(title);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        // the resize policy keeps these proportions as the table widens or narrows
        column.setPrefWidth(1000 * share);
        column.setSortable(false);
        return column;
    }

    private static TableColumn<Passage, String> textColumn(String title, double share, Function<Passage, String> value) {
        TableColumn<Passage, String> column = column(title, share, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** The coding's date in the user's time zone (the project stores instants). */
    static String date(String created) {
        try {
            return Instant.parse(created).atZone(ZoneId.systemDefault()).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return created;
        }
    }

    /** At most about two lines of the quote, on one line; the tooltip has all of it. */
    static String shortQuote(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= QUOTE_CHARS) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', QUOTE_CHARS);
        cut = cut < QUOTE_CHARS / 2 ? QUOTE_CHARS : cut;
        if (Character.isLowSurrogate(oneLine.charAt(cut))) {
            cut--;
        }
        return oneLine.substring(0, cut) + " …";
    }

    /** The quote, drawn like the transcript (Arabic in order), on at most two lines. */
    private static final class QuoteCell extends TableCell<Passage, Passage> {
        private final org.thematica.ui.common.PaintedText quote = new org.thematica.ui.common.PaintedText(2).follow(this);

        QuoteCell() {
            getStyleClass().add("passage-quote");
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            quote.prefWidthProperty().bind(widthProperty().subtract(12));
        }

        @Override
        protected void updateItem(Passage p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                setTooltip(null);
                setStyle(null);
                return;
            }
            quote.show(shortQuote(p.coding().text()), null, javafx.geometry.HPos.LEFT);
            setGraphic(quote);
            // the code's colour as a bar on the left, as in the transcript's margin
            setStyle("-fx-border-color: transparent transparent transparent " + p.codeColour() + ";");
            Tooltip full = new Tooltip(p.coding().text().strip());
            full.setWrapText(true);
            full.setMaxWidth(520);
            setTooltip(full);
        }
    }

    private static final class CodeCell extends TableCell<Passage, Passage> {
        @Override
        protected void updateItem(Passage p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Rectangle swatch = new Rectangle(10, 10, Color.web(p.codeColour()));
            swatch.setArcWidth(3);
            swatch.setArcHeight(3);
            setGraphic(swatch);
            setText(p.code());
        }
    }

    private ContextMenu contextMenu() {
        MenuItem show = new MenuItem("Show in transcript");
        show.setOnAction(e -> {
            Passage p = table.getFocusModel().getFocusedItem();
            if (p != null) {
                model.reveal(p);
            }
        });
        MenuItem review = new MenuItem("Review thread…");
        review.setId("passages-review");
        review.setOnAction(e -> {
            Passage p = table.getFocusModel().getFocusedItem();
            if (p != null) {
                model.openReview(p);
            }
        });
        MenuItem move = new MenuItem("Split: move to code…");
        move.setId("passages-move");
        move.setOnAction(e -> moveChosen());
        MenuItem remove = new MenuItem("Remove codings");
        remove.setId("passages-remove");
        remove.setOnAction(e -> model.remove(chosen()));
        MenuItem copy = new MenuItem("Copy quotes");
        copy.setId("passages-copy");
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> copyQuotes());
        ContextMenu menu = new ContextMenu(show, review, new SeparatorMenuItem(), move, remove, new SeparatorMenuItem(), copy);
        menu.setOnShowing(e -> {
            int n = chosen().size();
            boolean none = n == 0;
            boolean readOnly = model.context().isReadOnly();
            show.setDisable(none);
            review.setDisable(none);
            move.setDisable(none || readOnly);
            remove.setDisable(none || readOnly);
            copy.setDisable(none);
            move.setText(n > 1 ? "Split: move " + n + " passages to code…" : "Split: move to code…");
            remove.setText(n > 1 ? "Remove " + n + " codings" : "Remove coding");
            copy.setText(n > 1 ? "Copy " + n + " quotes" : "Copy quote");
        });
        return menu;
    }

    private List<Passage> chosen() {
        return new ArrayList<>(table.getSelectionModel().getSelectedItems().filtered(Objects::nonNull));
    }

    private void moveChosen() {
        List<Passage> chosen = chosen();
        if (chosen.isEmpty()) {
            return;
        }
        model.codeNames(names -> CodeChooser.ask(getScene().getWindow(), chosen.size(), names)
                .ifPresent(name -> model.moveTo(chosen, name)));
    }

    private void copyQuotes() {
        List<Passage> chosen = chosen();
        if (chosen.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(model.quotes(chosen));
        Clipboard.getSystemClipboard().setContent(content);
        model.context().say("Copied " + chosen.size() + (chosen.size() == 1 ? " quote" : " quotes")
                + " with their documents and cases.");
    }

    // ---- showing ------------------------------------------------------------------------------

    private void show(Passages p) {
        header.setText(p == null || p.name() == null ? "Passages" : p.header());
        codeColumn.setVisible(p != null && p.target().theme());
        List<Passage> rows = p == null ? List.of() : p.rows();
        List<Long> selected = chosen().stream().map(x -> x.coding().id()).toList();
        table.getItems().setAll(rows);
        // keep the choice across a refresh (an edit elsewhere re-reads the list)
        for (int i = 0; i < rows.size(); i++) {
            if (selected.contains(rows.get(i).coding().id())) {
                table.getSelectionModel().select(i);
            }
        }
    }

    private void showOptions(FilterOptions options) {
        List<Choice<AttributeFilter>> caseChoices = new ArrayList<>();
        caseChoices.add(new Choice<>("All cases", null));
        options.attributes().forEach(a -> caseChoices.add(new Choice<>(a.label(), a)));
        replace(cases, caseChoices, model.attributeProperty());
        List<Choice<String>> coderChoices = new ArrayList<>();
        coderChoices.add(new Choice<>("All coders", null));
        options.coders().forEach(c -> coderChoices.add(new Choice<>(c, c)));
        replace(coders, coderChoices, model.coderProperty());
    }

    /** New choices; the current one stays chosen if it still exists, else the box goes back to "All". */
    private static <T> void replace(ComboBox<Choice<T>> box, List<Choice<T>> choices, ObjectProperty<T> value) {
        if (box.getItems().equals(choices)) {
            return;
        }
        T current = value.get();
        box.getItems().setAll(choices);
        Choice<T> keep = choices.stream().filter(c -> Objects.equals(c.value(), current)).findFirst()
                .orElse(choices.get(0));
        box.getSelectionModel().select(keep);
    }

    private static <T> void bind(ComboBox<Choice<T>> box, ObjectProperty<T> value) {
        box.getSelectionModel().selectedItemProperty().addListener((o, old, choice) -> {
            if (choice != null) {
                value.set(choice.value());
            }
        });
        // a filter set from outside (a figure asking for the passages behind a bar) shows in the box
        value.addListener((o, old, now) -> box.getItems().stream()
                .filter(choice -> java.util.Objects.equals(choice.value(), now)).findFirst()
                .ifPresent(choice -> box.getSelectionModel().select(choice)));
    }
}
