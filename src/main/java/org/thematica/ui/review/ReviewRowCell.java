package org.thematica.ui.review;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.thematica.model.ReviewBadge;
import org.thematica.ui.common.PaintedText;

/** One entry of the queue: the passage (two lines at most), what and whose it is, and where it stands. */
final class ReviewRowCell extends ListCell<ReviewRow> {
    private final PaintedText quote = new PaintedText(2).follow(this);
    private final Label about = new Label();
    private final Label badge = new Label();
    private final Label mine = new Label();
    private final VBox box;

    ReviewRowCell() {
        getStyleClass().add("review-row");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        about.getStyleClass().add("muted");
        about.setMinWidth(0);
        mine.getStyleClass().add("muted");
        mine.setMinWidth(Region.USE_PREF_SIZE); // where I stand is never cut; the line before it is
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(6, about, spacer, mine, badge);
        line.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(2, quote, line);
        quote.prefWidthProperty().bind(widthProperty().subtract(24));
        box.prefWidthProperty().bind(widthProperty().subtract(20));
    }

    @Override
    protected void updateItem(ReviewRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        quote.show(row.quote(), null, HPos.LEFT);
        about.setText(row.about());
        mine.setText(row.mine() == null ? "" : "you: " + row.mine().key() + (row.changed() ? ", changed" : ""));
        badge.setText(row.badge() == ReviewBadge.NONE ? "" : row.badge().symbol());
        badge.getStyleClass().removeIf(c -> c.startsWith("review-"));
        if (row.badge() != ReviewBadge.NONE) {
            badge.getStyleClass().addAll("review-mark", "review-" + row.badge().word());
        }
        setGraphic(box);
    }
}
