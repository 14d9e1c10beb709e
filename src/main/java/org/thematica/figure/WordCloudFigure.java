package org.thematica.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A word cloud: the most frequent words of some part of the project, sized by how often they
 * occur and coloured by the theme they are most coded with (or in one colour), with a legend of
 * the themes below. The layout ({@link WordCloudLayout}) is computed for the bounds it is
 * painted in, so an export is laid out for its own size, and kept for the last bounds.
 *
 * <p>On screen a new layout is computed off the FX thread; until it arrives, a figure marked
 * {@link #showStaleLayoutScaled} paints the layout it has, scaled to the new bounds, instead of
 * computing one while painting.
 */
public final class WordCloudFigure implements Figure {
    public static final String NAME = "word-cloud";
    /** Words in one colour: a dark blue that prints well. */
    static final String SINGLE_COLOUR = "#1F3A5F";

    /** A word to draw: its text as written, its count, and its colour group (-1: none, "not coded"). */
    public record Word(String text, int count, int group) {
    }

    /** A colour group (a theme), in palette order; {@code colour} is "#rrggbb" or null. */
    public record Group(String name, String colour) {
    }

    private final List<Word> words;
    private final List<Group> groups;
    private final boolean byGroup;
    private final String emptyMessage;
    private volatile boolean scaleStale;
    private Cached cached;

    private record Cached(Rectangle2D bounds, FigureStyle style, Rectangle2D cloud, WordCloudLayout layout,
                          Legend legend) {
    }

    /** The legend: entries (group index, or -1 for "not coded") and where each goes. */
    record Legend(List<Integer> entries, List<Rectangle2D> swatches, List<double[]> labels, Font font) {
    }

    /**
     * @param byGroup      colour by group (theme), with a legend; else one colour
     * @param emptyMessage what to say when there are no words
     */
    public WordCloudFigure(List<Word> words, List<Group> groups, boolean byGroup, String emptyMessage) {
        this.words = List.copyOf(words);
        this.groups = List.copyOf(groups);
        this.byGroup = byGroup;
        this.emptyMessage = emptyMessage == null ? "No words to show." : emptyMessage;
    }

    @Override
    public String name() {
        return NAME;
    }

    public List<Word> words() {
        return words;
    }

    /**
     * On screen only: paint a layout made for other bounds scaled (or nothing, before the first
     * layout), rather than lay out while painting.
     */
    public void showStaleLayoutScaled(boolean on) {
        scaleStale = on;
    }

    @Override
    public void paint(Graphics2D g, Rectangle2D bounds, FigureStyle style) {
        Cached c;
        synchronized (this) {
            c = cached;
        }
        if (c == null || !c.bounds.equals(bounds) || !c.style.equals(style)) {
            if (scaleStale && c == null) {
                return; // the layout is on its way
            }
            if (scaleStale && c.style.equals(style)) {
                Graphics2D scaled = (Graphics2D) g.create();
                try {
                    double s = Math.min(bounds.getWidth() / c.bounds.getWidth(), bounds.getHeight() / c.bounds.getHeight());
                    scaled.translate(bounds.getCenterX(), bounds.getCenterY());
                    scaled.scale(s, s);
                    scaled.translate(-c.bounds.getCenterX(), -c.bounds.getCenterY());
                    draw(scaled, c, style);
                } finally {
                    scaled.dispose();
                }
                return;
            }
            c = cache(bounds, style);
        }
        draw(g, c, style);
    }

    /** The layout for these bounds (computed, or the one kept from last time). */
    public WordCloudLayout layout(Rectangle2D bounds, FigureStyle style) {
        return cache(bounds, style).layout;
    }

    /** The word painted at {@code (x, y)} in the last layout for these bounds, or null. */
    public Word wordAt(Rectangle2D bounds, FigureStyle style, double x, double y) {
        Cached c;
        synchronized (this) {
            c = cached;
        }
        if (c == null || !c.bounds.equals(bounds) || !c.style.equals(style)) {
            return null;
        }
        for (WordCloudLayout.Placed p : c.layout.placed()) {
            if (p.box().contains(x, y)) {
                return words.get(p.index());
            }
        }
        return null;
    }

    private synchronized Cached cache(Rectangle2D bounds, FigureStyle style) {
        if (cached != null && cached.bounds.equals(bounds) && cached.style.equals(style)) {
            return cached;
        }
        Rectangle2D frozen = new Rectangle2D.Double(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
        Legend legend = legend(frozen, style);
        double legendHeight = legend == null ? 0 : frozen.getMaxY() - legendTop(legend) + style.size() * 0.6;
        Rectangle2D cloud = new Rectangle2D.Double(frozen.getX(), frozen.getY(), frozen.getWidth(),
                Math.max(1, frozen.getHeight() - legendHeight));
        List<String> texts = new ArrayList<>(words.size());
        List<Integer> counts = new ArrayList<>(words.size());
        for (Word w : words) {
            texts.add(w.text());
            counts.add(w.count());
        }
        cached = new Cached(frozen, style, cloud, WordCloudLayout.compute(texts, counts, cloud, style), legend);
        return cached;
    }

    private static double legendTop(Legend legend) {
        double top = Double.MAX_VALUE;
        for (Rectangle2D s : legend.swatches()) {
            top = Math.min(top, s.getY());
        }
        return top - TextMeasure.ascent(legend.font()) * 0.2;
    }

    /** The legend's entries in rows, centred at the bottom of the bounds; null when there is none. */
    private Legend legend(Rectangle2D bounds, FigureStyle style) {
        if (!byGroup || words.isEmpty()) {
            return null;
        }
        List<Integer> entries = new ArrayList<>();
        boolean notCoded = false;
        for (int gi = 0; gi < groups.size(); gi++) {
            int group = gi;
            if (words.stream().anyMatch(w -> w.group() == group)) {
                entries.add(gi);
            }
        }
        if (entries.isEmpty()) {
            return null; // nothing is coded: a legend of "not coded" alone says nothing
        }
        for (Word w : words) {
            notCoded |= w.group() < 0 || w.group() >= groups.size();
        }
        if (notCoded) {
            entries.add(-1);
        }
        Font font = style.font(Font.PLAIN, 0.85);
        double ascent = TextMeasure.ascent(font);
        double line = TextMeasure.lineHeight(font) * 1.15;
        double swatch = ascent * 0.8;
        double gap = style.size() * 1.2;
        // flow the entries into rows no wider than the bounds
        List<List<Integer>> rows = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        double rowWidth = 0;
        for (int e : entries) {
            double w = swatch + swatch * 0.5 + TextMeasure.width(font, label(e));
            double added = row.isEmpty() ? w : rowWidth + gap + w;
            if (!row.isEmpty() && added > bounds.getWidth()) {
                rows.add(row);
                widths.add(rowWidth);
                row = new ArrayList<>();
                added = w;
            }
            row.add(e);
            rowWidth = added;
        }
        rows.add(row);
        widths.add(rowWidth);
        List<Rectangle2D> swatches = new ArrayList<>();
        List<double[]> labels = new ArrayList<>();
        List<Integer> ordered = new ArrayList<>();
        double baseline = bounds.getMaxY() - TextMeasure.descent(font) - (rows.size() - 1) * line;
        for (int r = 0; r < rows.size(); r++) {
            double x = bounds.getCenterX() - widths.get(r) / 2;
            for (int e : rows.get(r)) {
                swatches.add(new Rectangle2D.Double(x, baseline - swatch, swatch, swatch));
                labels.add(new double[] {x + swatch * 1.5, baseline});
                ordered.add(e);
                x += swatch * 1.5 + TextMeasure.width(font, label(e)) + gap;
            }
            baseline += line;
        }
        return new Legend(ordered, swatches, labels, font);
    }

    private String label(int entry) {
        return entry < 0 ? "not coded" : groups.get(entry).name();
    }

    private void draw(Graphics2D g, Cached c, FigureStyle style) {
        if (words.isEmpty()) {
            Font font = style.font(Font.ITALIC, 1);
            g.setFont(font);
            g.setColor(new Color(0x555555));
            List<String> lines = TextMeasure.wrap(font, emptyMessage, c.bounds.getWidth() * 0.8);
            double y = c.bounds.getCenterY() - lines.size() * TextMeasure.lineHeight(font) / 2 + TextMeasure.ascent(font);
            for (String line : lines) {
                g.drawString(line, (float) (c.bounds.getCenterX() - TextMeasure.width(font, line) / 2), (float) y);
                y += TextMeasure.lineHeight(font);
            }
            return;
        }
        for (WordCloudLayout.Placed p : c.layout.placed()) {
            g.setFont(style.font(Font.PLAIN, p.size() / style.size()));
            g.setColor(colour(words.get(p.index()).group(), style));
            g.drawString(p.text(), (float) p.x(), (float) p.baseline());
        }
        if (c.legend != null) {
            g.setFont(c.legend.font());
            for (int i = 0; i < c.legend.entries().size(); i++) {
                int e = c.legend.entries().get(i);
                g.setColor(colour(e, style));
                g.fill(c.legend.swatches().get(i));
                g.setColor(new Color(0x333333));
                double[] at = c.legend.labels().get(i);
                g.drawString(label(e), (float) at[0], (float) at[1]);
            }
        }
    }

    /** The colour of a group's words: its theme colour in the style's palette, dark enough to read as text. */
    Color colour(int group, FigureStyle style) {
        if (!byGroup) {
            return switch (style.palette()) {
                case COLOUR -> style.colour(SINGLE_COLOUR, 0, 1);
                case COLOUR_BLIND -> style.colour(null, 4, 8); // Okabe and Ito's blue
                case GRAYSCALE -> style.colour(null, 0, 3); // dark grey
            };
        }
        if (group < 0 || group >= groups.size()) {
            // words in no theme: a light grey in every palette, behind the coloured ones
            return style.withPalette(PaletteMode.GRAYSCALE).colour(null, 2, 4);
        }
        int n = groups.size();
        // greys for text stay dark: the darker half of the grayscale palette's range (#333 to #808080)
        int count = style.palette() == PaletteMode.GRAYSCALE ? 2 * n : n;
        return readable(style.colour(groups.get(group).colour(), group, count));
    }

    /** Darkens a colour until it reads as text on white (contrast at least 3:1, WCAG's level for large text). */
    static Color readable(Color c) {
        Color out = c;
        for (int i = 0; i < 20 && contrastOnWhite(out) < 3; i++) {
            out = new Color((int) (out.getRed() * 0.88), (int) (out.getGreen() * 0.88), (int) (out.getBlue() * 0.88));
        }
        return out;
    }

    static double contrastOnWhite(Color c) {
        return 1.05 / (luminance(c) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : StrictMath.pow((v + 0.055) / 1.055, 2.4);
    }
}
