package org.thematica.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Where each character and each word of a paragraph really ends up, against the visual order
 * {@link java.text.Bidi} gives for the same paragraph, line by line: pure Arabic, Hebrew and
 * Persian, mixed Arabic and English, digits, a bold speaker label, unwrapped and wrapped narrow.
 * The ink test paints each word in its own colour and finds it in the pixels, so it checks what
 * is drawn, not only what the layout says (JavaFX's text got the geometry right and the drawing
 * wrong).
 */
class ParagraphLayoutTest {
    static final TextFonts FONTS = TextFonts.sansSerif(15f);
    static final String ARABIC = "الميليشيات تسيطر على الأحياء. لم تكن هناك دولة، والناس يخافون من الخروج إلى الشارع.";
    static final String MIXED = "The commander said الناس يخافون من الخروج إلى الشارع and then he left the city in 2014.";
    static final String ARABIC_ENGLISH = "قال القائد: the militias controlled the districts في عام ٢٠١٤ ثم غادر.";
    static final String HEBREW = "המיליציות שלטו בשכונות. לא הייתה מדינה, והאנשים פחדו לצאת לרחוב.";
    static final String PERSIAN = "شبه‌نظامیان محله‌ها را کنترل می‌کردند. دولتی وجود نداشت و مردم می‌ترسیدند.";
    static final String LABELLED = "المحاور: هل كانت الميليشيات تسيطر على الأحياء في ٢٠١٤؟ وماذا حدث بعد ذلك؟";

