package org.thematica.service;

import org.thematica.analysis.Corpus;
import org.thematica.analysis.WordCloudOptions;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.WordCloudFigure;

/**
 * The word cloud as a figure of the project: its options (scope, minimum length, number of
 * words, word forms, colours, numbers) are the figure settings' options
 * ({@link WordCloudOptions}); the stop words are the project's.
 */
public final class WordCloudSource implements FigureSource {
    @Override
    public String name() {
        return WordCloudFigure.NAME;
    }

    @Override
    public String title() {
        return "Word cloud";
    }

    @Override
    public FigureSettings defaults() {
        FigureSettings d = FigureSettings.defaults(name());
        return new FigureSettings(d.figure(), d.palette(), d.title(), d.caption(), d.widthPt(), d.heightPt(), d.dpi(),
                WordCloudOptions.defaults().toMap());
    }

    @Override
    public Figure build(Project project, Corpus corpus, FigureSettings settings) {
        return project.wordCloud().cloud(corpus, WordCloudOptions.from(settings.options())).figure();
    }
}
