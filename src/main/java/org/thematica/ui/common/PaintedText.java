package org.thematica.ui.common;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import org.thematica.analysis.TextDirection;
import org.thematica.text.ParagraphLayout;
import org.thematica.text.TextFonts;

/**
 * A piece of text that may be Arabic, Hebrew or Persian, drawn like the transcript (through
 * {@link TextImage}) for table cells and popups: wrapped to at most a number of lines with an
 * ellipsis, or one unwrapped line set against one side and clipped by its owner. It takes its
 * colour and size from the cell or label it sits in, so selection and themes still apply.
 */
public final class PaintedText extends Region {
    private final TextImage image = new TextImage();
    private final int maxLines;
    private String text = "";
    private Boolean rightToLeft;
    private HPos side = HPos.LEFT;
    private TextFonts fonts = TextFonts.sansSerif(13f);
    private java.awt.Color ink = java.awt.Color.BLACK;
    private ParagraphLayout layout;

    /** @param maxLines lines at most, wrapped; 0 for one line that is never wrapped */
    public PaintedText(int maxLines) {
        this.maxLines = maxLines;
        getStyleClass().add("painted-text");
        getChildren().add(image.node());
    }

    /** Takes colour and size from {@code owner} (a table cell, a label), now and when they change. */
    public PaintedText follow(Labeled owner) {
        owner.textFillProperty().addListener((o, old, fill) -> ink(fill));
        owner.fontProperty().addListener((o, old, font) -> size(font.getSize()));
        ink(owner.getTextFill());
        size(owner.getFont().getSize());
        return this;
    }

    private void ink(javafx.scene.paint.Paint fill) {
        ink = TextImage.awt(fill);
        requestLayout();
    }

    private void size(double size) {
        fonts = TextFonts.sansSerif((float) size);
        layout = null;
        requestLayout();
    }

    /**
     * Shows {@code value}; {@code direction} is its line's direction when it is a fragment of a
     * line (null: from its own first strong letter), {@code against} the side it is set against.
     */
    public void show(String value, Boolean direction, HPos against) {
        text = value == null ? "" : value;
        rightToLeft = direction;
        side = against;
        layout = null;
        requestLayout();
    }

    public String text() {
        return text;
    }

    private ParagraphLayout layout(double width) {
        boolean rtl = rightToLeft != null ? rightToLeft : TextDirection.isRightToLeft(text, 0, text.length());
        float w = (float) Math.max(20, width);
        if (layout == null || maxLines > 0 && layout.width() != w) {
            layout = maxLines > 0 ? ParagraphLayout.clipped(text, rtl, fonts, w, maxLines)
                    : ParagraphLayout.of(text, 0, rtl, fonts, 0);
        }
        return layout;
    }

    /** Wrapped text is as tall as its width makes it: parents must ask for the height at the width they give. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return maxLines > 0 ? javafx.geometry.Orientation.HORIZONTAL : null;
    }

    @Override
    protected double computePrefWidth(double height) {
        return maxLines > 0 ? 40 : layout(-1).naturalWidth() + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width - snappedLeftInset() - snappedRightInset() : 300;
        return layout(w).height() + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        ParagraphLayout l = layout(w);
        image.paint(l, List.of(), ink, TextImage.scaleOf(this));
        double shown = maxLines > 0 ? l.width() : l.naturalWidth();
        double x = switch (side) {
            case RIGHT -> w - shown;
            case CENTER -> (w - shown) / 2;
            default -> 0;
        };
        double y = Math.max(0, (getHeight() - snappedTopInset() - snappedBottomInset() - l.height()) / 2);
        image.node().relocate(snappedLeftInset() + x, snappedTopInset() + y);
    }
}
