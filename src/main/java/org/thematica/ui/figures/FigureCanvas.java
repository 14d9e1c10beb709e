package org.thematica.ui.figures;

import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureStyle;
import org.thematica.figure.Framed;

/**
 * Shows a {@link Figure} on screen with the same painter the exports use (through
 * FXGraphics2D), framed with its title and caption, filling the region and repainting when
 * it is resized.
 */
public final class FigureCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private Figure figure;
    private FigureStyle style = FigureStyle.plain();
    private Rectangle2D figureBounds = new Rectangle2D.Double();

    public FigureCanvas() {
        getChildren().add(canvas);
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
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    public void repaint() {
        double w = getWidth();
        double h = getHeight();
        javafx.scene.canvas.GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (figure != null && w > 1 && h > 1) {
            // a fresh FXGraphics2D each time, in a saved context: FXGraphics2D skips setting a colour
            // (or font) it believes is current, but the graphics Framed creates for the figure change
            // the shared context behind its back, so a reused one filled the next page in the
            // figure's last colour
            gc.save();
            try {
                figureBounds = Framed.paint(figure, new FXGraphics2D(gc), w, h, style);
            } finally {
                gc.restore();
            }
        }
    }

    public Canvas canvas() {
        return canvas;
    }
}
