package org.thematica.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.HPos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Rectangle;
import org.thematica.service.RetrievalService.Hit;

/**
 * The columns of a keyword-in-context table (a concordance), shared by the Search pane and the
 * word cloud's occurrences: left context, match, right context, document, case.
 */
public final class Concordance {
    private Concordance() {
    }

    /**
     * Fills a table with the concordance's columns ({@code matchTitle} over the match) and shows
     * a hit in the transcript on a click or Enter.
     */
    public static void setUp(TableView<Hit> table, String matchTitle, Consumer<Hit> reveal) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("Left context", 0.30, Part.LEFT));
        table.getColumns().add(column(matchTitle, 0.13, Part.MATCH));
        table.getColumns().add(column("Right context", 0.30, Part.RIGHT));
        table.getColumns().add(column("Document", 0.15, Part.DOCUMENT));
        table.getColumns().add(column("Case", 0.12, Part.CASE));
        table.setRowFactory(t -> {
            TableRow<Hit> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !row.isEmpty()) {
                    reveal.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getFocusModel().getFocusedItem() != null) {
                reveal.accept(table.getFocusModel().getFocusedItem());
                e.consume();
            }
        });
    }

    /** What a column shows of a hit. */
    enum Part { LEFT, MATCH, RIGHT, DOCUMENT, CASE }

    /** A column of the concordance: {@code share} of the table's width, showing one part of each hit. */
    static TableColumn<Hit, Hit> column(String title, double share, Part part) {
        TableColumn<Hit, Hit> column = new TableColumn<>(title);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        column.setPrefWidth(1000 * share); // the resize policy keeps these proportions
        column.setSortable(false);
        column.setCellFactory(c -> new Cell(part));
        return column;
    }

    /**
     * A cell of the concordance. The match stays in the middle with the nearest words beside
     * it: on a right-to-left line the text before the match stands to its right, so the two
     * context columns swap. Context and match are fragments of one line and are laid out in that
     * line's direction ({@link PaintedText}), whatever script they start with.
     */
    static final class Cell extends TableCell<Hit, Hit> {
        private final Part part;
        private final PaintedText text = new PaintedText(0).follow(this);

        Cell(Part part) {
            this.part = part;
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            text.setMaxWidth(Double.MAX_VALUE);
            // the cell's content width, kept as CSS sets the padding (once, not on every item)
            text.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> getWidth() - snappedLeftInset() - snappedRightInset(), widthProperty(), paddingProperty()));
            if (part == Part.MATCH) {
                getStyleClass().add("kwic-match");
            } else if (part == Part.LEFT || part == Part.RIGHT) {
                // context runs past the cell edge and is clipped there: a label's ellipsis can cut
                // an emoji in half, and the words beside the match are the ones to keep
                getStyleClass().add("kwic-context");
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
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            boolean rtl = hit.rightToLeft();
            switch (part) {
                case LEFT -> fragment(rtl ? hit.right() : hit.left(), rtl, HPos.RIGHT);
                case RIGHT -> fragment(rtl ? hit.left() : hit.right(), rtl, HPos.LEFT);
                case MATCH -> fragment(hit.match(), rtl, HPos.CENTER);
                case DOCUMENT -> plain(hit.document());
                case CASE -> plain(hit.cases());
            }
        }

        /** A fragment of the hit's line, against {@code side}; what does not fit is clipped at the far side. */
        private void fragment(String value, boolean rightToLeft, HPos side) {
            text.show(value, rightToLeft, side);
            setGraphic(text);
        }

        private void plain(String value) {
            text.show(value, null, HPos.LEFT);
            setGraphic(text);
            setTooltip(value.isEmpty() ? null : new Tooltip(value));
        }
    }
}
