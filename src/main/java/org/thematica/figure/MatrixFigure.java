package org.thematica.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.thematica.analysis.ThemeCaseMatrix;
import org.thematica.analysis.ThemeCaseMatrix.Column;
import org.thematica.analysis.ThemeCaseMatrix.Measure;
import org.thematica.model.DocumentKind;

/**
 * The theme × case matrix as a shaded table (a heat map): themes or codes down the side, cases
 * or roles across the top, each cell shaded by its value with the value (or ✓) written on it
 * in black or white, whichever reads better, and an "All" column that counts every passage
 * once. Long row labels wrap onto two lines; column labels that do not fit across are set at
 * 45°. A small legend says what the cells count and shows the scale.
 *
 * <p>The layout ({@link #layout}) is its own model: the window uses it to know which cell was
 * clicked. Text is measured with {@link TextMeasure} only, so every output lays out alike.
 */
public final class MatrixFigure implements Figure {
    public static final String NAME = "theme-matrix";
    private static final Color GRID = new Color(0xD0D0D0);
    private static final Color MUTED = new Color(0x8C8C8C);
    private static final Color ALL_FILL = new Color(0xF2F2F2);
    private static final Color NO_VALUE_FILL = new Color(0xF7F7F7);
    private static final double SIN45 = Math.sqrt(0.5);

    private final ThemeCaseMatrix matrix;
    private final boolean showAll;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final double max;

    private MatrixFigure(ThemeCaseMatrix matrix, boolean showAll) {
        this.matrix = matrix;
        this.showAll = showAll;
        this.rowLabels = matrix.rows().stream().map(ThemeCaseMatrix.Row::name).toList();
        Measure m = matrix.spec().measure();
        List<String> labels = new ArrayList<>();
        for (Column c : matrix.columns()) {
            labels.add(c.label() + suffix(c, m));
        }
        if (showAll) {
            labels.add("All" + suffix(matrix.allColumn(), m));
        }
        this.columnLabels = List.copyOf(labels);
        this.max = matrix.max();
    }

    /** The figure of a computed matrix; {@code showAll} adds the "All" column. */
    public static MatrixFigure of(ThemeCaseMatrix matrix, boolean showAll) {
        return new MatrixFigure(matrix, showAll);
    }

    private static String suffix(Column c, Measure m) {
        return switch (m) {
            case DOCUMENT_SHARE -> "\n(n\u00A0=\u00A0" + c.documents() + ")";
            case CASE_SHARE -> c.kind() == ThemeCaseMatrix.ColumnKind.NO_CASE ? "" : "\n(n\u00A0=\u00A0" + c.cases() + ")";
            default -> "";
        };
    }

    public ThemeCaseMatrix matrix() {
        return matrix;
    }

    /** True when the figure has the "All" column (its index is {@code matrix().columns().size()}). */
    public boolean showsAll() {
        return showAll;
    }

