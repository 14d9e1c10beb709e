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
import org.thematica.analysis.agreement.AgreementInput;
import org.thematica.analysis.agreement.AgreementMeasure;
import org.thematica.analysis.agreement.AgreementReport;
import org.thematica.analysis.agreement.AgreementReport.CodeAgreement;

/**
 * Agreement between two coders as a table for a thesis: one row per code and the pooled row,
 * with percent agreement, kappa, alpha, α_U and the segment share, then why any figure is not
 * defined and, optionally, one line explaining each measure (the sentences of
 * {@link AgreementMeasure}, as the command line prints them). When the rows do not fit, the type
 * shrinks (to 60%), then the last codes are left out with a line saying how many.
 */
public final class AgreementTableFigure implements Figure {
    public static final String NAME = "agreement-table";
    public static final String POOLED = "All codes (pooled)";
    private static final Color MUTED = new Color(0x6E6E6E);
    private static final Color STRIPE = new Color(0xF3F3F3);
    private static final AgreementMeasure[] COLUMNS = {AgreementMeasure.PERCENT, AgreementMeasure.KAPPA,
        AgreementMeasure.ALPHA, AgreementMeasure.ALPHA_U};

    private final AgreementReport report;
    private final String message;
    private final boolean explain;

    private AgreementTableFigure(AgreementReport report, String message, boolean explain) {
        this.report = report;
        this.message = message;
        this.explain = explain;
    }

    /** The table of a report; {@code explain} adds one line per measure under it. */
    public static AgreementTableFigure of(AgreementReport report, boolean explain) {
        return new AgreementTableFigure(report, null, explain);
    }

