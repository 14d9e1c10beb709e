package org.thematica.analysis.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thematica.analysis.agreement.AgreementReport.CodeAgreement;

/**
 * The figures of an agreement report as people read them: each measure's name, its one-line
 * explanation, how its value is written, and the "not defined (reason)" notes. The one home of
 * those sentences and that formatting: the command line's table, the Agreement window and the
 * agreement figures all use it (docs/agreement.md defines the measures).
 */
public enum AgreementMeasure {
    PERCENT("Percent", "percent", "%.1f%%",
            "Percent: the share of characters both coders treated alike (both coded them, or neither did)."),
    KAPPA("Kappa", "kappa", "%.3f",
            "Kappa: Cohen's kappa over the characters: agreement beyond what each coder's own rate of coding"
                    + " predicts by chance (1 perfect, 0 chance)."),
    ALPHA("Alpha", "alpha", "%.3f",
            "Alpha: Krippendorff's alpha (nominal) over the characters: as kappa, with chance from both coders'"
                    + " rates pooled."),
    ALPHA_U("Alpha_U", "alpha_U", "%.3f",
            "Alpha_U: Krippendorff's unitizing alpha: how well the coded stretches' positions and lengths agree"
                    + " (1 identical, 0 chance)."),
    SEGMENTS("Segments", "segments", "%.0f%%",
            "Segments: the share of each coder's codings that a coding of the same code by the other overlaps by"
                    + " at least %d%% of their union.");

    /** What a figure that is not defined shows in its cell. */
    public static final String NOT_DEFINED = "n/d";

    private final String label;
    private final String key;
    private final String format;
    private final String explanation;

    AgreementMeasure(String label, String key, String format, String explanation) {
        this.label = label;
        this.key = key;
        this.format = format;
        this.explanation = explanation;
    }

    /** The column heading: "Kappa". */
    public String label() {
        return label;
    }

    /** The name in a "not defined" note: "alpha_U". */
    public String key() {
        return key;
    }

    /** The name in settings and on the command line: "alpha-u". */
    public String optionKey() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The measure named by {@link #optionKey} or {@link #label} (any case). */
    public static AgreementMeasure parse(String key) {
        for (AgreementMeasure m : values()) {
            if (m.optionKey().equalsIgnoreCase(key.strip()) || m.label().equalsIgnoreCase(key.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown agreement measure '" + key + "' (use percent, kappa, alpha,"
                + " alpha-u or segments)");
    }

    /** One line saying what the measure is; {@code overlapPercent} is the segment overlap chosen. */
    public String explanation(int overlapPercent) {
        return String.format(Locale.ROOT, explanation, overlapPercent);
    }

    /** This measure of one row of a report. */
    public Measure of(CodeAgreement row) {
        return switch (this) {
            case PERCENT -> row.percent();
            case KAPPA -> row.kappa();
            case ALPHA -> row.alpha();
            case ALPHA_U -> row.alphaU();
            case SEGMENTS -> row.segments().percent();
        };
    }

    /** The value as the table writes it ("97.8%", "0.519"), or {@value #NOT_DEFINED}. */
    public String format(Measure m) {
        if (!m.defined()) {
            return NOT_DEFINED;
        }
        String shown = String.format(Locale.ROOT, format, m.value());
        // a tiny negative value rounds to "-0.000", which reads as a different number from 0
        return shown.matches("-0(\\.0+)?%?") ? shown.substring(1) : shown;
    }

    /** True for the measures written as percentages (0 to 100), false for the coefficients (up to 1). */
    public boolean isPercentage() {
        return this == PERCENT || this == SEGMENTS;
    }

    /** The segment cell: "45% (7/21, 7/10)": the share, then each coder's matched and total codings. */
    public static String segments(CodeAgreement row) {
        SegmentShare s = row.segments();
        return SEGMENTS.format(s.percent()) + " (" + s.matchedA() + "/" + s.codingsA() + ", " + s.matchedB() + "/"
                + s.codingsB() + ")";
    }

    /**
     * The row's figures that are not defined, one line per reason: "CODE: kappa, alpha not
     * defined (neither coder applied it here)". Empty when every figure has a value.
     */
    public static List<String> notes(String name, CodeAgreement row) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (AgreementMeasure m : values()) {
            Measure value = m.of(row);
            if (!value.defined()) {
                byReason.computeIfAbsent(value.undefined(), k -> new ArrayList<>()).add(m.key());
            }
        }
        List<String> out = new ArrayList<>();
        byReason.forEach((reason, measures) -> out.add(name + ": " + String.join(", ", measures)
                + " not defined (" + reason + ")"));
        return out;
    }
}
