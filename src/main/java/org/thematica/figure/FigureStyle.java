package org.thematica.figure;

import java.awt.Color;

/**
 * How a figure looks, the same on screen and in every export.
 *
 * @param title   printed above the figure, or empty
 * @param caption printed below it, or empty
 * @param font    the font family for all text (falls back to the platform's sans serif)
 * @param size    the base font size in points
 */
public record FigureStyle(PaletteMode palette, String title, String caption, String font, double size) {
    public static final String DEFAULT_FONT = "SansSerif";

    public static FigureStyle plain() {
        return new FigureStyle(PaletteMode.COLOUR, "", "", DEFAULT_FONT, 11);
    }

    public FigureStyle withPalette(PaletteMode mode) {
        return new FigureStyle(mode, title, caption, font, size);
    }

    public FigureStyle withTitle(String newTitle, String newCaption) {
        return new FigureStyle(palette, newTitle, newCaption, font, size);
    }

    /** The colour to draw item {@code index} of {@code count}, whose own colour is {@code own} (#rrggbb). */
    public Color colour(String own, int index, int count) {
        return Palettes.colour(palette, own, index, count);
    }

    public java.awt.Font font(int style, double scale) {
        return new java.awt.Font(font, style, 1).deriveFont((float) (size * scale));
    }
}
