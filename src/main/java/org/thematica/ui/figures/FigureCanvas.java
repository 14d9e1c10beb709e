package org.thematica.ui.figures;

import java.awt.geom.Rectangle2D;
import javafx.scene.layout.Region;
import org.thematica.ui.common.Java2DImage;
import org.thematica.ui.common.TextImage;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureStyle;
import org.thematica.figure.Framed;

/**
 * Shows a {@link Figure} on screen with the same painter the exports use, framed with its title
 * and caption, filling the region and repainting when it is resized. It paints through Java2D into
 * an image ({@link Java2DImage}), as the PNG export does, so the screen shows exactly what a
 * file will hold, Arabic labels included (JavaFX's text, which FXGraphics2D drew with, misorders
 * them on Linux).
 */
public final class FigureCanvas extends Region {
    private final Java2DImage picture = new Java2DImage();
    private Figure figure;
    private FigureStyle style = FigureStyle.plain();
    private Rectangle2D figureBounds = new Rectangle2D.Double();

    public FigureCanvas() {
        getChildren().add(picture.node());
        getStyleClass().add("figure-canvas");
        widthProperty().addListener((o, a, b) -> repaint());
        heightProperty().addListener((o, a, b) -> repaint());
    }

    public void show(Figure figure, FigureStyle style) {
        this.figure = figure;
        this.style = style;
        repaint();
    }

    public Figure figure() {
        return figure;
    }

    /**
     * Where the figure itself was painted last time (inside title and caption), in canvas
     * coordinates: for turning mouse positions into the figure's own coordinates.
     */
    public Rectangle2D figureBounds() {
        return figureBounds;
    }

    @Override
    protected void layoutChildren() {
        picture.node().relocate(0, 0);
    }

    public void repaint() {
        double w = getWidth();
        double h = getHeight();
        if (figure == null || w <= 1 || h <= 1) {
            picture.clear();
            return;
        }
        Rectangle2D[] bounds = new Rectangle2D[1];
        picture.paint(w, h, TextImage.scaleOf(this), g -> bounds[0] = Framed.paint(figure, g, w, h, style));
        figureBounds = bounds[0];
    }

    /** The node showing the picture (tests take snapshots of it). */
    public javafx.scene.Node picture() {
        return picture.node();
    }
}