    /** The cell under a point as {row, column} when the figure is painted into {@code bounds}, or null. */
    public int[] cellAt(Rectangle2D bounds, FigureStyle style, double x, double y) {
        return layout(bounds, style).cellAt(x, y, showAll);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Where things go for the given bounds and style: the model both painting and hit-testing use. */
    public record Layout(Rectangle2D bounds, double gridX, double gridY, double cellWidth, double cellHeight,
                         double allGap, int rows, int columns, boolean rotated, List<List<String>> rowLines,
                         List<List<String>> columnLines, Font labelFont, Font boldLabelFont, Font valueFont,
                         Font boldValueFont, boolean values, double legendY) {
        /** The rectangle of a cell; {@code column == columns} is the "All" column when shown. */
        public Rectangle2D cell(int row, int column) {
            double x = gridX + column * cellWidth + (column >= columnsWithoutAll() ? allGap : 0);
            return new Rectangle2D.Double(x, gridY + row * cellHeight, cellWidth, cellHeight);
        }

        private int columnsWithoutAll() {
            return columns;
        }

        /**
         * The cell under a point as {row, column}, where column {@code columns} is the "All"
         * column; null when the point is on no cell.
         */
        public int[] cellAt(double x, double y, boolean withAll) {
            if (y < gridY || y >= gridY + rows * cellHeight || x < gridX) {
                return null;
            }
            int row = (int) ((y - gridY) / cellHeight);
            int column = (int) ((x - gridX) / cellWidth);
            if (column < columns) {
                return new int[] {row, column};
            }
            double allX = gridX + columns * cellWidth + allGap;
            if (withAll && x >= allX && x < allX + cellWidth) {
                return new int[] {row, columns};
            }
            return null;
        }
    }

    public Layout layout(Rectangle2D b, FigureStyle style) {
        Font labelFont = style.font(Font.PLAIN, 0.9);
        Font legendFont = style.font(Font.PLAIN, 0.8);
        double pad = style.size() * 0.4;
        double line = TextMeasure.lineHeight(labelFont);
        double legendHeight = TextMeasure.lineHeight(legendFont) + pad * 2;
        double w = b.getWidth();
        double h = Math.max(1, b.getHeight() - legendHeight);
        int rows = rowLabels.size();
        int columns = matrix.columns().size();
        int slots = columns + (showAll ? 1 : 0);
        double allGap = showAll ? pad : 0;

        // row labels: at most two lines, in at most 38% of the width
        double widest = 0;
        for (String label : rowLabels) {
            widest = Math.max(widest, TextMeasure.width(labelFont, label));
        }
        double labelWidth = Math.min(widest, w * 0.38);
        double rowHeightGuess = rows == 0 ? line : Math.min(line * 2.6, h * 0.8 / rows);
        int maxRowLines = rowHeightGuess >= line * 2 + 2 ? 2 : 1;
        List<List<String>> rowLines = new ArrayList<>();
        double usedLabelWidth = 0;
        for (String label : rowLabels) {
            List<String> lines = fit(labelFont, label, labelWidth, maxRowLines);
            rowLines.add(lines);
            for (String l : lines) {
                usedLabelWidth = Math.max(usedLabelWidth, TextMeasure.width(labelFont, l));
            }
        }
        double left = usedLabelWidth + pad;

        // column labels: across when every word fits its column in three lines, else at 45°
        double maxCell = style.size() * 7;
        double cellWidth = slots == 0 ? 0 : Math.min(maxCell, (w - left - allGap) / slots);
        List<List<String>> columnLines = new ArrayList<>();
        boolean rotated = false;
        int headerLines = 1;
        for (String label : columnLabels) {
            double room = cellWidth - pad * 1.5; // a gap between neighbouring labels
            List<String> lines = TextMeasure.wrap(labelFont, label, room);
            boolean fits = lines.size() <= (label.contains("\n") ? 4 : 3);
            for (String l : lines) {
                fits &= TextMeasure.width(labelFont, l) <= room;
            }
            rotated |= !fits;
            headerLines = Math.max(headerLines, lines.size());
            columnLines.add(lines);
        }
        double header;
        if (rotated) {
            double maxLabel = Math.min(h * 0.4, w * 0.4) / SIN45;
            columnLines.clear();
            double longest = 0;
            for (String label : columnLabels) {
                String fitted = ellipsize(labelFont, label.replace('\n', ' '), maxLabel);
                columnLines.add(List.of(fitted));
                longest = Math.max(longest, TextMeasure.width(labelFont, fitted));
            }
            header = longest * SIN45 + line + pad;
            // the last labels lean out to the right: keep room for them
            for (int pass = 0; pass < 3; pass++) {
                double reserve = 0;
                for (int j = 0; j < slots; j++) {
                    double reach = TextMeasure.width(labelFont, columnLines.get(j).get(0)) * SIN45
                            + TextMeasure.ascent(labelFont) * SIN45;
                    reserve = Math.max(reserve, reach - (slots - j - 0.5) * cellWidth - (j < columns ? allGap : 0));
                }
                cellWidth = Math.min(maxCell, Math.max(4, (w - left - allGap - Math.max(0, reserve)) / slots));
            }
        } else {
            header = headerLines * line + pad;
        }
        double cellHeight = rows == 0 ? 0 : Math.min(line * 2.6, Math.max(1, (h - header) / rows));
        if (cellHeight < line * 2 + 2) {
            for (int r = 0; r < rowLines.size(); r++) {
                if (rowLines.get(r).size() > 1) {
                    rowLines.set(r, fit(labelFont, rowLabels.get(r), labelWidth, 1));
                }
            }
        }
        // centre the table across when the cells are at their widest
        double tableWidth = left + slots * cellWidth + allGap;
        double gridX = b.getX() + left + Math.max(0, (w - tableWidth) / 2);
        double gridY = b.getY() + header;

        // the values' font: as large as the labels, smaller when the cells are small
        double scale = 0.85;
        double widestValue = 0;
        Font probe = style.font(Font.BOLD, 1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < slots; c++) {
                widestValue = Math.max(widestValue, TextMeasure.width(probe, text(r, c)));
            }
        }
        if (widestValue > 0) {
            scale = Math.min(scale, (cellWidth - 4) / widestValue);
        }
        scale = Math.min(scale, (cellHeight - 1) / TextMeasure.lineHeight(style.font(Font.PLAIN, 1)));
        boolean values = scale >= 0.5;
        double valueScale = Math.max(0.5, scale);
        double legendY = gridY + rows * cellHeight + pad;
        return new Layout(b, gridX, gridY, cellWidth, cellHeight, allGap, rows, columns, rotated,
                List.copyOf(rowLines), List.copyOf(columnLines), labelFont, style.font(Font.BOLD, 0.9),
                style.font(Font.PLAIN, valueScale), style.font(Font.BOLD, valueScale), values, legendY);
    }

