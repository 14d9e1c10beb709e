package org.thematica.ui.common;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.thematica.text.Highlight;
import org.thematica.text.ParagraphLayout;
import org.thematica.text.TextFonts;

/**
 * Lays out and paints a sample paragraph (English and Arabic) once, on a background thread while
 * the window opens. The first layout in a JVM loads Java2D's font system, the shaper and the
 * rasteriser and runs them cold: about 0.8 s that would otherwise fall on the first document the
 * user opens.
 */
public final class TextWarmUp {
    private static final String SAMPLE = "Karim: The militias came after the army left, in 2014. "
            + "حسن: الفراغ الأمني كان أخطر من الحرب نفسها، والناس يخافون من الخروج إلى الشارع.";

    private TextWarmUp() {
    }

    public static void start(float size) {
        Thread t = new Thread(() -> {
            for (int i = 0; i < 20; i++) {
                ParagraphLayout layout = ParagraphLayout.of(SAMPLE, 6, TextFonts.sansSerif(size), 300 + i);
                layout.rangeShape(3, 40);
                layout.offsetAt(100, 10);
                BufferedImage image = new BufferedImage(320, (int) layout.height() + 1, BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D g = image.createGraphics();
                layout.paint(g, List.of(new Highlight(10, 60, 0x66ff9900, true)), Color.BLACK);
                g.dispose();
            }
        }, "thematica-text-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
