package org.thematica.text;

import java.awt.Font;

/**
 * The fonts a text view sets its paragraphs in. The family is a Java2D logical font
 * ("SansSerif" by default), which falls back across the system's fonts per character, so Arabic,
 * Hebrew and Latin letters in one paragraph each find a font that has them.
 */
public record TextFonts(Font regular, Font bold) {
    public static TextFonts of(String family, float size) {
        Font base = new Font(family, Font.PLAIN, 1).deriveFont(size);
        return new TextFonts(base, base.deriveFont(Font.BOLD));
    }

    public static TextFonts sansSerif(float size) {
        return of(Font.SANS_SERIF, size);
    }

    public float size() {
        return regular.getSize2D();
    }
}