    @Override
    public void paint(Graphics2D g, Rectangle2D b, FigureStyle style) {
        Layout l = layout(b, style);
        if (l.rows() == 0 || columnLabels.isEmpty()) {
            g.setColor(MUTED);
            Font font = style.font(Font.PLAIN, 1);
            g.setFont(font);
            String empty = matrix.rows().isEmpty()
                    ? (matrix.spec().rows() == ThemeCaseMatrix.Rows.THEMES ? "No themes yet." : "No codes yet.")
                    : "No documents of this kind.";
            g.drawString(empty, (float) b.getX(), (float) (b.getY() + TextMeasure.ascent(font)));
            return;
        }
        Color base = baseColour(style);
        int slots = l.columnLines().size();
        double pad = style.size() * 0.4;
        // cells
        g.setStroke(new BasicStroke(0.5f));
        for (int r = 0; r < l.rows(); r++) {
            for (int c = 0; c < slots; c++) {
                Rectangle2D cell = l.cell(r, c);
                boolean all = c == l.columns();
                double v = value(r, c);
                Color fill = all ? ALL_FILL : Double.isNaN(v) ? NO_VALUE_FILL : shade(base, v);
                g.setColor(fill);
                g.fill(cell);
                g.setColor(GRID);
                g.draw(cell);
                if (l.values()) {
                    String text = text(r, c);
                    Font font = all ? l.boldValueFont() : l.valueFont();
                    g.setFont(font);
                    boolean muted = !all && (Double.isNaN(v) || v == 0);
                    g.setColor(muted ? MUTED : Palettes.textOn(fill));
                    double tw = TextMeasure.width(font, text);
                    double ty = cell.getCenterY() + (TextMeasure.ascent(font) - TextMeasure.descent(font)) / 2;
                    g.drawString(text, (float) (cell.getCenterX() - tw / 2), (float) ty);
                }
            }
        }
        // row labels, right-aligned against the grid
        g.setFont(l.labelFont());
        g.setColor(Color.BLACK);
        double line = TextMeasure.lineHeight(l.labelFont());
        for (int r = 0; r < l.rows(); r++) {
            List<String> lines = l.rowLines().get(r);
            Rectangle2D cell = l.cell(r, 0);
            double top = cell.getCenterY() - lines.size() * line / 2 + TextMeasure.ascent(l.labelFont());
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i);
                double tw = TextMeasure.width(l.labelFont(), text);
                g.drawString(text, (float) (l.gridX() - pad - tw), (float) (top + i * line));
            }
        }
        // column labels
        for (int c = 0; c < slots; c++) {
            Rectangle2D cell = l.cell(0, c);
            List<String> lines = l.columnLines().get(c);
            g.setFont(c == l.columns() ? l.boldLabelFont() : l.labelFont());
            if (l.rotated()) {
                // turn and turn back on the same graphics: a child from create() leaks its
                // transform into the screen's shared GraphicsContext (FXGraphics2D)
                java.awt.geom.AffineTransform before = g.getTransform();
                g.translate(cell.getCenterX() - TextMeasure.descent(l.labelFont()), l.gridY() - pad / 2);
                g.rotate(-Math.PI / 4);
                g.drawString(lines.get(0), 0f, 0f);
                g.setTransform(before);
            } else {
                double y = l.gridY() - pad / 2 - (lines.size() - 1) * line - TextMeasure.descent(l.labelFont());
                for (int i = 0; i < lines.size(); i++) {
                    String text = lines.get(i);
                    double tw = TextMeasure.width(g.getFont(), text);
                    g.drawString(text, (float) (cell.getCenterX() - tw / 2), (float) (y + i * line));
                }
            }
        }
        // a line between the cells and the "All" column
        if (slots > l.columns()) {
            Rectangle2D first = l.cell(0, l.columns());
            g.setColor(MUTED);
            double x = first.getX() - l.allGap() / 2;
            g.draw(new Line2D.Double(x, l.gridY(), x, l.gridY() + l.rows() * l.cellHeight()));
        }
        paintLegend(g, l, style, base);
    }

    private void paintLegend(Graphics2D g, Layout l, FigureStyle style, Color base) {
        Font font = style.font(Font.PLAIN, 0.8);
        g.setFont(font);
        double x = l.bounds().getX();
        double y = Math.min(l.legendY(), l.bounds().getMaxY() - TextMeasure.lineHeight(font))
                + TextMeasure.ascent(font);
        Measure m = matrix.spec().measure();
        String what = legend();
        if (!l.values()) {
            what += "; values left out: the cells are too small";
        }
        g.setColor(Color.BLACK);
        g.drawString(what, (float) x, (float) y);
        double after = x + TextMeasure.width(font, what) + style.size();
        if (m == Measure.PRESENCE) {
            return;
        }
        // the scale: low, five steps, high
        String low = m.isShare() ? "0%" : "0";
        String high = m.isShare() ? "100%" : format(max);
        double swatch = TextMeasure.ascent(font) * 1.2;
        double top = y - TextMeasure.ascent(font);
        double needed = TextMeasure.width(font, low) + TextMeasure.width(font, high) + swatch * 5 + 8;
        if (after + needed > l.bounds().getMaxX()) {
            return; // no room: the numbers in the cells say it all
        }
        g.drawString(low, (float) after, (float) y);
        double sx = after + TextMeasure.width(font, low) + 4;
        double top5 = m.isShare() ? 1 : max;
        for (int i = 0; i < 5; i++) {
            double v = i == 0 ? 0 : top5 * i / 4;
            Rectangle2D r = new Rectangle2D.Double(sx + i * swatch, top, swatch, swatch);
            g.setColor(v == 0 ? Color.WHITE : shade(base, v));
            g.fill(r);
            g.setColor(GRID);
            g.draw(r);
        }
        g.setColor(Color.BLACK);
        g.drawString(high, (float) (sx + 5 * swatch + 4), (float) y);
    }

    /**
     * What the cells count, in which documents, and whose codings: "Cells: coded passages in
     * interviews (distinct; 2 coders)", "Cells: documents in interviews (codings by Dana)".
     */
    public String legend() {
        String what = matrix.spec().measure() == Measure.PRESENCE ? check() + " coded at least once" : matrix.counted();
        String note = matrix.countedNote();
        return "Cells: " + what + " in " + kindLabel(matrix.spec().kind()) + (note == null ? "" : " (" + note + ")");
    }

    private static String kindLabel(DocumentKind kind) {
        return kind == null ? "all documents" : kind == DocumentKind.INTERVIEW ? "interviews" : "sources";
    }

    /** The value of a cell; column {@code columns} is the "All" column. */
    double value(int row, int column) {
        return column == matrix.columns().size() ? matrix.total(row).value(matrix.spec().measure())
                : matrix.value(row, column);
    }

    /** What a cell says: a count, ✓, a percentage, or – where a share has no base. */
    public String text(int row, int column) {
        double v = value(row, column);
        Measure m = matrix.spec().measure();
        if (Double.isNaN(v)) {
            return "–";
        }
        return switch (m) {
            case PRESENCE -> v > 0 ? check() : "";
            case DOCUMENT_SHARE, CASE_SHARE -> Math.round(v * 100) + "%";
            default -> format(v);
        };
    }

    private static String check() {
        return "✓";
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%d", Math.round(v));
    }

    /** The darkest colour of the scale, from the palette mode (white is zero). */
    static Color baseColour(FigureStyle style) {
        return switch (style.palette()) {
            case GRAYSCALE -> style.colour(null, 0, 2); // dark grey
            case COLOUR_BLIND -> style.colour(null, 4, 8); // Okabe and Ito's blue
            case COLOUR -> style.colour("#2166ac", 0, 1);
        };
    }

    /** White to {@code base} by the value's share of the largest; any value above zero shows a tint. */
    private Color shade(Color base, double v) {
        double top = matrix.spec().measure().isShare() || matrix.spec().measure() == Measure.PRESENCE ? 1 : max;
        if (v <= 0 || top <= 0) {
            return Color.WHITE;
        }
        double t = 0.12 + 0.88 * Math.min(1, v / top);
        return new Color(mix(255, base.getRed(), t), mix(255, base.getGreen(), t), mix(255, base.getBlue(), t));
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    /** {@code text} in at most {@code lines} lines of {@code width}, the last cut with … if needed. */
    static List<String> fit(Font font, String text, double width, int lines) {
        List<String> wrapped = TextMeasure.wrap(font, text, width);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(lines, wrapped.size()); i++) {
            out.add(ellipsize(font, wrapped.get(i), width));
        }
        if (wrapped.size() > lines) {
            String rest = String.join(" ", wrapped.subList(lines - 1, wrapped.size()));
            out.set(lines - 1, ellipsize(font, rest, width));
        }
        return out;
    }

    static String ellipsize(Font font, String text, double width) {
        if (TextMeasure.width(font, text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && TextMeasure.width(font, text.substring(0, end).stripTrailing() + "…") > width) {
            end = Character.isLowSurrogate(text.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
