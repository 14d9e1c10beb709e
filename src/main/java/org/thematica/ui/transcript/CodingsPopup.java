package org.thematica.ui.transcript;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Popup;
import org.thematica.ui.transcript.TranscriptViewModel.CodingView;

/**
 * What is coded here: one row per coding under the click (code, coder, time, memo), with
 * Remove, Recode, Resize and Memo. Resize selects the coding's extent for the coder to adjust
 * (drag or Shift+arrows) and applies it with Enter.
 */
final class CodingsPopup {
    /** The actions the rows offer. */
    interface Actions {
        void remove(CodingView coding);

        void recode(CodingView coding);

        void resize(CodingView coding);

        void memo(CodingView coding);
    }

    private final Popup popup = new Popup();
    private final VBox rows = new VBox(8);

    CodingsPopup() {
        rows.getStyleClass().add("codings-popup");
        rows.setId("codings-popup");
        popup.getContent().add(rows);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    void show(Node owner, double screenX, double screenY, List<CodingView> codings, Actions actions) {
        rows.getChildren().clear();
        Label title = new Label(codings.size() == 1 ? "1 coding here" : codings.size() + " codings here");
        title.getStyleClass().add("pane-title");
        rows.getChildren().add(title);
        for (CodingView c : codings) {
            Rectangle swatch = new Rectangle(11, 11, Color.web(c.colour()));
            Label code = new Label(c.code());
            code.getStyleClass().add("document-name");
            Label who = new Label(c.coder() + " · " + c.coding().created().replace('T', ' ').replaceFirst("\\..*|Z$", ""));
            who.getStyleClass().add("muted");
            // the quote may be Arabic: drawn like the transcript, not by a JavaFX label
            org.thematica.ui.common.PaintedText quote = new org.thematica.ui.common.PaintedText(3).follow(code);
            quote.show("“" + TranscriptViewModel.preview(c.coding().text()) + "”", null, javafx.geometry.HPos.LEFT);
            quote.setPrefWidth(360);
            quote.setMaxWidth(360);
            VBox text = new VBox(2, new HBox(6, swatch, code), who, quote);
            for (var memo : c.memos()) {
                Label m = new Label("Memo: " + TranscriptViewModel.preview(memo.text()));
                m.getStyleClass().add("muted");
                m.setWrapText(true);
                m.setMaxWidth(360);
                text.getChildren().add(m);
            }
            Button remove = button("Remove", () -> actions.remove(c));
            Button recode = button("Recode…", () -> actions.recode(c));
            Button resize = button("Resize…", () -> actions.resize(c));
            Button memo = button(c.memos().isEmpty() ? "Memo…" : "Memos…", () -> actions.memo(c));
            HBox buttons = new HBox(6, remove, recode, resize, memo);
            buttons.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(new VBox(4, text, buttons));
        }
        popup.show(owner, screenX, screenY);
    }

    private Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("small-button");
        b.setOnAction(e -> {
            popup.hide();
            action.run();
        });
        return b;
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }
}
