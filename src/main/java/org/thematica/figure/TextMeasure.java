package org.thematica.figure;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;

/**
 * Measures text the same way for every output. Each Graphics2D reports its own metrics (the
 * PDF one measures narrower than the outlines it draws), so a layout that asked the graphics
 * would wrap differently in PNG, SVG and PDF. Figures measure here instead: one fixed,
 * resolution-independent context, so every output has the same layout.
 */
public final class TextMeasure {
    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    private TextMeasure() {
    }

    public static double width(Font font, String text) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    public static double ascent(Font font) {
        return metrics(font).getAscent();
    }

    public static double descent(Font font) {
        return metrics(font).getDescent();
    }

    /** Distance between baselines. */
    public static double lineHeight(Font font) {
        LineMetrics m = metrics(font);
        return m.getAscent() + m.getDescent() + m.getLeading();
    }

    private static LineMetrics metrics(Font font) {
        return font.getLineMetrics("Hg", CONTEXT);
    }

    /** Greedy word wrap to {@code width}; a word longer than the width gets a line of its own. */
    public static java.util.List<String> wrap(Font font, String text, double width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(font, candidate) > width && line.length() > 0) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
