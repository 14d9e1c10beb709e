package org.thematica.figure;

import java.util.Locale;

/** How a figure is coloured: the project's colours, shades of grey for print, or a colour-blind-safe set. */
public enum PaletteMode {
    COLOUR, GRAYSCALE, COLOUR_BLIND;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PaletteMode parse(String key) {
        for (PaletteMode m : values()) {
            if (m.key().equalsIgnoreCase(key.strip()) || m.name().equalsIgnoreCase(key.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown palette '" + key + "' (use colour, grayscale or colour-blind)");
    }
}
