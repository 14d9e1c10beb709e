package org.thematica.ui.common;

import java.awt.Color;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import org.thematica.text.Highlight;
import org.thematica.text.ParagraphLayout;

/**
 * Shows a {@link ParagraphLayout} on screen, painted by Java2D ({@link Java2DImage}). Every view of text that may be Arabic,
 * Hebrew or Persian goes through here, because JavaFX's own text draws such runs out of order on
 * Linux (docs/architecture.md, "The transcript").
 */
public final class TextImage {
    private final Java2DImage image = new Java2DImage();
    // what is painted now: paint again only when one of these changed
    private ParagraphLayout shownLayout;
    private List<Highlight> shownHighlights;
    private Color shownInk;
    private double shownScale;

    public ImageView node() {
        return image.node();
    }

    /** The scale of the window that shows {@code node} (2 on a HiDPI screen), 1 before it is shown. */
    public static double scaleOf(Node node) {
        return node.getScene() == null || node.getScene().getWindow() == null ? 1
                : node.getScene().getWindow().getOutputScaleX();
    }

    /** Forgets what is painted, so the next {@link #paint} paints whatever it is given. */
    public void invalidate() {
        shownLayout = null;
    }

    /** Paints the layout with its highlights in {@code ink}, unless exactly that is shown already. */
    public void paint(ParagraphLayout layout, List<Highlight> highlights, Color ink, double scale) {
        if (layout == shownLayout && highlights.equals(shownHighlights) && ink.equals(shownInk)
                && scale == shownScale) {
            return;
        }
        image.paint(Math.max(layout.width(), layout.naturalWidth()), layout.height(), scale,
                g -> layout.paint(g, highlights, ink));
        shownLayout = layout;
        shownHighlights = highlights;
        shownInk = ink;
        shownScale = scale;
    }

    /** The theme's colour as Java2D wants it. */
    public static Color awt(javafx.scene.paint.Paint fill) {
        if (fill instanceof javafx.scene.paint.Color c) {
            return new Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
        }
        return Color.BLACK;
    }
}
