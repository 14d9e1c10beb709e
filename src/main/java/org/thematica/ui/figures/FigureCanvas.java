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
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        if (figure != null && w > 1 && h > 1) {
            // a fresh FXGraphics2D each time: it remembers the last colour it set and skips setting
            // it again, but the figure paints through a create()d copy that changes the shared
            // canvas state behind its back, so a reused one filled the next page with the figure's
            // last colour instead of white
            figureBounds = Framed.paint(figure, new FXGraphics2D(canvas.getGraphicsContext2D()), w, h, style);
        }
    }

    public Canvas canvas() {
        return canvas;
    }
}
