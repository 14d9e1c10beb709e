package org.thematica.ui.common;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.function.Consumer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A picture drawn by Java2D and shown by JavaFX without a copy: the image's pixels are shared with
 * JavaFX through a {@link PixelBuffer}, at the window's scale. Text in it is laid out and drawn by
 * Java2D, exactly as in the PNG and PDF exports, and never by JavaFX's text, which draws Arabic
 * out of order on Linux (docs/architecture.md, "The transcript").
 */
public final class Java2DImage {
    private final ImageView view = new ImageView();
    private BufferedImage buffer;
    private PixelBuffer<IntBuffer> pixels;

    public Java2DImage() {
        view.setMouseTransparent(true);
    }

    public ImageView node() {
        return view;
    }

    /**
     * Paints {@code width} × {@code height} (layout units) at {@code scale}, on a transparent
     * background, with antialiasing and fractional metrics; the painter sees layout units.
     */
    public void paint(double width, double height, double scale, Consumer<Graphics2D> painter) {
        int w = Math.max(1, (int) Math.ceil(width * scale));
        int h = Math.max(1, (int) Math.ceil(height * scale));
        // a list's rows come and go in all heights: keep a buffer a little larger than needed and
        // show part of it, rather than allocate one per row (the largest cost of scrolling)
        boolean reuse = buffer != null && buffer.getWidth() >= w && buffer.getHeight() >= h
                && buffer.getWidth() <= 2 * w + 64 && buffer.getHeight() <= 2 * h + 64;
        if (!reuse) {
            buffer = new BufferedImage(w + 16, h + 32, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        Graphics2D g = buffer.createGraphics();
        try {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, Math.min(buffer.getWidth(), w + 2), Math.min(buffer.getHeight(), h + 2));
            g.clipRect(0, 0, w, h);
            g.setComposite(AlphaComposite.SrcOver);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        if (reuse) {
            pixels.updateBuffer(b -> new javafx.geometry.Rectangle2D(0, 0, w, h));
        } else {
            int[] data = ((DataBufferInt) buffer.getRaster().getDataBuffer()).getData();
            pixels = new PixelBuffer<>(buffer.getWidth(), buffer.getHeight(), IntBuffer.wrap(data),
                    PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(pixels));
        }
        view.setViewport(new javafx.geometry.Rectangle2D(0, 0, w, h));
        view.setFitWidth(w / scale);
        view.setFitHeight(h / scale);
    }

    /** Shows nothing (and lets the pixels go). */
    public void clear() {
        view.setImage(null);
        buffer = null;
        pixels = null;
    }
}
