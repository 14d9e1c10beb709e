package org.thematica.service;

import org.thematica.analysis.Corpus;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureSettings;

/**
 * One kind of figure the project can draw (bar chart, thematic map, word cloud, matrix): it
 * builds the {@link Figure} from the project's current state and the figure's saved settings.
 * The window and {@code thematica figures} use the same sources, so they draw the same figure.
 * Call on the project thread (a source may read texts or settings).
 */
public interface FigureSource {
    /** The file name and settings key: "theme-frequencies". */
    String name();

    /** How the window names it: "Theme frequencies". */
    String title();

    /** The settings a new project starts with. */
    FigureSettings defaults();

    Figure build(Project project, Corpus corpus, FigureSettings settings);
}
