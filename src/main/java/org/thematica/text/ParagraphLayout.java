package org.thematica.text;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextHitInfo;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.thematica.analysis.TextDirection;

/**
 * One paragraph of read-only text, wrapped to a width and laid out by Java2D: the Unicode
 * Bidirectional Algorithm over the whole paragraph (direction from its first strong character),
 * shaping, and line breaking. Offsets are UTF-16 indices into the paragraph's text.
 *
 * <p>Why Java2D and not JavaFX text: on Linux, JavaFX shapes a right-to-left run through Pango and
 * joins Pango's items in logical order, so a run that Pango splits (a font change at a full stop,
 * say) is drawn with its pieces swapped, and wrapped lines repeat or lose words, while JavaFX's
 * own geometry (hit tests, range shapes) describes the correct order. RichTextFX draws through
 * the same JavaFX text. {@code TextLayout} and {@code LineBreakMeasurer} draw and measure from
 * one layout, per paragraph, the same on every platform (docs/architecture.md, "The transcript").
 *
 * <p>Highlights are painted behind the text from the same layout and never split it into runs, so
 * where coding starts and ends cannot change how a paragraph is ordered or wrapped.
 */
public final class ParagraphLayout {
    /** Resolution independent, so line breaks do not depend on the screen's scale. */
    static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    /**
     * One wrapped line: its layout, its logical range, where it sits in the paragraph, and each
     * character's visual extent (line coordinates), from the carets at its two edges.
     */
    record Line(TextLayout layout, int start, int end, float x, float top, float baseline, float bottom,
                float[] left, float[] right) {
        static Line of(TextLayout layout, int start, int end, float x, float top) {
            int n = end - start;
            float[] left = new float[n];
            float[] right = new float[n];
            for (int c = 0; c < n; c++) {
                float a = layout.getCaretInfo(TextHitInfo.leading(c))[0];
                float b = layout.getCaretInfo(TextHitInfo.trailing(c))[0];
                left[c] = Math.min(a, b);
                right[c] = Math.max(a, b);
            }
            float baseline = top + layout.getAscent();
            return new Line(layout, start, end, x, top, baseline, baseline + layout.getDescent() + layout.getLeading(),
                    left, right);
        }

        boolean rightToLeft(int offset) {
            return (layout.getCharacterLevel(offset - start) & 1) == 1;
        }

        /** The character whose box holds {@code lx} (line coordinates), or -1. */
        int charAt(float lx) {
            for (int c = 0; c < left.length; c++) {
                if (lx >= left[c] && lx < right[c]) {
                    return start + c;
                }
            }
            return -1;
        }
    }

    private final String text;
    private final boolean rightToLeft;
    private final float width;
    private final List<Line> lines;
    private final float height;

