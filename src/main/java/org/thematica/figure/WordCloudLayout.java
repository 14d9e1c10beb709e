package org.thematica.figure;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where each word of a word cloud goes, for one area: the same words, area and style always give
 * the same placement (no randomness, no clock), so a cloud exported twice is the same file.
 *
 * <p>Sizes grow with the square root of a word's count, from a fifth of the largest size (but
 * never under {@value #MIN_PT} pt) up to the largest, which is chosen so that the words fill
 * about half of the area and the longest word fits its width. Words are placed in rank order
 * (the most frequent first) on an Archimedean spiral from the centre, stretched to the area's
 * shape, at the first point where the word's box lies inside the area and overlaps no box placed
 * before; all words are horizontal. When some do not fit, everything is made smaller and placed
 * again (a few times); words that still do not fit are left out and counted in
 * {@link #dropped()}. Text is measured with {@link TextMeasure} only, so every output agrees.
 */
public final class WordCloudLayout {
    /** Smallest type in a cloud: still readable on paper. */
    static final double MIN_PT = 5.5;
    private static final double FILL = 0.5;
    private static final int ATTEMPTS = 7;
    private static final double SPACING = 3;
    private static final double STEP = 2;

    /** One placed word: its rank, its type size, where its baseline starts, and its box. */
    public record Placed(int index, String text, double size, double x, double baseline, Rectangle2D box) {
    }

    private final Rectangle2D area;
    private final List<Placed> placed;
    private final int dropped;

    private WordCloudLayout(Rectangle2D area, List<Placed> placed, int dropped) {
        this.area = area;
        this.placed = placed;
        this.dropped = dropped;
    }

    public Rectangle2D area() {
        return area;
    }

    /** The placed words, in rank order. */
    public List<Placed> placed() {
        return placed;
    }

    /** How many words did not fit and were left out. */
    public int dropped() {
        return dropped;
    }

    /** Lays out words (texts with counts, in rank order) in {@code area}. */
    public static WordCloudLayout compute(List<String> texts, List<Integer> counts, Rectangle2D area, FigureStyle style) {
        int n = texts.size();
        if (n == 0 || area.getWidth() < 10 || area.getHeight() < 10) {
            return new WordCloudLayout(area, List.of(), n);
        }
        double[] weight = weights(counts);
        double[] widthPerPt = new double[n];
        double[] heightPerPt = new double[n];
        Font unit = font(style, 100);
        double lineHeight = (TextMeasure.ascent(unit) + TextMeasure.descent(unit)) / 100;
        for (int i = 0; i < n; i++) {
            widthPerPt[i] = TextMeasure.width(unit, texts.get(i)) / 100;
            heightPerPt[i] = lineHeight;
        }
        double largest = initialLargest(weight, widthPerPt, heightPerPt, area);
        WordCloudLayout best = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            WordCloudLayout layout = place(texts, weight, largest, area, style);
            if (best == null || layout.dropped < best.dropped) {
                best = layout;
            }
            if (layout.dropped == 0 || largest * 0.2 < MIN_PT && largest < 2 * MIN_PT) {
                break;
            }
            largest *= 0.88;
        }
        return best;
    }

    /** 0 for the least frequent word, 1 for the most frequent, by square root of the count. */
    static double[] weights(List<Integer> counts) {
        double max = Math.sqrt(Collections.max(counts));
        double min = Math.sqrt(Collections.min(counts));
        double[] w = new double[counts.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = max == min ? 1 : (Math.sqrt(counts.get(i)) - min) / (max - min);
        }
        return w;
    }

    static double size(double weight, double largest) {
        double smallest = Math.max(MIN_PT, largest * 0.2);
        return smallest + (largest - smallest) * weight;
    }

    /** The largest type size whose boxes cover about {@link #FILL} of the area, with the longest word fitting. */
    private static double initialLargest(double[] weight, double[] widthPerPt, double[] heightPerPt, Rectangle2D area) {
        double largest = area.getHeight() * 0.3;
        for (int i = 0; i < weight.length; i++) {
            double s = size(weight[i], largest);
            if (s * widthPerPt[i] > area.getWidth() * 0.95) {
                largest *= area.getWidth() * 0.95 / (s * widthPerPt[i]);
            }
        }
        for (int round = 0; round < 4; round++) {
            double covered = 0;
            for (int i = 0; i < weight.length; i++) {
                double s = size(weight[i], largest);
                covered += s * widthPerPt[i] * s * heightPerPt[i];
            }
            double room = FILL * area.getWidth() * area.getHeight();
            if (covered <= room) {
                break;
            }
            largest *= Math.sqrt(room / covered);
        }
        return largest;
    }

    private static Font font(FigureStyle style, double size) {
        return style.font(Font.PLAIN, size / style.size());
    }

    private static WordCloudLayout place(List<String> texts, double[] weight, double largest, Rectangle2D area,
                                         FigureStyle style) {
        Grid grid = new Grid(area);
        List<Placed> placed = new ArrayList<>();
        int dropped = 0;
        double[] spiral = spiral(area, largest);
        for (int i = 0; i < texts.size(); i++) {
            double size = size(weight[i], largest);
            Font font = font(style, size);
            double pad = size * 0.12;
            double w = TextMeasure.width(font, texts.get(i)) + 2 * pad;
            double ascent = TextMeasure.ascent(font);
            double h = ascent + TextMeasure.descent(font);
            Rectangle2D box = spot(grid, area, spiral, w, h);
            if (box == null) {
                dropped++;
                continue;
            }
            grid.add(box);
            placed.add(new Placed(i, texts.get(i), size, box.getX() + pad, box.getY() + ascent, box));
        }
        return new WordCloudLayout(area, List.copyOf(placed), dropped);
    }

    /**
     * The points of the spiral, from the centre outwards, as x, y pairs: computed once for all
     * words (and with StrictMath, so every machine computes the same points).
     */
    static double[] spiral(Rectangle2D area, double largest) {
        double cx = area.getCenterX();
        double cy = area.getCenterY();
        double stretch = Math.sqrt(area.getWidth() / area.getHeight());
        // beyond this radius the spiral has left the area on every side
        double reach = Math.sqrt(area.getWidth() * area.getHeight() / 2) + largest;
        double a = SPACING / (2 * Math.PI);
        double[] points = new double[1024];
        int n = 0;
        for (double theta = 0; a * theta <= reach; ) {
            double r = a * theta;
            if (n + 2 > points.length) {
                points = java.util.Arrays.copyOf(points, points.length * 2);
            }
            points[n++] = cx + r * StrictMath.cos(theta) * stretch;
            points[n++] = cy + r * StrictMath.sin(theta) / stretch;
            theta += r < STEP ? 0.5 : STEP / r;
        }
        return java.util.Arrays.copyOf(points, n);
    }

    /** The first free spot on the spiral for a w × h box centred on it, or null. */
    private static Rectangle2D spot(Grid grid, Rectangle2D area, double[] spiral, double w, double h) {
        if (w > area.getWidth() || h > area.getHeight()) {
            return null;
        }
        for (int i = 0; i < spiral.length; i += 2) {
            double x = spiral[i] - w / 2;
            double y = spiral[i + 1] - h / 2;
            if (x >= area.getX() && y >= area.getY() && x + w <= area.getMaxX() && y + h <= area.getMaxY()
                    && !grid.collides(x, y, w, h)) {
                return new Rectangle2D.Double(x, y, w, h);
            }
        }
        return null;
    }

    /** Placed boxes by grid cell, so a test looks only at the boxes nearby. */
    private static final class Grid {
        private final double x0;
        private final double y0;
        private final double cell;
        private final int cols;
        private final int rows;
        private final List<List<Rectangle2D>> cells;

        Grid(Rectangle2D area) {
            x0 = area.getX();
            y0 = area.getY();
            cell = Math.max(8, Math.max(area.getWidth(), area.getHeight()) / 48);
            cols = (int) Math.ceil(area.getWidth() / cell) + 1;
            rows = (int) Math.ceil(area.getHeight() / cell) + 1;
            cells = new ArrayList<>(cols * rows);
            for (int i = 0; i < cols * rows; i++) {
                cells.add(null);
            }
        }

        void add(Rectangle2D box) {
            forCells(box.getX(), box.getY(), box.getWidth(), box.getHeight(), index -> {
                List<Rectangle2D> list = cells.get(index);
                if (list == null) {
                    list = new ArrayList<>(4);
                    cells.set(index, list);
                }
                list.add(box);
                return false;
            });
        }

        boolean collides(double x, double y, double w, double h) {
            int c0 = clamp((int) ((x - x0) / cell), cols);
            int c1 = clamp((int) ((x + w - x0) / cell), cols);
            int r0 = clamp((int) ((y - y0) / cell), rows);
            int r1 = clamp((int) ((y + h - y0) / cell), rows);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    List<Rectangle2D> list = cells.get(r * cols + c);
                    if (list != null) {
                        for (int i = 0, n = list.size(); i < n; i++) {
                            if (list.get(i).intersects(x, y, w, h)) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        /** Calls {@code visit} for every cell the box covers, until it returns true. */
        private boolean forCells(double x, double y, double w, double h, java.util.function.IntPredicate visit) {
            int c0 = clamp((int) ((x - x0) / cell), cols);
            int c1 = clamp((int) ((x + w - x0) / cell), cols);
            int r0 = clamp((int) ((y - y0) / cell), rows);
            int r1 = clamp((int) ((y + h - y0) / cell), rows);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    if (visit.test(r * cols + c)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static int clamp(int v, int n) {
            return Math.max(0, Math.min(n - 1, v));
        }
    }
}