    static Stream<Arguments> paragraphs() {
        List<Arguments> out = new ArrayList<>();
        for (String text : List.of(ARABIC, MIXED, ARABIC_ENGLISH, HEBREW, PERSIAN, LABELLED)) {
            int bold = text == LABELLED ? "المحاور:".length() : 0;
            for (float width : new float[] {0, 300, 170}) {
                out.add(Arguments.of(text, bold, width));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{2}px: {0}")
    @MethodSource("paragraphs")
    void linesCoverTheTextOnceInOrder(String text, int bold, float width) {
        ParagraphLayout layout = ParagraphLayout.of(text, bold, FONTS, width);
        int at = 0;
        for (int i = 0; i < layout.lineCount(); i++) {
            assertThat(layout.lineStart(i)).isEqualTo(at);
            at = layout.lineEnd(i);
        }
        assertThat(at).isEqualTo(text.length());
        if (width == 170) {
            assertThat(layout.lineCount()).as("wraps").isGreaterThan(1);
        }
    }

    @ParameterizedTest(name = "{2}px: {0}")
    @MethodSource("paragraphs")
    void everyCharacterSitsWhereBidiPutsIt(String text, int bold, float width) {
        ParagraphLayout layout = ParagraphLayout.of(text, bold, FONTS, width);
        for (int i = 0; i < layout.lineCount(); i++) {
            int from = layout.lineStart(i);
            int to = layout.lineEnd(i);
            List<Integer> actual = new ArrayList<>();
            for (int c = from; c < to; c++) {
                if (!Character.isWhitespace(text.charAt(c))) {
                    actual.add(c);
                }
            }
            actual.sort(Comparator.comparingDouble(c -> layout.charBox(c).getCenterX()));
            assertThat(actual).as("line %d of %s", i, text).isEqualTo(visualOrder(text, from, to));
        }
    }

    @ParameterizedTest(name = "{2}px: {0}")
    @MethodSource("paragraphs")
    void everyWordIsDrawnOnceWhereBidiPutsIt(String text, int bold, float width) {
        ParagraphLayout plain = ParagraphLayout.of(text, bold, FONTS, width);
        float canvas = width > 0 ? width : (float) plain.rangeShape(0, text.length()).getBounds2D().getMaxX() + 1;
        List<int[]> words = words(text);
        double[] centre = new double[words.size()];
        for (int w = 0; w < words.size(); w++) {
            int[] word = words.get(w);
            ParagraphLayout inked = ParagraphLayout.of(text, bold, FONTS, width,
                    List.of(new Highlight(word[0], word[1], 0xFFFF0000, false)));
            Ink ink = Ink.of(paint(inked, canvas), canvas);
            assertThat(ink.outside).as("ink outside the paragraph's width: %s", text).isZero();
            Rectangle2D box = plain.rangeShape(word[0], word[1]).getBounds2D();
            assertThat(ink.red).as("word %s is drawn", text.substring(word[0], word[1])).isPositive();
            assertThat(ink.redTop).as("word %s stays on its line", text.substring(word[0], word[1]))
                    .isGreaterThanOrEqualTo((int) Math.floor(box.getMinY()) - 2);
            assertThat(ink.redBottom).isLessThanOrEqualTo((int) Math.ceil(box.getMaxY()) + 2);
            // drawn once: as much red as the word has when it stands alone
            ParagraphLayout alone = ParagraphLayout.of(text.substring(word[0], word[1]),
                    Math.max(0, Math.min(bold, word[1]) - word[0]), FONTS, 0,
                    List.of(new Highlight(0, word[1] - word[0], 0xFFFF0000, false)));
            int own = Ink.of(paint(alone, (float) box.getWidth() + 20), (float) box.getWidth() + 20).red;
            assertThat((double) ink.red / own).as("ink of %s", text.substring(word[0], word[1])).isBetween(0.7, 1.4);
            centre[w] = ink.redX;
        }
        for (int i = 0; i < plain.lineCount(); i++) {
            List<Integer> onLine = new ArrayList<>();
            List<Integer> visual = visualOrder(text, plain.lineStart(i), plain.lineEnd(i));
            for (int w = 0; w < words.size(); w++) {
                if (plain.lineOf(words.get(w)[0]) == i) {
                    onLine.add(w);
                }
            }
            List<Integer> drawn = new ArrayList<>(onLine);
            drawn.sort(Comparator.comparingDouble(w -> centre[w]));
            List<Integer> expected = new ArrayList<>(onLine);
            expected.sort(Comparator.comparingDouble(w -> meanPosition(visual, words.get(w))));
            assertThat(drawn).as("words of line %d of %s, left to right", i, text).isEqualTo(expected);
        }
    }

    /** What RichTextFX did wrong: a highlight split the paragraph into runs laid out apart. */
    @ParameterizedTest(name = "{2}px: {0}")
    @MethodSource("paragraphs")
    void aHighlightAcrossTheMiddleLeavesEveryWordWhereItWas(String text, int bold, float width) {
        float canvas = width > 0 ? width : 900;
        List<Highlight> across = List.of(new Highlight(text.length() / 3, 2 * text.length() / 3, 0x99ffd400, true),
                new Highlight(text.length() / 2, text.length() / 2 + 5, 0x6600aaff, false));
        for (int[] word : words(text)) {
            List<Highlight> ink = List.of(new Highlight(word[0], word[1], 0xFFFF0000, false));
            ParagraphLayout inked = ParagraphLayout.of(text, bold, FONTS, width, ink);
            Ink plain = Ink.of(paint(inked, canvas, List.of()), canvas);
            Ink highlighted = Ink.of(paint(inked, canvas, across), canvas);
            assertThat(highlighted.redX).as("word %s", text.substring(word[0], word[1])).isEqualTo(plain.redX);
            assertThat(highlighted.red).isEqualTo(plain.red);
        }
    }

    @ParameterizedTest(name = "{2}px: {0}")
    @MethodSource("paragraphs")
    void aPointOnACharacterHitsThatCharacter(String text, int bold, float width) {
        ParagraphLayout layout = ParagraphLayout.of(text, bold, FONTS, width);
        for (int c = 0; c < text.length(); c++) {
            Rectangle2D box = layout.charBox(c);
            if (box.getWidth() < 1.5 || Character.isWhitespace(text.charAt(c))) {
                continue; // zero-width joiners and marks cannot be aimed at
            }
            assertThat(layout.charAt(box.getCenterX(), box.getCenterY())).as("char %d of %s", c, text).isEqualTo(c);
        }
    }

    @Test
    void draggingAcrossAnArabicPhraseInAnEnglishLineSelectsExactlyThePhrase() {
        String phrase = "الناس يخافون من الخروج إلى الشارع";
        int start = MIXED.indexOf(phrase);
        int end = start + phrase.length();
        ParagraphLayout layout = ParagraphLayout.of(MIXED, 0, FONTS, 0);
        Rectangle2D box = layout.rangeShape(start, end).getBounds2D();
        double y = box.getCenterY();
        // the phrase reads right to left: its first word is at the right, its last at the left
        assertThat(layout.offsetAt(box.getMaxX() - 1, y)).isEqualTo(start);
        assertThat(layout.offsetAt(box.getMinX() + 1, y)).isEqualTo(end);
        assertThat(layout.charAt(box.getMaxX() - 2, y)).isEqualTo(start);
        assertThat(layout.charAt(box.getMinX() + 2, y)).isEqualTo(end - 1);
    }

    @Test
    void rightToLeftLinesAreSetFlushRight() {
        ParagraphLayout layout = ParagraphLayout.of(ARABIC, 0, FONTS, 170);
        for (int i = 0; i < layout.lineCount(); i++) {
            Rectangle2D line = layout.rangeShape(layout.lineStart(i), layout.lineEnd(i)).getBounds2D();
            assertThat(line.getMaxX()).isCloseTo(170, org.assertj.core.api.Assertions.within(1.0));
        }
    }

    @Test
    void visualStepsFollowTheReaderAcrossDirectionChanges() {
        // from the start of a right-to-left paragraph, "left" walks forward through the text
        ParagraphLayout layout = ParagraphLayout.of(ARABIC, 0, FONTS, 0);
        assertThat(layout.visualStep(0, false)).isEqualTo(1);
        assertThat(layout.visualStep(0, true)).isEqualTo(-1);
        ParagraphLayout english = ParagraphLayout.of("Security first", 0, FONTS, 0);
        assertThat(english.visualStep(0, true)).isEqualTo(1);
    }

    /** Logical indices of the non-space characters of {@code [from, to)} in visual order. */
    static List<Integer> visualOrder(String text, int from, int to) {
        Bidi paragraph = new Bidi(text, org.thematica.analysis.TextDirection.isRightToLeft(text, 0, text.length())
                ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        Bidi line = paragraph.createLineBidi(from, to);
        int runs = line.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) line.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        List<Integer> out = new ArrayList<>();
        for (int r : order) {
            List<Integer> run = new ArrayList<>();
            for (int c = from + line.getRunStart(r); c < from + line.getRunLimit(r); c++) {
                if (!Character.isWhitespace(text.charAt(c))) {
                    run.add(c);
                }
            }
            if ((line.getRunLevel(r) & 1) == 1) {
                java.util.Collections.reverse(run);
            }
            out.addAll(run);
        }
        return out;
    }

    static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
        }
        return words;
    }

    private static double meanPosition(List<Integer> visual, int[] word) {
        double sum = 0;
        int n = 0;
        for (int c = word[0]; c < word[1]; c++) {
            int at = visual.indexOf(c);
            if (at >= 0) {
                sum += at;
                n++;
            }
        }
        return sum / n;
    }

    static BufferedImage paint(ParagraphLayout layout, float width) {
        return paint(layout, width, List.of());
    }

    static BufferedImage paint(ParagraphLayout layout, float width, List<Highlight> highlights) {
        int margin = 40;
        BufferedImage image = new BufferedImage((int) Math.ceil(width) + 2 * margin,
                (int) Math.ceil(layout.height()) + 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.translate(margin, 0);
        layout.paint(g, highlights, Color.BLACK);
        g.dispose();
        return image;
    }

    /** The red and the dark pixels of a painted paragraph (drawn {@code margin} px from the left). */
    record Ink(int red, double redX, int redTop, int redBottom, int outside) {
        static Ink of(BufferedImage image, float width) {
            int margin = 40;
            int red = 0;
            double sumX = 0;
            int top = Integer.MAX_VALUE;
            int bottom = -1;
            int outside = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    if (rgb == 0xFFFFFF) {
                        continue;
                    }
                    int lx = x - margin;
                    if (lx < -2 || lx > width + 2) {
                        outside++;
                    }
                    if (rgb == 0xFF0000) {
                        red++;
                        sumX += lx;
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                    }
                }
            }
            return new Ink(red, red == 0 ? 0 : sumX / red, top, bottom, outside);
        }
    }
}
