package org.thematica.figure;

import java.awt.Color;

/**
 * Colours per palette mode. Colour: the project's own colours. Colour-blind: Okabe and Ito's
 * eight colours, which stay distinct under the common colour-vision deficiencies. Grayscale:
 * evenly spaced greys by position, so neighbouring bars never merge when printed in black and
 * white (the luminance of the original colours often would).
 */
public final class Palettes {
    private static final Color[] OKABE_ITO = {
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73), new Color(0xF0E442),
        new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7), new Color(0x000000),
    };

    private Palettes() {
    }

    public static Color colour(PaletteMode mode, String own, int index, int count) {
        switch (mode) {
            case COLOUR:
                return own == null ? OKABE_ITO[Math.floorMod(index, OKABE_ITO.length)] : Color.decode(own);
            case COLOUR_BLIND:
                return OKABE_ITO[Math.floorMod(index, OKABE_ITO.length)];
            case GRAYSCALE:
                int n = Math.max(1, count);
                // from dark grey (0.2) to light grey (0.8): black text stays readable on every shade
                float level = n == 1 ? 0.45f : 0.2f + 0.6f * Math.floorMod(index, n) / (n - 1);
                return new Color(level, level, level);
            default:
                throw new AssertionError(mode);
        }
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        double luminance = (0.2126 * background.getRed() + 0.7152 * background.getGreen()
                + 0.0722 * background.getBlue()) / 255;
        return luminance > 0.55 ? Color.BLACK : Color.WHITE;
    }
}
