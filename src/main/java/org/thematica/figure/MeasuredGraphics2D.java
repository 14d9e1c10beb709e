package org.thematica.figure;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A Graphics2D that draws onto another but answers every question about text size as
 * {@link TextMeasure} does. Libraries that lay out text by asking the graphics (JFreeChart asks
 * for font metrics to place axis labels, wrap category names and fit legends) would otherwise
 * lay out a figure differently on screen, in PNG, SVG and PDF, because each graphics measures
 * in its own way. Wrapped in this, they measure in one fixed, resolution-independent context.
 */
public final class MeasuredGraphics2D extends Graphics2D {
    /** The context of {@link TextMeasure}: identity transform, anti-aliased, fractional metrics. */
    static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    private final Graphics2D g;

    private MeasuredGraphics2D(Graphics2D g) {
        this.g = g;
    }

    /** Wraps {@code g} (once: a wrapped graphics is returned as it is). */
    public static Graphics2D wrap(Graphics2D g) {
        return g instanceof MeasuredGraphics2D ? g : new MeasuredGraphics2D(g);
    }

    /** Font metrics computed with {@link TextMeasure}, whatever graphics asks. */
    public static FontMetrics metrics(Font font) {
        return new Metrics(font);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return CONTEXT;
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return new Metrics(f);
    }

    @Override
    public FontMetrics getFontMetrics() {
        return new Metrics(g.getFont());
    }

    @Override
    public Graphics create() {
        return new MeasuredGraphics2D((Graphics2D) g.create());
    }

    /** Integer metrics rounded as the JDK rounds them; fractional bounds straight from TextMeasure. */
    private static final class Metrics extends FontMetrics {
        private static final long serialVersionUID = 1L;

        Metrics(Font font) {
            super(font);
        }

        @Override
        public FontRenderContext getFontRenderContext() {
            return CONTEXT;
        }

        @Override
        public int getAscent() {
            return (int) Math.ceil(TextMeasure.ascent(font));
        }

        @Override
        public int getDescent() {
            return (int) Math.ceil(TextMeasure.descent(font));
        }

        @Override
        public int getLeading() {
            return (int) Math.round(TextMeasure.lineHeight(font) - TextMeasure.ascent(font)
                    - TextMeasure.descent(font));
        }

        @Override
        public int getMaxAscent() {
            return getAscent();
        }

        @Override
        public int getMaxDescent() {
            return getDescent();
        }

        @Override
        public int charWidth(char ch) {
            return stringWidth(String.valueOf(ch));
        }

        @Override
        public int charWidth(int codePoint) {
            return stringWidth(new String(Character.toChars(codePoint)));
        }

        @Override
        public int stringWidth(String str) {
            return (int) Math.round(TextMeasure.width(font, str));
        }

        @Override
        public int charsWidth(char[] data, int off, int len) {
            return stringWidth(new String(data, off, len));
        }

