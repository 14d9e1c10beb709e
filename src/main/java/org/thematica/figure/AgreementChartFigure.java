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
import org.thematica.analysis.agreement.AgreementMeasure;
import org.thematica.analysis.agreement.AgreementReport;
import org.thematica.analysis.agreement.AgreementReport.CodeAgreement;
import org.thematica.analysis.agreement.Measure;

/**
 * One agreement measure per code as horizontal bars, and the codes pooled as a last, dark bar
 * set apart: which codes the two coders apply alike and which they do not. Coefficients run on a
 * scale to 1 that starts at 0 or, when a code falls below, at the next fifth below it (not below
 * −1); percentages run from 0 to 100. A figure not defined for a code shows "n/d" instead of a bar.
 */
public final class AgreementChartFigure implements Figure {
    public static final String NAME = "agreement-chart";
    private static final Color MUTED = new Color(0x6E6E6E);
    private static final Color GRID = new Color(0xD9D9D9);
    private static final Color POOLED = new Color(0x333333);

    private final AgreementReport report;
    private final AgreementMeasure measure;
    private final String message;

    private AgreementChartFigure(AgreementReport report, AgreementMeasure measure, String message) {
        this.report = report;
        this.measure = measure;
        this.message = message;
    }

    public static AgreementChartFigure of(AgreementReport report, AgreementMeasure measure) {
        return new AgreementChartFigure(report, measure, null);
    }

    /** A figure that says why there is no chart (fewer than two coders, no shared document). */
    public static AgreementChartFigure message(String text) {
        return new AgreementChartFigure(null, AgreementMeasure.KAPPA, text);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void paint(Graphics2D g, Rectangle2D b, FigureStyle style) {
        if (report == null) {
            NoData.paint(g, b, style, message);
            return;
        }
        List<String> labels = new ArrayList<>();
        List<Measure> values = new ArrayList<>();
        for (CodeAgreement row : report.codes()) {
            labels.add(row.code());
            values.add(measure.of(row));
        }
        labels.add(AgreementTableFigure.POOLED);
        values.add(measure.of(report.overall()));
        int bars = labels.size();

        Font small = style.font(Font.PLAIN, 0.8);
        double smallLine = TextMeasure.lineHeight(small);
        List<String> axisLabel = TextMeasure.wrap(small, axisLabel(), b.getWidth());
        double axisHeight = smallLine * (1.3 + axisLabel.size()); // tick labels, then the axis label
        double gap = smallLine * 0.6; // between the codes and the pooled bar
        double slot = Math.max(1, (b.getHeight() - axisHeight - gap) / bars);
        double fontScale = Math.max(0.45, Math.min(0.9, slot / 16.0 * 0.9));
        Font font = style.font(Font.PLAIN, fontScale);
        Font bold = style.font(Font.BOLD, fontScale);

        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, TextMeasure.width(bold, label));
        }
        double labelWidth = Math.min(widest, b.getWidth() * 0.35);
        double valueRoom = TextMeasure.width(font, " 100.0%") + style.size() * 0.3;
        double left = b.getX() + labelWidth + style.size() * 0.6;
        double right = b.getMaxX() - valueRoom;
        double[] scale = scale(values);
        double span = scale[1] - scale[0];
        java.util.function.DoubleUnaryOperator xOf = v -> left + (v - scale[0]) / span * (right - left);
        double top = b.getY();
        double bottomOfBars = top + slot * bars + gap;

        // grid and ticks
        g.setStroke(new BasicStroke(0.5f));
        g.setFont(small);
        double step = measure.isPercentage() ? 20 : 0.2;
        for (int i = 0; scale[0] + i * step <= scale[1] + 1e-9; i++) {
            double v = scale[0] + i * step;
            double x = xOf.applyAsDouble(v);
            g.setColor(Math.abs(v) < 1e-9 ? MUTED : GRID);
            g.draw(new Line2D.Double(x, top, x, bottomOfBars));
            String tick = measure.isPercentage() ? String.format(Locale.ROOT, "%.0f", v)
                    : String.format(Locale.ROOT, "%.1f", v).replace("-0.0", "0.0");
            g.setColor(MUTED);
            g.drawString(tick, (float) (x - TextMeasure.width(small, tick) / 2),
                    (float) (bottomOfBars + TextMeasure.ascent(small) + 2));
        }
        double y0 = bottomOfBars + smallLine * 1.3 + TextMeasure.ascent(small);
        for (String line : axisLabel) {
            g.drawString(line, (float) (b.getCenterX() - TextMeasure.width(small, line) / 2), (float) y0);
            y0 += smallLine;
        }

        Color barColour = style.colour(null, 4, 8);
        double zero = xOf.applyAsDouble(Math.max(scale[0], 0));
        for (int i = 0; i < bars; i++) {
            boolean pooled = i == bars - 1;
            double y = top + slot * i + (pooled ? gap : 0);
            Font f = pooled ? bold : font;
            g.setFont(f);
            double baseline = y + (slot - TextMeasure.ascent(f) - TextMeasure.descent(f)) / 2 + TextMeasure.ascent(f);
            g.setColor(Color.BLACK);
            String label = MatrixFigure.ellipsize(f, labels.get(i), labelWidth);
            g.drawString(label, (float) (left - style.size() * 0.6 - TextMeasure.width(f, label)), (float) baseline);
            Measure m = values.get(i);
            if (!m.defined()) {
                g.setColor(MUTED);
                g.drawString(AgreementMeasure.NOT_DEFINED, (float) (zero + 3), (float) baseline);
                continue;
            }
            double x = xOf.applyAsDouble(m.value());
            double barTop = y + slot * 0.18;
            double barHeight = slot * 0.64;
            g.setColor(pooled ? POOLED : barColour);
            g.fill(new Rectangle2D.Double(Math.min(x, zero), barTop, Math.max(0.5, Math.abs(x - zero)), barHeight));
            String value = measure.format(m);
            g.setColor(Color.BLACK);
            g.drawString(value, (float) (Math.max(x, zero) + 3), (float) baseline);
        }
    }

    /** The axis: [0 or lower, 1] for coefficients, [0, 100] for percentages. */
    private double[] scale(List<Measure> values) {
        if (measure.isPercentage()) {
            return new double[] {0, 100};
        }
        double min = 0;
        for (Measure m : values) {
            if (m.defined()) {
                min = Math.min(min, m.value());
            }
        }
        return new double[] {Math.max(-1, Math.floor(min * 5 - 1e-9) / 5), 1};
    }

    private String axisLabel() {
        String what = switch (measure) {
            case PERCENT -> "Percent agreement over the characters";
            case KAPPA -> "Cohen's kappa over the characters";
            case ALPHA -> "Krippendorff's alpha (nominal) over the characters";
            case ALPHA_U -> "Krippendorff's unitizing alpha";
            case SEGMENTS -> "Codings matched at " + report.overlapPercent() + "% overlap (%)";
        };
        return what + ". A: " + report.coderA() + ", B: " + report.coderB()
                + (hasUndefined() ? ". n/d: not defined for these data (the agreement table says why)" : "");
    }

    private boolean hasUndefined() {
        if (!measure.of(report.overall()).defined()) {
            return true;
        }
        return report.codes().stream().anyMatch(r -> !measure.of(r).defined());
    }
}
