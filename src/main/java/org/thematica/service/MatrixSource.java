package org.thematica.service;

import java.util.Map;
import org.thematica.analysis.CodedPassages;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeCaseMatrix;
import org.thematica.analysis.ThemeCaseMatrix.Measure;
import org.thematica.analysis.ThemeCaseMatrix.Rows;
import org.thematica.analysis.ThemeCaseMatrix.Spec;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.MatrixFigure;
import org.thematica.figure.PaletteMode;
import org.thematica.model.DocumentKind;

/**
 * The theme × case matrix as a figure. Its options (in {@link FigureSettings#options()}):
 * {@code rows} themes|codes; {@code columns} attribute|cases and {@code attribute} (the
 * attribute whose values are the columns, "role" by default; a project without it gets one
 * column per case); {@code measure} segments|documents|presence|document-share|case-share;
 * {@code kind} interview|source|all; {@code all} yes|no (the "All" column); {@code coded-by} a
 * coder's name, to count only that coder's codings (absent: every coder's, each passage once).
 */
public final class MatrixSource implements FigureSource {
    public static final String ROWS = "rows";
    public static final String COLUMNS = "columns";
    public static final String ATTRIBUTE = "attribute";
    public static final String MEASURE = "measure";
    public static final String KIND = "kind";
    public static final String ALL = "all";
    public static final String CODED_BY = "coded-by";
    /** {@code columns}: one per case, or one per value of {@code attribute}. */
    public static final String BY_CASE = "cases";
    public static final String BY_ATTRIBUTE = "attribute";

    @Override
    public String name() {
        return MatrixFigure.NAME;
    }

    @Override
    public String title() {
        return "Theme × case matrix";
    }

    @Override
    public FigureSettings defaults() {
        return new FigureSettings(name(), PaletteMode.COLOUR, "", "", 453, 300, 300,
                Map.of(ROWS, Rows.THEMES.key(), COLUMNS, BY_ATTRIBUTE, ATTRIBUTE, "role",
                        MEASURE, Measure.SEGMENTS.key(), KIND, DocumentKind.INTERVIEW.key(), ALL, "yes"));
    }

    @Override
    public Figure build(Project project, Corpus corpus, FigureSettings settings) {
        return figure(corpus, settings);
    }

    /** The figure from the corpus alone (the window computes it off the project thread). */
    public static MatrixFigure figure(Corpus corpus, FigureSettings settings) {
        return MatrixFigure.of(ThemeCaseMatrix.compute(corpus, spec(corpus, settings)),
                !"no".equalsIgnoreCase(settings.option(ALL, "yes")));
    }

    /**
     * What the settings ask for. Unknown values fall back to the defaults (settings saved by a
     * newer version must still draw something), and so does an attribute no case has.
     */
    public static Spec spec(Corpus corpus, FigureSettings settings) {
        Rows rows = parse(() -> Rows.parse(settings.option(ROWS, "themes")), Rows.THEMES);
        Measure measure = parse(() -> Measure.parse(settings.option(MEASURE, "segments")), Measure.SEGMENTS);
        String kindKey = settings.option(KIND, DocumentKind.INTERVIEW.key());
        DocumentKind kind = kindKey.equalsIgnoreCase("all") ? null
                : parse(() -> DocumentKind.parse(kindKey), DocumentKind.INTERVIEW);
        String attribute = settings.option(ATTRIBUTE, "role");
        boolean byCase = BY_CASE.equalsIgnoreCase(settings.option(COLUMNS, BY_ATTRIBUTE))
                || !corpus.attributes().contains(attribute);
        return new Spec(rows, byCase ? null : attribute, measure, kind,
                CodedPassages.of(settings.option(CODED_BY, null)));
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, T fallback) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