        @Override
        public int bytesWidth(byte[] data, int off, int len) {
            return stringWidth(new String(data, off, len, java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        @Override
        public Rectangle2D getStringBounds(String str, Graphics context) {
            return bounds(str);
        }

        @Override
        public Rectangle2D getStringBounds(String str, int beginIndex, int limit, Graphics context) {
            return bounds(str.substring(beginIndex, limit));
        }

        @Override
        public Rectangle2D getStringBounds(char[] chars, int beginIndex, int limit, Graphics context) {
            return bounds(new String(chars, beginIndex, limit - beginIndex));
        }

        @Override
        public Rectangle2D getStringBounds(java.text.CharacterIterator ci, int beginIndex, int limit,
                                           Graphics context) {
            StringBuilder s = new StringBuilder();
            for (char c = ci.setIndex(beginIndex); ci.getIndex() < limit; c = ci.next()) {
                s.append(c);
            }
            return bounds(s.toString());
        }

        private Rectangle2D bounds(String s) {
            return new Rectangle2D.Double(0, -TextMeasure.ascent(font), TextMeasure.width(font, s),
                    TextMeasure.lineHeight(font));
        }

        @Override
        public LineMetrics getLineMetrics(String str, Graphics context) {
            return font.getLineMetrics(str, CONTEXT);
        }

        @Override
        public LineMetrics getLineMetrics(String str, int beginIndex, int limit, Graphics context) {
            return font.getLineMetrics(str, beginIndex, limit, CONTEXT);
        }

        @Override
        public LineMetrics getLineMetrics(char[] chars, int beginIndex, int limit, Graphics context) {
            return font.getLineMetrics(chars, beginIndex, limit, CONTEXT);
        }

        @Override
        public LineMetrics getLineMetrics(java.text.CharacterIterator ci, int beginIndex, int limit,
                                          Graphics context) {
            return font.getLineMetrics(ci, beginIndex, limit, CONTEXT);
        }
    }

    // ---- everything else goes to the wrapped graphics ----

    @Override
    public void draw(Shape s) {
        g.draw(s);
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        return g.drawImage(img, xform, obs);
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        g.drawImage(img, op, x, y);
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        g.drawRenderedImage(img, xform);
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        g.drawRenderableImage(img, xform);
    }

    @Override
    public void drawString(String str, int x, int y) {
        g.drawString(str, x, y);
    }

    @Override
    public void drawString(String str, float x, float y) {
        g.drawString(str, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        g.drawString(iterator, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        g.drawString(iterator, x, y);
    }

    @Override
    public void drawGlyphVector(GlyphVector gv, float x, float y) {
        g.drawGlyphVector(gv, x, y);
    }

    @Override
    public void fill(Shape s) {
        g.fill(s);
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        return g.hit(rect, s, onStroke);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return g.getDeviceConfiguration();
    }

    @Override
    public void setComposite(Composite comp) {
        g.setComposite(comp);
    }

    @Override
    public void setPaint(Paint paint) {
        g.setPaint(paint);
    }

    @Override
    public void setStroke(Stroke s) {
        g.setStroke(s);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
        g.setRenderingHint(hintKey, hintValue);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key hintKey) {
        return g.getRenderingHint(hintKey);
    }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        g.setRenderingHints(hints);
    }

    @Override
    public void addRenderingHints(Map<?, ?> hints) {
        g.addRenderingHints(hints);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return g.getRenderingHints();
    }

    @Override
    public void translate(int x, int y) {
        g.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        g.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        g.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        g.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        g.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        g.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        g.transform(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        g.setTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return g.getTransform();
    }

    @Override
    public Paint getPaint() {
        return g.getPaint();
    }

    @Override
    public Composite getComposite() {
        return g.getComposite();
    }

    @Override
    public void setBackground(Color color) {
        g.setBackground(color);
    }

    @Override
    public Color getBackground() {
        return g.getBackground();
    }

    @Override
    public Stroke getStroke() {
        return g.getStroke();
    }

    @Override
    public void clip(Shape s) {
        g.clip(s);
    }

    @Override
    public Color getColor() {
        return g.getColor();
    }

    @Override
    public void setColor(Color c) {
        g.setColor(c);
    }

    @Override
    public void setPaintMode() {
        g.setPaintMode();
    }

    @Override
    public void setXORMode(Color c1) {
        g.setXORMode(c1);
    }

    @Override
    public Font getFont() {
        return g.getFont();
    }

    @Override
    public void setFont(Font font) {
        g.setFont(font);
    }

    @Override
    public Rectangle getClipBounds() {
        return g.getClipBounds();
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        g.clipRect(x, y, width, height);
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        g.setClip(x, y, width, height);
    }

    @Override
    public Shape getClip() {
        return g.getClip();
    }

    @Override
    public void setClip(Shape clip) {
        g.setClip(clip);
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        g.copyArea(x, y, width, height, dx, dy);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        g.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        g.fillRect(x, y, width, height);
    }

    @Override
    public void drawRect(int x, int y, int width, int height) {
        g.drawRect(x, y, width, height);
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        g.clearRect(x, y, width, height);
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        g.drawRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        g.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        g.drawOval(x, y, width, height);
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        g.fillOval(x, y, width, height);
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        g.drawArc(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        g.fillArc(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        g.drawPolyline(xPoints, yPoints, nPoints);
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        g.drawPolygon(xPoints, yPoints, nPoints);
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        g.fillPolygon(xPoints, yPoints, nPoints);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return g.drawImage(img, x, y, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        return g.drawImage(img, x, y, width, height, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        return g.drawImage(img, x, y, bgcolor, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        return g.drawImage(img, x, y, width, height, bgcolor, observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             ImageObserver observer) {
        return g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             Color bgcolor, ImageObserver observer) {
        return g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bgcolor, observer);
    }

    @Override
    public void dispose() {
        g.dispose();
    }
}
