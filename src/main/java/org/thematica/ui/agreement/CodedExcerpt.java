package org.thematica.ui.agreement;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import org.thematica.analysis.TextDirection;
import org.thematica.text.Highlight;
import org.thematica.text.ParagraphLayout;
import org.thematica.text.TextFonts;
import org.thematica.ui.common.TextImage;

/**
 * A passage with some context, wrapped to its width, with what one coder coded tinted behind the
 * words. Drawn like the transcript (Java2D through {@link TextImage}), so Arabic reads in the
 * right order under the tints; colour and size follow the cell it sits in.
 */
final class CodedExcerpt extends Region {
    private final TextImage image = new TextImage();
    private String text = "";
    private List<Highlight> highlights = List.of();
    private TextFonts fonts = TextFonts.sansSerif(13f);
    private java.awt.Color ink = java.awt.Color.BLACK;
    private ParagraphLayout layout;

    CodedExcerpt() {
        getStyleClass().add("coded-excerpt");
        getChildren().add(image.node());
    }

    /** Takes colour and size from {@code owner}, now and when they change. */
    CodedExcerpt follow(Labeled owner) {
        owner.textFillProperty().addListener((o, old, fill) -> {
            ink = TextImage.awt(fill);
            requestLayout();
        });
        owner.fontProperty().addListener((o, old, font) -> size(font.getSize()));
        ink = TextImage.awt(owner.getTextFill());
        size(owner.getFont().getSize());
        return this;
    }

    private void size(double size) {
        fonts = TextFonts.sansSerif((float) size);
        layout = null;
        requestLayout();
    }

    /** Shows {@code value} (line breaks shown as spaces, so offsets stay) with these tints. */
    void show(String value, List<Highlight> tints) {
        text = value.replace('\n', ' ');
        highlights = List.copyOf(tints);
        layout = null;
        image.invalidate();
        requestLayout();
    }

    private ParagraphLayout layout(double width) {
        float w = (float) Math.max(40, width);
        if (layout == null || layout.width() != w) {
            layout = ParagraphLayout.of(text, 0, TextDirection.isRightToLeft(text, 0, text.length()), fonts, w);
        }
        return layout;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 40;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : 300;
        return layout(w - snappedLeftInset() - snappedRightInset()).height() + snappedTopInset()
                + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        ParagraphLayout l = layout(getWidth() - snappedLeftInset() - snappedRightInset());
        image.paint(l, highlights, ink, TextImage.scaleOf(this));
        image.node().relocate(snappedLeftInset(), snappedTopInset());
    }
}
