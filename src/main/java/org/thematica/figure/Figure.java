package org.thematica.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A figure that paints itself onto any Graphics2D: the screen (FXGraphics2D on a canvas), PNG,
 * SVG and PDF all call the same {@link #paint}, so they show the same picture. Sizes are in
 * points (1/72 inch); a figure must paint the same for the same data and bounds (no clocks, no
 * randomness without a fixed seed), so a thesis can rebuild its figures byte for byte.
 */
public interface Figure {
    /** A short name for files: "theme-frequencies", "thematic-map". */
    String name();

    /** Paints the figure (without title and caption, see {@link Framed}) into {@code bounds}. */
    void paint(Graphics2D g, Rectangle2D bounds, FigureStyle style);
}
