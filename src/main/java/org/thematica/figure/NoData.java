package org.thematica.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** What a figure shows when its data cannot be had: the reason, wrapped, where the figure would be. */
final class NoData {
    private static final Color MUTED = new Color(0x6E6E6E);

    private NoData() {
    }

    static void paint(Graphics2D g, Rectangle2D b, FigureStyle style, String reason) {
        Font font = style.font(Font.PLAIN, 1);
        g.setFont(font);
        g.setColor(MUTED);
        double y = b.getY();
        for (String line : TextMeasure.wrap(font, reason, b.getWidth())) {
            y += TextMeasure.ascent(font);
            g.drawString(line, (float) b.getX(), (float) y);
            y += TextMeasure.lineHeight(font) - TextMeasure.ascent(font);
        }
    }
}
