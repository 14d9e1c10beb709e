package org.thematica.figure;

import java.util.Map;
import java.util.TreeMap;

/**
 * Everything needed to rebuild a figure exactly: how it looks and what it shows. Stored in the
 * project (one per figure), so the same project gives the same figure from the window or the
 * command line.
 *
 * @param widthPt  export width in points (1/72 inch)
 * @param heightPt export height in points
 * @param dpi      resolution of PNG exports
 * @param options  the figure's own choices (measure, filter, sort, ...), as text
 */
public record FigureSettings(String figure, PaletteMode palette, String title, String caption, double widthPt,
                             double heightPt, int dpi, Map<String, String> options) {
    public FigureSettings {
        options = java.util.Collections.unmodifiableMap(new TreeMap<>(options)); // sorted: stable JSON
    }

    /** A4 text width (about 16 cm) at a pleasant height, 300 DPI: a thesis default. */
    public static FigureSettings defaults(String figure) {
        return new FigureSettings(figure, PaletteMode.COLOUR, "", "", 453, 300, 300, Map.of());
    }

    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    public FigureSettings withOption(String key, String value) {
        Map<String, String> next = new TreeMap<>(options);
        if (value == null) {
            next.remove(key);
        } else {
            next.put(key, value);
        }
        return new FigureSettings(figure, palette, title, caption, widthPt, heightPt, dpi, next);
    }

    public FigureSettings withLook(PaletteMode newPalette, String newTitle, String newCaption, double w, double h,
                                   int newDpi) {
        return new FigureSettings(figure, newPalette, newTitle, newCaption, w, h, newDpi, options);
    }

    public FigureStyle style() {
        return FigureStyle.plain().withPalette(palette).withTitle(title, caption);
    }
}
