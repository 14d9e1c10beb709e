package org.thematica.service;

import java.util.Map;
import org.thematica.analysis.Corpus;
import org.thematica.figure.AgreementTableFigure;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.PaletteMode;

/**
 * Agreement between two coders as a table: per code and pooled (options in {@link AgreementFigures};
 * {@code explain} yes|no adds one line per measure, yes by default).
 */
public final class AgreementTableSource implements FigureSource {
    public static final String EXPLAIN = "explain";

    @Override
    public String name() {
        return AgreementTableFigure.NAME;
    }

    @Override
    public String title() {
        return "Agreement table";
    }

    @Override
    public FigureSettings defaults() {
        return new FigureSettings(name(), PaletteMode.COLOUR, "", "", 453, 340, 300, Map.of(EXPLAIN, "yes"));
    }

    @Override
    public Figure build(Project project, Corpus corpus, FigureSettings settings) {
        AgreementFigures.Outcome outcome = AgreementFigures.report(project, settings);
        return outcome.report() == null ? AgreementTableFigure.message(outcome.problem())
                : AgreementTableFigure.of(outcome.report(), !"no".equalsIgnoreCase(settings.option(EXPLAIN, "yes")));
    }
}
