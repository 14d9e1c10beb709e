package org.thematica.service;

import java.util.Map;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.agreement.AgreementMeasure;
import org.thematica.figure.AgreementChartFigure;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.PaletteMode;

/**
 * One agreement measure per code as a bar chart (options in {@link AgreementFigures};
 * {@code measure} percent|kappa|alpha|alpha-u|segments, kappa by default).
 */
public final class AgreementChartSource implements FigureSource {
    public static final String MEASURE = "measure";

    @Override
    public String name() {
        return AgreementChartFigure.NAME;
    }

    @Override
    public String title() {
        return "Agreement by code";
    }

    @Override
    public FigureSettings defaults() {
        return new FigureSettings(name(), PaletteMode.COLOUR, "", "", 453, 300, 300,
                Map.of(MEASURE, AgreementMeasure.KAPPA.optionKey()));
    }

    @Override
    public Figure build(Project project, Corpus corpus, FigureSettings settings) {
        AgreementFigures.Outcome outcome = AgreementFigures.report(project, settings);
        return outcome.report() == null ? AgreementChartFigure.message(outcome.problem())
                : AgreementChartFigure.of(outcome.report(), measure(settings));
    }

    /** The measure the settings name; an unknown one (from a newer version) draws kappa. */
    public static AgreementMeasure measure(FigureSettings settings) {
        try {
            return AgreementMeasure.parse(settings.option(MEASURE, AgreementMeasure.KAPPA.optionKey()));
        } catch (IllegalArgumentException e) {
            return AgreementMeasure.KAPPA;
        }
    }
}
