package org.thematica.model;

/**
 * Default colours for new codes and themes: the Okabe-Ito colour-blind-safe set followed by
 * Tableau's, so the first eight are distinguishable by everyone and the list is stable.
 */
public final class Palette {
    private static final String[] COLOURS = {
        "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999",
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
        "#9c755f", "#bab0ac",
    };

    private Palette() {
    }

    public static String colour(long index) {
        return COLOURS[(int) Math.floorMod(index, (long) COLOURS.length)];
    }

    /** Themes start further along the palette so a new theme and its first code differ in colour. */
    public static String themeColour(long index) {
        return colour(index + 4);
    }

    /** Accepts #rgb or #rrggbb (any case) and returns #rrggbb in lower case. */
    public static String normalize(String colour) throws UserError {
        String c = colour.trim().toLowerCase(java.util.Locale.ROOT);
        if (c.matches("#[0-9a-f]{3}")) {
            return "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        if (c.matches("#[0-9a-f]{6}")) {
            return c;
        }
        throw new UserError("'" + colour + "' is not a colour; use #rrggbb, for example #1f77b4");
    }
}
