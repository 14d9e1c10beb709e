package org.thematica.ui.search;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.thematica.service.RetrievalService.Hit;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * Search all documents: type words, press Enter, and read every occurrence in context (the
 * words before, the match, the words after), with its document and case. A click or Enter
 * shows the occurrence in the transcript. Ctrl+Shift+F brings the query field up.
 */
public final class SearchPane extends BorderPane implements Dockable {
    private final SearchViewModel model;
    private final TextField query = new TextField();
    private final TableView<Hit> table = new TableView<>();

    public SearchPane(WorkbenchContext context) {
        this.model = new SearchViewModel(context);
        getStyleClass().add("search-pane");
        setId("search");

        query.setId("search-query");
        query.setPromptText("Search all documents: words, \"a phrase\", prefix*, a OR b");
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search());
        Button go = new Button("Search");
        go.setId("search-button");
        go.setOnAction(e -> model.search());
        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(query, Priority.ALWAYS);
        query.setMaxWidth(560);
        HBox top = new HBox(8, query, go, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(5, 10, 5, 10));
        top.getStyleClass().add("retrieval-bar");
        setTop(top);

        buildTable();
        Label placeholder = new Label();
        placeholder.getStyleClass().add("empty-hint");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.emptyMessageProperty());
        table.setPlaceholder(placeholder);
        setCenter(table);
        model.resultProperty().addListener((o, old, result) -> {
            var hits = result == null ? java.util.List.<org.thematica.service.RetrievalService.Hit>of() : result.hits();
            var shown = table.getItems();
            if (old != null && result != null && old.query().equals(result.query()) && hits.size() >= shown.size()
                    && hits.subList(0, shown.size()).equals(shown)) {
                // the same search, further along: add what is new and keep the reader's place
                shown.addAll(hits.subList(shown.size(), hits.size()));
            } else {
                shown.setAll(hits);
                table.scrollTo(0);
            }
        });
    }

    /** The shell focuses the pane after Ctrl+Shift+F: the query field takes it, ready to type over. */
    @Override
    public void requestFocus() {
        query.requestFocus();
        query.selectAll();
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

    public SearchViewModel model() {
        return model;
    }

    private void buildTable() {
        table.setId("search-hits");
        table.getStyleClass().add("search-hits");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("Left context", 0.30, Part.LEFT));
        table.getColumns().add(column("Match", 0.13, Part.MATCH));
        table.getColumns().add(column("Right context", 0.30, Part.RIGHT));
        table.getColumns().add(column("Document", 0.15, Part.DOCUMENT));
        table.getColumns().add(column("Case", 0.12, Part.CASE));
        table.setRowFactory(t -> {
            TableRow<Hit> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !row.isEmpty()) {
                    model.reveal(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getFocusModel().getFocusedItem() != null) {
                model.reveal(table.getFocusModel().getFocusedItem());
                e.consume();
            }
        });
    }

    /** What a column shows of a hit. */
    enum Part { LEFT, MATCH, RIGHT, DOCUMENT, CASE }

    private static TableColumn<Hit, Hit> column(String title, double share, Part part) {
        TableColumn<Hit, Hit> column = new TableColumn<>(title);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        column.setPrefWidth(1000 * share); // the resize policy keeps these proportions
        column.setSortable(false);
        column.setCellFactory(c -> new HitCell(part));
        return column;
    }

    /**
     * A cell of the concordance. The match stays in the middle with the nearest words beside
     * it: on a right-to-left line the text before the match stands to its right, so the two
     * context columns swap. JavaFX takes a cell's direction from its first strong letter, so a
     * cell of a left-to-right line that starts with an Arabic word gets a left-to-right mark
     * (a right-to-left line's cells start with its own script; the fonts of some systems draw
     * the right-to-left mark as a box, so it is not used).
     */
    static final class HitCell extends TableCell<Hit, Hit> {
        private static final char LRM = '\u200E';
        private final Part part;
        private final Text context = new Text();

        HitCell(Part part) {
            this.part = part;
            if (part == Part.MATCH) {
                getStyleClass().add("kwic-match");
            } else if (part == Part.LEFT || part == Part.RIGHT) {
                // context runs past the cell edge and is clipped there: a label's ellipsis can cut
                // an emoji in half, and the words beside the match are the ones to keep
                getStyleClass().add("kwic-context");
                context.getStyleClass().add("kwic-text");
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                Rectangle clip = new Rectangle();
                clip.setX(3); // a little air between the text and the next column
                clip.widthProperty().bind(widthProperty().subtract(6));
                clip.heightProperty().bind(heightProperty());
                setClip(clip);
            }
        }

        @Override
        protected void updateItem(Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            setTooltip(null);
            if (empty || hit == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String mark = hit.rightToLeft() ? "" : String.valueOf(LRM);
            switch (part) {
                case LEFT -> showContext(Pos.CENTER_RIGHT, mark + (hit.rightToLeft() ? hit.right() : hit.left()));
                case RIGHT -> showContext(Pos.CENTER_LEFT, mark + (hit.rightToLeft() ? hit.left() : hit.right()));
                case MATCH -> setText(mark + hit.match());
                case DOCUMENT -> plain(hit.document());
                case CASE -> plain(hit.cases());
            }
        }

        /** The context against the match's side of the cell; what does not fit is clipped at the far side. */
        private void showContext(Pos side, String text) {
            setAlignment(side);
            context.setText(text);
            setGraphic(context);
        }

        private void plain(String text) {
            setText(text);
            setTooltip(text.isEmpty() ? null : new Tooltip(text));
        }
    }
}