    /** A figure that says why there is no table (fewer than two coders, no shared document). */
    public static AgreementTableFigure message(String text) {
        return new AgreementTableFigure(null, text, false);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** What the figure draws at one scale of the type: the lines it will need and their fonts. */
    private record Plan(double scale, Font font, Font bold, Font small, double line, double smallLine,
                        List<String> scope, int rowsShown, List<String> notes, double height) {
    }

    @Override
    public void paint(Graphics2D g, Rectangle2D b, FigureStyle style) {
        if (report == null) {
            NoData.paint(g, b, style, message);
            return;
        }
        Plan plan = plan(b, style, 1.0);
        if (plan.height() > b.getHeight()) {
            double scale = Math.max(0.6, b.getHeight() / plan.height());
            plan = plan(b, style, scale);
            while (plan.height() > b.getHeight() && plan.rowsShown() > 1) {
                plan = plan(b, style, scale, plan.rowsShown() - 1);
            }
        }
        draw(g, b, plan);
    }

    private Plan plan(Rectangle2D b, FigureStyle style, double scale) {
        return plan(b, style, scale, report.codes().size());
    }

    private Plan plan(Rectangle2D b, FigureStyle style, double scale, int rowsShown) {
        Font font = style.font(Font.PLAIN, 0.9 * scale);
        Font bold = style.font(Font.BOLD, 0.9 * scale);
        Font small = style.font(Font.PLAIN, 0.75 * scale);
        double line = TextMeasure.lineHeight(font) * 1.35;
        double smallLine = TextMeasure.lineHeight(small);
        double w = b.getWidth();
        List<String> scope = TextMeasure.wrap(small, scopeLine(), w);
        List<String> notes = new ArrayList<>();
        for (String note : notes()) {
            notes.addAll(TextMeasure.wrap(small, note, w));
        }
        int left = report.codes().size() - rowsShown;
        double height = scope.size() * smallLine + smallLine * 0.5 + line * (rowsShown + 2 + (left > 0 ? 1 : 0))
                + (notes.isEmpty() ? 0 : smallLine * 0.5 + notes.size() * smallLine);
        return new Plan(scale, font, bold, small, line, smallLine, scope, rowsShown, notes, height);
    }

    private String scopeLine() {
        int docs = report.documents().size();
        String names = String.join(", ", report.documents().stream().map(AgreementInput.Document::name).toList());
        return String.format(Locale.ROOT, "A: %s; B: %s. %d %s (%s), %,d characters; segments matched at %d%% overlap.",
                report.coderA(), report.coderB(), docs, docs == 1 ? "document" : "documents", names, report.units(),
                report.overlapPercent());
    }

    /** The "not defined" reasons, then the explanations when asked for. */
    private List<String> notes() {
        List<String> out = new ArrayList<>();
        for (CodeAgreement row : report.codes()) {
            out.addAll(AgreementMeasure.notes(row.code(), row));
        }
        out.addAll(AgreementMeasure.notes(POOLED, report.overall()));
        if (explain) {
            for (AgreementMeasure m : AgreementMeasure.values()) {
                out.add(m.explanation(report.overlapPercent()));
            }
        }
        return out;
    }

    private void draw(Graphics2D g, Rectangle2D b, Plan p) {
        double x = b.getX();
        double w = b.getWidth();
        double y = b.getY();
        g.setFont(p.small());
        g.setColor(MUTED);
        for (String s : p.scope()) {
            y += TextMeasure.ascent(p.small());
            g.drawString(s, (float) x, (float) y);
            y += p.smallLine() - TextMeasure.ascent(p.small());
        }
        y += p.smallLine() * 0.5;

        // columns: the values right-aligned in fixed widths, the code names get the rest
        double number = TextMeasure.width(p.font(), "100.0%") + p.line();
        double segments = Math.max(TextMeasure.width(p.font(), "Segments (A, B)"),
                TextMeasure.width(p.font(), "100% (999/999, 999/999)")) + p.line() * 0.5;
        double nameWidth = Math.max(w * 0.2, w - number * COLUMNS.length - segments);
        double[] rights = new double[COLUMNS.length + 1];
        for (int i = 0; i < COLUMNS.length; i++) {
            rights[i] = x + nameWidth + number * (i + 1);
        }
        rights[COLUMNS.length] = x + w;

        List<String> header = new ArrayList<>();
        for (AgreementMeasure m : COLUMNS) {
            header.add(m.label());
        }
        header.add("Segments (A, B)");
        row(g, p.bold(), x, y, p.line(), nameWidth, rights, "Code", header, false, null);
        y += p.line();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) (0.8 * p.scale())));
        g.draw(new Line2D.Double(x, y, x + w, y));
        for (int r = 0; r < p.rowsShown(); r++) {
            CodeAgreement row = report.codes().get(r);
            row(g, p.font(), x, y, p.line(), nameWidth, rights, row.code(), values(row), r % 2 == 1, w);
            y += p.line();
        }
        int left = report.codes().size() - p.rowsShown();
        if (left > 0) {
            g.setFont(p.font());
            g.setColor(MUTED);
            g.drawString("… and " + left + (left == 1 ? " more code" : " more codes") + " (enlarge the figure)",
                    (float) x, (float) (y + baseline(p.font(), p.line())));
            y += p.line();
        }
        g.setColor(Color.BLACK);
        g.draw(new Line2D.Double(x, y, x + w, y));
        row(g, p.bold(), x, y, p.line(), nameWidth, rights, POOLED, values(report.overall()), false, null);
        y += p.line();
        g.draw(new Line2D.Double(x, y, x + w, y));
        if (!p.notes().isEmpty()) {
            y += p.smallLine() * 0.5;
            g.setFont(p.small());
            g.setColor(MUTED);
            for (String s : p.notes()) {
                y += TextMeasure.ascent(p.small());
                g.drawString(s, (float) x, (float) y);
                y += p.smallLine() - TextMeasure.ascent(p.small());
            }
        }
    }

    private static List<String> values(CodeAgreement row) {
        List<String> out = new ArrayList<>();
        for (AgreementMeasure m : COLUMNS) {
            out.add(m.format(m.of(row)));
        }
        out.add(AgreementMeasure.segments(row));
        return out;
    }

    private static void row(Graphics2D g, Font font, double x, double y, double height, double nameWidth,
                            double[] rights, String name, List<String> cells, boolean striped, Double stripeWidth) {
        if (striped) {
            g.setColor(STRIPE);
            g.fill(new Rectangle2D.Double(x, y, stripeWidth, height));
        }
        double baseline = y + baseline(font, height);
        g.setFont(font);
        g.setColor(Color.BLACK);
        g.drawString(MatrixFigure.ellipsize(font, name, nameWidth - height * 0.5), (float) x, (float) baseline);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            g.setColor(cell.startsWith(AgreementMeasure.NOT_DEFINED) ? MUTED : Color.BLACK);
            g.drawString(cell, (float) (rights[i] - TextMeasure.width(font, cell)), (float) baseline);
        }
    }

    /** Where the baseline sits in a row of {@code height}: the text centred. */
    private static double baseline(Font font, double height) {
        return (height - TextMeasure.ascent(font) - TextMeasure.descent(font)) / 2 + TextMeasure.ascent(font);
    }
}
