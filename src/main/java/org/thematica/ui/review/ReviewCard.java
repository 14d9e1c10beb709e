package org.thematica.ui.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.thematica.model.Memo;
import org.thematica.model.Review;
import org.thematica.service.ReviewQueue;
import org.thematica.service.ReviewService;
import org.thematica.ui.common.PaintedText;

/**
 * The item in front of the reviewer: the passage (or the code's definition), its code and themes,
 * who coded it and where, its memos, and the review threads on it, each with Reply and Resolve.
 */
final class ReviewCard extends ScrollPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReviewViewModel model;
    private final VBox body = new VBox(8);

    ReviewCard(ReviewViewModel model) {
        this.model = model;
        getStyleClass().add("review-card");
        setId("review-card");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        body.setPadding(new Insets(12, 14, 12, 14));
        setContent(body);
        Label reading = new Label("Reading…");
        reading.getStyleClass().add("muted");
        body.getChildren().add(reading);
    }

    void show(ReviewDetails.Detail d) {
        body.getChildren().clear();
        if (d == null) {
            Label none = new Label("Nothing to review here: the list is empty. Choose another state or filter above.");
            none.getStyleClass().add("empty-hint");
            none.setWrapText(true);
            body.getChildren().add(none);
            return;
        }
        Label position = new Label((d.position() + 1) + " of " + d.count());
        position.setId("review-position");
        position.getStyleClass().add("muted");
        body.getChildren().add(position);
        if (d.item() != null) {
            coding(d.item());
        } else {
            code(d.code());
        }
        mine(d.row());
        memos(d);
        threads(d);
        setVvalue(0);
    }

    private void coding(ReviewQueue.Item item) {
        Label quote = painted(item.coding().text().strip(), 12, "review-quote");
        quote.setId("review-quote");
        quote.setStyle("-fx-border-color: transparent transparent transparent " + item.codeColour() + ";");
        body.getChildren().add(quote);
        body.getChildren().add(codeLine(item.code(), item.codeColour()));
        body.getChildren().add(fact("Themes", item.themes().isEmpty() ? "none" : String.join(", ", item.themes())));
        body.getChildren().add(fact("Coded by", item.coder() + " · " + when(item.coding().created())));
        body.getChildren().add(fact("In", item.document() + (item.cases().isEmpty() ? "" : " · " + item.cases())));
    }

    private void code(ReviewQueue.CodeItem c) {
        body.getChildren().add(codeLine(c.code().name(), c.code().colour()));
        Label definition = painted(c.code().description().isBlank() ? "(no description yet)" : c.code().description(),
                10, "review-quote");
        definition.setId("review-definition");
        body.getChildren().add(definition);
        body.getChildren().add(fact("Under", c.parent().isEmpty() ? "top level" : c.parent()));
        body.getChildren().add(fact("Themes", c.themes().isEmpty() ? "none" : String.join(", ", c.themes())));
        body.getChildren().add(fact("Used", c.codings() + (c.codings() == 1 ? " coding" : " codings")));
    }

    private Node codeLine(String code, String colour) {
        Rectangle swatch = new Rectangle(12, 12, Color.web(colour));
        swatch.setArcWidth(3);
        swatch.setArcHeight(3);
        Label name = new Label(code);
        name.setId("review-code");
        name.getStyleClass().add("review-code-name");
        HBox line = new HBox(7, swatch, name);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private void mine(ReviewRow row) {
        if (row.mine() == null) {
            return;
        }
        Label mine = new Label("Your verdict: " + row.mine().key() + (row.changed()
                ? " — changed since you gave it" : ""));
        mine.setId("review-mine");
        mine.getStyleClass().add(row.changed() ? "review-changed" : "muted");
        body.getChildren().add(mine);
    }

    private void memos(ReviewDetails.Detail d) {
        for (Memo memo : d.memos()) {
            Label title = new Label("Memo" + (memo.title().isBlank() ? "" : ": " + memo.title()));
            title.getStyleClass().add("review-section");
            body.getChildren().addAll(title, painted(memo.text(), 8, "review-memo"));
        }
    }

    private void threads(ReviewDetails.Detail d) {
        Label heading = new Label(d.threads().isEmpty() ? "No review threads yet." : "Review threads");
        heading.getStyleClass().add(d.threads().isEmpty() ? "muted" : "review-section");
        body.getChildren().add(heading);
        for (ReviewService.Thread t : d.threads()) {
            body.getChildren().add(thread(t, d.names()));
        }
    }

    private Node thread(ReviewService.Thread t, java.util.Map<Long, String> names) {
        Review v = t.verdict();
        Label head = new Label(v.verdict().key().toUpperCase(java.util.Locale.ROOT) + " · " + t.reviewer() + " · "
                + when(v.created()) + (t.isOpen() ? " · open" : v.isResolved() ? " · resolved by "
                + names.getOrDefault(v.resolvedBy(), "?") : ""));
        head.getStyleClass().addAll("review-thread-head", "review-" + (t.isOpen()
                ? v.verdict() == org.thematica.model.Verdict.QUESTION ? "question" : "disputed"
                : v.verdict() == org.thematica.model.Verdict.AGREE ? "agreed" : "resolved"));
        head.setWrapText(true);
        VBox box = new VBox(4, head);
        if (!v.comment().isBlank()) {
            box.getChildren().add(painted(v.comment(), 8, "review-comment"));
        }
        for (Review reply : t.replies()) {
            Label who = new Label("↳ " + names.getOrDefault(reply.reviewerId(), "?") + " · " + when(reply.created()));
            who.getStyleClass().add("muted");
            Label text = painted(reply.comment(), 8, "review-comment");
            VBox.setMargin(who, new Insets(0, 0, 0, 14));
            VBox.setMargin(text, new Insets(0, 0, 0, 14));
            box.getChildren().addAll(who, text);
        }
        Button reply = new Button("Reply…");
        reply.getStyleClass().add("small-button");
        reply.setOnAction(e -> model.askReply(t));
        Button resolve = new Button(v.isResolved() ? "Reopen" : "Resolve");
        resolve.getStyleClass().add("small-button");
        resolve.setOnAction(e -> model.resolve(t, !v.isResolved()));
        resolve.setVisible(v.isResolved() || t.isOpen());
        reply.setDisable(model.isReadOnly());
        resolve.setDisable(model.isReadOnly());
        HBox buttons = new HBox(6, reply, resolve);
        box.getChildren().add(buttons);
        box.getStyleClass().add("review-thread");
        box.setId("review-thread-" + v.guid());
        return box;
    }

    private static Node fact(String what, String value) {
        Label name = new Label(what);
        name.getStyleClass().add("muted");
        name.setMinWidth(70);
        Label text = new Label(value);
        text.setWrapText(true);
        HBox line = new HBox(8, name, text);
        line.setAlignment(Pos.BASELINE_LEFT);
        return line;
    }

    /** Text that may be Arabic, drawn like the transcript, wrapped to at most {@code lines} lines. */
    static Label painted(String text, int lines, String styleClass) {
        Label owner = new Label();
        owner.getStyleClass().add(styleClass);
        owner.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        owner.setMaxWidth(Double.MAX_VALUE);
        PaintedText painted = new PaintedText(lines).follow(owner);
        painted.show(text, null, HPos.LEFT);
        // the label's own padding (the quote's coloured bar) is inside its width
        painted.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> owner.getWidth()
                - owner.getPadding().getLeft() - owner.getPadding().getRight() - 4, owner.widthProperty(),
                owner.paddingProperty()));
        owner.setGraphic(painted);
        owner.setUserData(text); // tests read what is drawn
        return owner;
    }

    static String when(String instant) {
        try {
            return WHEN.format(Instant.parse(instant).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