    private ParagraphLayout(String text, boolean rightToLeft, float width, List<Line> lines) {
        this.text = text;
        this.rightToLeft = rightToLeft;
        this.width = width;
        this.lines = lines;
        this.height = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).bottom();
    }

    /**
     * Lays out {@code text} wrapped to {@code width} (logical pixels; 0 or less: no wrapping).
     * The first {@code boldEnd} characters (a speaker's label) are set in bold.
     */
    public static ParagraphLayout of(String text, int boldEnd, TextFonts fonts, float width) {
        return of(text, boldEnd, TextDirection.isRightToLeft(text, 0, text.length()), fonts, width, List.of());
    }

    /**
     * As {@link #of(String, int, TextFonts, float)}, for a stretch of a longer paragraph whose
     * direction was decided by the whole paragraph's first strong character.
     */
    public static ParagraphLayout of(String text, int boldEnd, boolean rightToLeft, TextFonts fonts, float width) {
        return of(text, boldEnd, rightToLeft, fonts, width, List.of());
    }

    /**
     * As {@link #of(String, int, TextFonts, float)}, with stretches of text drawn in their own
     * colours: only for tests that check where each word is really drawn.
     */
    static ParagraphLayout of(String text, int boldEnd, TextFonts fonts, float width, List<Highlight> inks) {
        return of(text, boldEnd, TextDirection.isRightToLeft(text, 0, text.length()), fonts, width, inks);
    }

    private static ParagraphLayout of(String text, int boldEnd, boolean rtl, TextFonts fonts, float width,
                                      List<Highlight> inks) {
        List<Line> lines = new ArrayList<>();
        if (text.isEmpty()) {
            TextLayout empty = new TextLayout(" ", fonts.regular(), CONTEXT);
            lines.add(Line.of(empty, 0, 0, rtl ? Math.max(0, width) : 0, 0));
            return new ParagraphLayout(text, rtl, width, lines);
        }
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.FONT, fonts.regular());
        if (boldEnd > 0) {
            styled.addAttribute(TextAttribute.FONT, fonts.bold(), 0, Math.min(boldEnd, text.length()));
        }
        for (Highlight ink : inks) {
            styled.addAttribute(TextAttribute.FOREGROUND, new Color(ink.argb(), true), ink.start(), ink.end());
        }
        // the paragraph's direction is decided once, by TextDirection, for every view of the text
        styled.addAttribute(TextAttribute.RUN_DIRECTION,
                rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), BreakIterator.getLineInstance(),
                CONTEXT);
        float wrap = width > 0 ? width : Float.MAX_VALUE;
        float y = 0;
        while (measurer.getPosition() < text.length()) {
            int start = measurer.getPosition();
            TextLayout layout = measurer.nextLayout(wrap);
            int end = measurer.getPosition();
            // right-to-left lines are set flush right; trailing spaces sit at their (visual) left
            float x = rtl && width > 0 ? width - layout.getAdvance() : 0;
            Line line = Line.of(layout, start, end, x, y);
            lines.add(line);
            y = line.bottom();
        }
        return new ParagraphLayout(text, rtl, width, lines);
    }

    /**
     * At most {@code maxLines} lines of {@code text} wrapped to {@code width}; a longer text is cut
     * at a word and ends with an ellipsis (in the paragraph's direction, so at the left of Arabic).
     */
    public static ParagraphLayout clipped(String text, boolean rightToLeft, TextFonts fonts, float width,
                                          int maxLines) {
        ParagraphLayout full = of(text, 0, rightToLeft, fonts, width);
        if (full.lineCount() <= maxLines) {
            return full;
        }
        int cut = full.lineEnd(maxLines - 1);
        ParagraphLayout shown = full;
        for (int tries = 0; tries < 40 && shown.lineCount() > maxLines && cut > 0; tries++) {
            shown = of(text.substring(0, cut).stripTrailing() + "…", 0, rightToLeft, fonts, width);
            int space = text.lastIndexOf(' ', Math.max(0, cut - 2));
            cut = space > 0 ? space : cut - 1;
        }
        return shown;
    }

    public String text() {
        return text;
    }

    /** The width the widest line needs (for a text that is not wrapped). */
    public float naturalWidth() {
        float w = 0;
        for (Line line : lines) {
            w = Math.max(w, line.x() + line.layout().getAdvance());
        }
        return w;
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    public int lineCount() {
        return lines.size();
    }

    /** The logical range {@code [start, end)} of wrapped line {@code i}. */
    public int lineStart(int i) {
        return lines.get(i).start();
    }

    public int lineEnd(int i) {
        return lines.get(i).end();
    }

    /** The line holding {@code offset}; the end of the text belongs to the last line. */
    public int lineOf(int offset) {
        for (int i = 0; i < lines.size(); i++) {
            if (offset < lines.get(i).end()) {
                return i;
            }
        }
        return lines.size() - 1;
    }

    private int lineAt(double y) {
        for (int i = 0; i < lines.size(); i++) {
            if (y < lines.get(i).bottom()) {
                return i;
            }
        }
        return lines.size() - 1;
    }

    /**
     * The insertion offset nearest to a point (paragraph coordinates): where a click places the
     * caret, or where a drag ends. On a character, its nearer edge: for a right-to-left letter the
     * right half is before it. Beside a line, the line's visual end on that side.
     */
    public int offsetAt(double x, double y) {
        Line line = lines.get(lineAt(y));
        if (line.end() == line.start()) {
            return line.start();
        }
        float lx = (float) (x - line.x());
        int c = line.charAt(lx);
        if (c < 0) {
            // beyond the line: the character at that visual end, on its outer edge
            c = nearestEnd(line, lx);
            lx = lx < line.left()[c - line.start()] ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        }
        int i = c - line.start();
        boolean leftHalf = lx < (line.left()[i] + line.right()[i]) / 2;
        return leftHalf != line.rightToLeft(c) ? c : c + 1;
    }

    private static int nearestEnd(Line line, float lx) {
        int best = line.start();
        float distance = Float.MAX_VALUE;
        for (int c = 0; c < line.left().length; c++) {
            float d = Math.min(Math.abs(lx - line.left()[c]), Math.abs(lx - line.right()[c]));
            if (d < distance) {
                distance = d;
                best = line.start() + c;
            }
        }
        return best;
    }

    /** The character drawn under a point, or -1 where there is none (between or beside lines). */
    public int charAt(double x, double y) {
        if (y < 0 || y >= height) {
            return -1;
        }
        Line line = lines.get(lineAt(y));
        return line.charAt((float) (x - line.x()));
    }

    /** The box of character {@code c} (paragraph coordinates): its visual extent on its line. */
    public Rectangle2D charBox(int c) {
        Line line = lines.get(lineOf(c));
        int i = c - line.start();
        return new Rectangle2D.Float(line.x() + line.left()[i], line.top(), line.right()[i] - line.left()[i],
                line.bottom() - line.top());
    }

    /**
     * What the text at {@code [start, end)} covers on screen (paragraph coordinates): per line, the
     * union of its characters' boxes, full line height. Built from the characters and not from
     * {@code TextLayout.getLogicalHighlightShape}, which stretches a range that touches a line's
     * end to the line's edge, over letters that are not in it.
     */
    public Shape rangeShape(int start, int end) {
        Path2D.Float shape = new Path2D.Float();
        for (Line line : lines) {
            int from = Math.max(start, line.start());
            int to = Math.min(end, line.end());
            if (from >= to) {
                continue;
            }
            float[][] pieces = new float[to - from][];
            for (int c = from; c < to; c++) {
                pieces[c - from] = new float[] {line.left()[c - line.start()], line.right()[c - line.start()]};
            }
            java.util.Arrays.sort(pieces, (a, b) -> Float.compare(a[0], b[0]));
            float a = pieces[0][0];
            float b = pieces[0][1];
            for (int k = 1; k <= pieces.length; k++) {
                if (k < pieces.length && pieces[k][0] <= b + 0.5f) {
                    b = Math.max(b, pieces[k][1]);
                    continue;
                }
                shape.append(new Rectangle2D.Float(line.x() + a, line.top(), b - a, line.bottom() - line.top()), false);
                if (k < pieces.length) {
                    a = pieces[k][0];
                    b = pieces[k][1];
                }
            }
        }
        return shape;
    }

    /** The caret at an insertion offset: a line from the top to the bottom of its line. */
    public Rectangle2D caret(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        Line line = lines.get(lineOf(o));
        float x = line.x();
        if (line.end() > line.start()) {
            Shape strong = line.layout().getCaretShapes(o - line.start())[0];
            x += (float) strong.getBounds2D().getCenterX();
        }
        return new Rectangle2D.Float(x, line.top(), 0, line.bottom() - line.top());
    }

    /**
     * The insertion offset one step visually left or right of {@code offset} on its line, or -1
     * at the line's visual end (the caller then moves to the neighbouring line). In a
     * right-to-left run "right" goes backwards through the text, as the reader sees it.
     */
    public int visualStep(int offset, boolean right) {
        int o = Math.max(0, Math.min(offset, text.length()));
        Line line = lines.get(lineOf(o));
        if (line.end() == line.start()) {
            return -1;
        }
        int local = o - line.start();
        TextHitInfo next = right ? line.layout().getNextRightHit(local) : line.layout().getNextLeftHit(local);
        return next == null ? -1 : line.start() + next.getInsertionIndex();
    }

    /** The horizontal position of the caret at {@code offset}, for moving up and down a column. */
    public double caretX(int offset) {
        return caret(offset).getX();
    }

    /** The offset on line {@code i} nearest to {@code x}. */
    public int offsetOnLine(int i, double x) {
        Line line = lines.get(i);
        return offsetAt(x, (line.top() + line.bottom()) / 2);
    }

    /**
     * Paints the paragraph at the origin of {@code g}: highlights (in order, behind the text),
     * then the text in {@code colour}. The caller sets the scale and the antialiasing.
     */
    public void paint(Graphics2D g, List<Highlight> highlights, Color colour) {
        for (Highlight h : highlights) {
            Shape area = rangeShape(h.start(), h.end());
            g.setColor(new Color(h.argb(), true));
            g.fill(area);
            if (h.underline()) {
                g.setColor(new Color(h.argb() | 0xFF000000, true));
                underline(g, h.start(), h.end());
            }
        }
        g.setColor(colour);
        for (Line line : lines) {
            if (line.end() > line.start()) {
                line.layout().draw(g, line.x(), line.baseline());
            }
        }
    }

    /** Overlapping codes are also underlined: a second cue besides the deeper tint. */
    private void underline(Graphics2D g, int start, int end) {
        for (Line line : lines) {
            int from = Math.max(start, line.start());
            int to = Math.min(end, line.end());
            if (from < to) {
                // a bidi range can be several pieces on one line: underline each, not their hull
                float y = line.baseline() + Math.max(1.5f, line.layout().getDescent() * 0.55f);
                Area strip = new Area(new Rectangle2D.Float(-1e6f, y, 2e6f, 2f));
                strip.intersect(new Area(rangeShape(from, to)));
                g.fill(strip);
            }
        }
    }
}
