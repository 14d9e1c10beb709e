package org.thematica.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart drawn with JFreeChart: one bar per category (a theme, a code), or a
 * group of bars per category with a legend when there are several series (informant groups).
 * Values are printed at the bar ends; shares as percentages on a 0-100% axis.
 *
 * <p>Deterministic and the same in every output: the chart is drawn through
 * {@link MeasuredGraphics2D}, so JFreeChart measures text with {@link TextMeasure} and lays out
 * the same on screen, in PNG, SVG and PDF; no ids, no clock, rendering hints fixed. The room
 * for the value labels and the label size are computed from a first layout pass, so labels
 * are never cut at the right edge and never overlap thin bars. {@link #bars} gives the bars'
 * geometry for hit-testing without reaching into JFreeChart.
 */
public final class BarChartFigure implements Figure {
    /** A bar: its category (top to bottom) and its series (group). */
    public record Bar(int category, int series) {
    }

    /** A bar's place in a layout, and the strip across the plot that a click on it may hit. */
    public record BarShape(Bar bar, Rectangle2D rect, Rectangle2D strip) {
    }

    /**
     * What the chart shows.
     *
     * @param categories   category names, top to bottom
     * @param colours      each category's own colour (#rrggbb, or null), used when there is one series
     * @param series       series (group) names; one series draws no legend
     * @param values       [series][category]
     * @param labels       [series][category]: the text printed at the end of each bar
     * @param percent      values are shares from 0 to 1: the axis runs from 0% to 100%
     * @param valueAxis    the value axis label
     * @param categoryAxis the category axis label (empty: none)
     * @param empty        what to say when there are no categories
     */
    public record Data(List<String> categories, List<String> colours, List<String> series, double[][] values,
                       String[][] labels, boolean percent, String valueAxis, String categoryAxis, String empty) {
        public Data {
            categories = List.copyOf(categories);
            colours = java.util.Collections.unmodifiableList(new ArrayList<>(colours)); // may hold nulls
            series = List.copyOf(series);
            if (colours.size() != categories.size() || values.length != series.size()
                    || labels.length != series.size()) {
                throw new IllegalArgumentException("categories, colours, series, values and labels must agree");
            }
            for (int s = 0; s < series.size(); s++) {
                if (values[s].length != categories.size() || labels[s].length != categories.size()) {
                    throw new IllegalArgumentException("series " + s + " needs one value per category");
                }
            }
        }

        public double value(int series, int category) {
            return values[series][category];
        }

        public String label(int series, int category) {
            return labels[series][category];
        }
    }

    private static final Color TEXT = new Color(0x222222);
    private static final Color AXIS = new Color(0x666666);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final double LABEL_GAP = 3;
    /** Value labels smaller than this (points) are left out: too small to read in print. */
    static final double MIN_LABEL_SIZE = 6;

    private final String name;
    private final Data data;

    public BarChartFigure(String name, Data data) {
        this.name = Objects.requireNonNull(name);
        this.data = Objects.requireNonNull(data);
    }

    @Override
    public String name() {
        return name;
    }

    public Data data() {
        return data;
    }

    @Override
    public void paint(Graphics2D g, Rectangle2D bounds, FigureStyle style) {
        JFreeChart chart = laidOut(bounds, style);
        chart.draw(MeasuredGraphics2D.wrap(g), bounds);
    }

    /** The bars as they are painted into {@code bounds} with {@code style}, in data order. */
    public List<BarShape> bars(Rectangle2D bounds, FigureStyle style) {
        JFreeChart chart = laidOut(bounds, style);
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        drawOffscreen(chart, bounds, info);
        return shapes(info);
    }

    /** The bar whose strip (its band across the whole plot) holds the point, if any. */
    public Optional<Bar> barAt(Rectangle2D bounds, FigureStyle style, double x, double y) {
        return bars(bounds, style).stream().filter(b -> b.strip().contains(x, y)).map(BarShape::bar).findFirst();
    }

    /**
     * The chart, with the value axis long enough for the longest label and the labels no taller
     * than the bars: measured on a first, offscreen layout with the same fonts and bounds.
     */
    private JFreeChart laidOut(Rectangle2D bounds, FigureStyle style) {
        Font labelFont = style.font(Font.PLAIN, 0.85);
        JFreeChart chart = chart(style, labelFont);
        if (data.categories().isEmpty()) {
            return chart;
        }
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        drawOffscreen(chart, bounds, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        // labels fit the bars: one label per bar, stacked as closely as the bars are; smaller
        // on thin bars, and left out when they would be smaller than print can carry
        List<BarShape> bars = shapes(info);
        double pitch = Double.MAX_VALUE;
        for (int i = 0; i < bars.size(); i++) {
            if (data.series().size() == 1) {
                pitch = Math.min(pitch, bars.get(i).rect().getHeight());
            } else if (i > 0 && bars.get(i).bar().category() == bars.get(i - 1).bar().category()) {
                pitch = Math.min(pitch, bars.get(i).rect().getCenterY() - bars.get(i - 1).rect().getCenterY());
            }
        }
        double size = labelFont.getSize2D();
        double glyphs = (TextMeasure.ascent(labelFont) + TextMeasure.descent(labelFont)) / size;
        double fits = Math.min(size, pitch / glyphs);
        boolean labelled = fits >= MIN_LABEL_SIZE;
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        if (fits < size && labelled) {
            labelFont = labelFont.deriveFont((float) fits);
            renderer.setDefaultItemLabelFont(labelFont);
        }
        renderer.setDefaultItemLabelsVisible(labelled);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setRange(0, upperBound(area.getWidth(), labelled ? labelFont : null));
        return chart;
    }

    /** The smallest axis end at which every bar's label still fits right of its bar. */
    private double upperBound(double width, Font labelFont) {
        double max = 0;
        for (double[] series : data.values()) {
            for (double v : series) {
                max = Math.max(max, v);
            }
        }
        double upper = data.percent() ? 1.0 : Math.max(1, max * 1.02);
        if (labelFont == null || width <= 0) {
            return upper;
        }
        for (int s = 0; s < data.series().size(); s++) {
            for (int c = 0; c < data.categories().size(); c++) {
                double room = width - LABEL_GAP - TextMeasure.width(labelFont, data.label(s, c)) - 2;
                double v = data.value(s, c);
                if (room > width * 0.25 && v > 0) {
                    upper = Math.max(upper, v * width / room);
                }
            }
        }
        return upper;
    }

    private static void drawOffscreen(JFreeChart chart, Rectangle2D bounds, ChartRenderingInfo info) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            chart.draw(MeasuredGraphics2D.wrap(g), bounds, info);
        } finally {
            g.dispose();
        }
    }

    private static List<BarShape> shapes(ChartRenderingInfo info) {
        Rectangle2D area = info.getPlotInfo().getDataArea();
        List<BarShape> bars = new ArrayList<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof CategoryItemEntity e && e.getRowKey() instanceof Key row
                    && e.getColumnKey() instanceof Key column) {
                Rectangle2D rect = ((ChartEntity) e).getArea().getBounds2D();
                Rectangle2D strip = new Rectangle2D.Double(area.getX(), rect.getY(), area.getWidth(),
                        rect.getHeight());
                bars.add(new BarShape(new Bar(column.index(), row.index()), rect, strip));
            }
        }
        bars.sort(java.util.Comparator.comparingInt((BarShape b) -> b.bar().category())
                .thenComparingInt(b -> b.bar().series()));
        return bars;
    }

    /** A dataset key: its position (so equal names stay apart) and the name it shows. */
    private record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private JFreeChart chart(FigureStyle style, Font labelFont) {
        int seriesCount = data.series().size();
        int categoryCount = data.categories().size();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int s = 0; s < seriesCount; s++) {
            for (int c = 0; c < categoryCount; c++) {
                dataset.addValue(data.value(s, c), new Key(s, data.series().get(s)),
                        new Key(c, data.categories().get(c)));
            }
        }
        Font tickFont = style.font(Font.PLAIN, 0.9);
        Font axisFont = style.font(Font.PLAIN, 0.95);

        CategoryAxis categories = new CategoryAxis(data.categoryAxis().isBlank() ? null : data.categoryAxis());
        categories.setTickLabelFont(tickFont);
        categories.setTickLabelPaint(TEXT);
        categories.setLabelFont(axisFont);
        categories.setLabelPaint(TEXT);
        categories.setMaximumCategoryLabelLines(3);
        categories.setMaximumCategoryLabelWidthRatio(0.38f);
        categories.setCategoryMargin(seriesCount > 1 ? 0.25 : 0.3);
        categories.setLowerMargin(0.02);
        categories.setUpperMargin(0.02);
        categories.setAxisLinePaint(AXIS);
        categories.setTickMarksVisible(false);

        NumberAxis values = new ValueAxis(data.valueAxis(), data.percent() ? 1.0 : Double.MAX_VALUE);
        values.setTickLabelFont(tickFont);
        values.setTickLabelPaint(TEXT);
        values.setLabelFont(axisFont);
        values.setLabelPaint(TEXT);
        values.setAxisLineVisible(false);
        values.setTickMarkPaint(AXIS);
        if (data.percent()) {
            values.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
            NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
            percent.setMaximumFractionDigits(0);
            values.setNumberFormatOverride(percent);
        } else {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
            values.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        }
        values.setRange(0, upperBound(0, null));

        BarRenderer renderer = new Renderer(style, seriesCount, categoryCount);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
        for (int s = 0; s < seriesCount; s++) {
            Color colour = seriesColour(style, s);
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesOutlinePaint(s, colour.darker());
        }
        renderer.setDefaultItemLabelGenerator(new Labels(data));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(labelFont);
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setPositiveItemLabelPositionFallback(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(LABEL_GAP);

        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT); // the value axis below the bars
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        // room on the right for the half of the last tick label ("100%") that overhangs the plot
        double max = 0;
        for (double[] row : data.values()) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        String lastTick = data.percent() ? "100%" : new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(
                Locale.ROOT)).format(Math.max(1, max) * 1.5);
        plot.setInsets(new RectangleInsets(2, 2, 2, 2 + TextMeasure.width(tickFont, lastTick) / 2));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage(data.empty());
        plot.setNoDataMessageFont(style.font(Font.ITALIC, 1.0));
        plot.setNoDataMessagePaint(AXIS);

        JFreeChart chart = new JFreeChart(null, style.font(Font.PLAIN, 1.0), plot, seriesCount > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(RectangleInsets.ZERO_INSETS);
        chart.setElementHinting(false); // no element ids in SVG
        RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        chart.setRenderingHints(hints);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(tickFont);
            legend.setItemPaint(TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setMargin(new RectangleInsets(4, 0, 0, 0));
        }
        return chart;
    }

    private Color seriesColour(FigureStyle style, int s) {
        return data.series().size() == 1 ? style.colour(null, 0, 1) : style.colour(null, s, data.series().size());
    }

    /** Per-category colours (the themes' own, or the palette's) when there is one series. */
    private final class Renderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient Color[] own;

        Renderer(FigureStyle style, int seriesCount, int categoryCount) {
            own = seriesCount == 1 ? new Color[categoryCount] : null;
            if (own != null) {
                for (int c = 0; c < categoryCount; c++) {
                    own[c] = style.colour(data.colours().get(c), c, categoryCount);
                }
            }
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return own != null ? own[column] : super.getItemPaint(row, column);
        }

        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            return own != null ? own[column].darker() : super.getItemOutlinePaint(row, column);
        }
    }

    /** The labels the data brings. */
    private record Labels(Data data) implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return data.series().get(row);
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return data.categories().get(column);
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return data.label(row, column);
        }
    }

    /** A value axis without ticks beyond its last meaningful value (no "110%" past a 100% axis). */
    private static final class ValueAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final double lastTick;

        ValueAxis(String label, double lastTick) {
            super(label);
            this.lastTick = lastTick;
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            List ticks = super.refreshTicks(g2, state, dataArea, edge);
            List kept = new ArrayList();
            for (Object t : ticks) {
                if (!(t instanceof NumberTick n) || n.getValue() <= lastTick + 1e-9) {
                    kept.add(t);
                }
            }
            return kept;
        }
    }
}
