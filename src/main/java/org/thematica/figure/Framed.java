package org.thematica.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A figure on a white page with its title above and caption below, the same for every figure
 * and every output. Also sets the rendering hints that make the output repeatable.
 */
public final class Framed {
    private Framed() {
    }

    /** Paints the page and returns the area the figure itself got (between title and caption). */
    public static Rectangle2D paint(Figure figure, Graphics2D g, double width, double height, FigureStyle style) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double margin = style.size();
        double top = margin;
        double bottom = height - margin;
        if (!style.title().isBlank()) {
            Font font = style.font(Font.BOLD, 1.35);
            g.setFont(font);
            g.setColor(Color.BLACK);
            for (String line : TextMeasure.wrap(font, style.title(), width - 2 * margin)) {
                top += TextMeasure.ascent(font);
                g.drawString(line, (float) ((width - TextMeasure.width(font, line)) / 2), (float) top);
                top += TextMeasure.descent(font);
            }
            top += margin / 2;
        }
        if (!style.caption().isBlank()) {
            Font font = style.font(Font.PLAIN, 0.95);
            g.setFont(font);
            List<String> lines = TextMeasure.wrap(font, style.caption(), width - 2 * margin);
            double lineHeight = TextMeasure.lineHeight(font);
            double y = bottom - lines.size() * lineHeight + TextMeasure.ascent(font);
            g.setColor(new Color(0x333333));
            for (String line : lines) {
                g.drawString(line, (float) margin, (float) y);
                y += lineHeight;
            }
            bottom -= lines.size() * lineHeight + margin / 2;
        }
        Rectangle2D area = new Rectangle2D.Double(margin, top, width - 2 * margin, Math.max(1, bottom - top));
        Graphics2D inner = (Graphics2D) g.create();
        try {
            inner.clip(area);
            figure.paint(inner, area, style);
        } finally {
            inner.dispose();
        }
        return area;
    }

}
