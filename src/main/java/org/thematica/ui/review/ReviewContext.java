package org.thematica.ui.review;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.thematica.service.RetrievalService;
import org.thematica.ui.transcript.TranscriptView;

/**
 * Where the item stands: for a coding, its document in the transcript's own view (the same
 * painter, right-to-left text exactly as the analyst sees it), scrolled to the passage and with
 * the passage selected; for a code, the first passages coded with it.
 */
final class ReviewContext extends BorderPane {
    private final TranscriptView view = new TranscriptView();
    private final Label heading = new Label();
    private final VBox examples = new VBox(8);
    private final ScrollPane examplesScroll = new ScrollPane(examples);

    ReviewContext() {
        getStyleClass().addAll("transcript", "review-context");
        setId("review-context");
        heading.getStyleClass().add("transcript-heading");
        heading.setPadding(new Insets(8, 14, 6, 14));
        setTop(heading);
        view.setId("review-transcript");
        examples.setPadding(new Insets(8, 14, 8, 14));
        examplesScroll.setFitToWidth(true);
    }

    void show(ReviewDetails.Detail d) {
        if (d == null) {
            heading.setText("");
            setCenter(null);
            return;
        }
        if (d.item() != null) {
            heading.setText(d.item().document());
            if (view.content() != d.context()) {
                // the text's size comes from CSS; taking it after the content would lay the rows
                // out again from the top, losing the scroll to the passage
                view.applyCss();
                view.setContent(d.context(), d.marks());
            } else {
                view.setMarks(d.marks());
            }
            if (getCenter() != view) {
                setCenter(view);
            }
            int start = d.item().coding().start();
            int end = d.item().coding().end();
            view.selectRange(start, end);
            // the rows are laid out at the next pulse; scroll once they have their heights
            Platform.runLater(() -> {
                if (view.selectionStart() == start && view.selectionEnd() == end) {
                    view.showOffset(start);
                }
            });
        } else {
            heading.setText("Passages coded with it");
            examples.getChildren().clear();
            for (RetrievalService.Passage p : d.examples()) {
                Label where = new Label(p.document() + " · " + p.coder());
                where.getStyleClass().add("muted");
                examples.getChildren().addAll(ReviewCard.painted("“" + p.coding().text().strip() + "”", 4,
                        "review-example"), where);
            }
            if (d.examples().isEmpty()) {
                Label none = new Label("Nothing is coded with it yet.");
                none.getStyleClass().add("muted");
                examples.getChildren().add(none);
            }
            setCenter(examplesScroll);
        }
    }

    TranscriptView view() {
        return view;
    }
}
