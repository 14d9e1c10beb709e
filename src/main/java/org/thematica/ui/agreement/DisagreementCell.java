package org.thematica.ui.agreement;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.thematica.model.TextRange;
import org.thematica.service.AdjudicationService.Disagreement;
import org.thematica.text.Highlight;

/**
 * One passage where the coders differ: where it is and what kind of difference, then the same
 * excerpt twice, side by side, tinted with what coder A coded (left) and coder B (right).
 */
final class DisagreementCell extends ListCell<Disagreement> {
    /** How strongly a coder's colour tints the words: half, so the text stays readable on it. */
    static final int TINT_ALPHA = 0x80;

    private final Label where = new Label();
    private final javafx.beans.value.ObservableValue<String> colourA;
    private final javafx.beans.value.ObservableValue<String> colourB;
    private final CodedExcerpt a = new CodedExcerpt();
    private final CodedExcerpt b = new CodedExcerpt();
    private final VBox box;

    /** {@code colourA}, {@code colourB}: the coders' colours ({@code #RRGGBB}), which tint what each coded. */
    DisagreementCell(javafx.beans.value.ObservableValue<String> colourA, javafx.beans.value.ObservableValue<String> colourB) {
        this.colourA = colourA;
        this.colourB = colourB;
        where.getStyleClass().add("disagreement-where");
        a.follow(this);
        b.follow(this);
        box = new VBox(4, where, new SideBySide(a, b));
        box.getStyleClass().add("disagreement");
        setPrefWidth(0); // the list's width, not the text's
    }

    @Override
    protected void updateItem(Disagreement d, boolean empty) {
        super.updateItem(d, empty);
        if (empty || d == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        where.setText(d.document() + "  ·  " + d.code() + "  ·  " + kind(d));
        a.show(d.excerpt(), tints(d.a(), d.excerptStart(), tint(colourA.getValue())));
        b.show(d.excerpt(), tints(d.b(), d.excerptStart(), tint(colourB.getValue())));
        setText(null);
        setGraphic(box);
    }

    static String kind(Disagreement d) {
        return switch (d.kind()) {
            case ONLY_A -> "only A coded it";
            case ONLY_B -> "only B coded it";
            case EXTENT -> "different extents";
        };
    }

    static int tint(String colour) {
        return TINT_ALPHA << 24 | org.thematica.model.CoderColours.rgb(colour);
    }

    private static List<Highlight> tints(List<TextRange> ranges, int offset, int argb) {
        List<Highlight> out = new ArrayList<>();
        for (TextRange r : ranges) {
            out.add(new Highlight(r.start() - offset, r.end() - offset, argb, false));
        }
        return out;
    }

    /** Two regions in halves of the width, as tall as the taller needs. */
    static final class SideBySide extends Region {
        private static final double GAP = 16;
        private final Region left;
        private final Region right;

        SideBySide(Region left, Region right) {
            this.left = left;
            this.right = right;
            getChildren().addAll(left, right);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        private double half(double width) {
            return Math.max(40, (width - GAP) / 2);
        }

        @Override
        protected double computePrefWidth(double height) {
            return 400;
        }

        @Override
        protected double computeMinWidth(double height) {
            return 100;
        }

        @Override
        protected double computePrefHeight(double width) {
            double w = width > 0 ? width : getWidth() > 0 ? getWidth() : 600;
            return Math.max(left.prefHeight(half(w)), right.prefHeight(half(w)));
        }

        @Override
        protected void layoutChildren() {
            double h = half(getWidth());
            left.resizeRelocate(0, 0, h, left.prefHeight(h));
            right.resizeRelocate(h + GAP, 0, h, right.prefHeight(h));
        }
    }
}
