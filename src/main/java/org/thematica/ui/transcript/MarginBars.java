package org.thematica.ui.transcript;

import java.util.function.IntFunction;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The coding stripes in the margin: beside each paragraph, one thin bar per code that codes some
 * of it, in the code's colour; hovering names the codes. Every paragraph's margin has the same
 * width (the document's widest), so the text does not shift.
 */
final class MarginBars implements IntFunction<Node> {
    static final double BAR = 4;
    static final double GAP = 2;
    private final TranscriptContent content;
    private final double width;

    MarginBars(TranscriptContent content) {
        this.content = content;
        this.width = Math.max(1, Math.min(content.maxBars(), 12)) * (BAR + GAP) + 6;
    }

    @Override
    public Node apply(int paragraph) {
        HBox box = new HBox(GAP);
        box.getStyleClass().add("coding-margin");
        box.setPadding(new Insets(1, 6, 1, 0));
        box.setMinWidth(width);
        box.setPrefWidth(width);
        box.setMaxWidth(width);
        box.setMaxHeight(Double.MAX_VALUE);
        long[] codes = paragraph < content.paragraphCodes().length ? content.paragraphCodes()[paragraph] : new long[0];
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < codes.length && i < 12; i++) {
            TranscriptContent.CodeLook look = content.codes().get(codes[i]);
            if (look == null) {
                continue;
            }
            Region bar = new Region();
            bar.setMinWidth(BAR);
            bar.setPrefWidth(BAR);
            bar.setMaxHeight(Double.MAX_VALUE);
            bar.setBackground(new Background(new BackgroundFill(Color.web(look.colour()), new CornerRadii(2), Insets.EMPTY)));
            box.getChildren().add(bar);
            names.append(names.length() == 0 ? "" : "\n").append(look.name());
        }
        if (names.length() > 0) {
            Tooltip.install(box, new Tooltip(names.toString()));
        }
        return box;
    }
}
