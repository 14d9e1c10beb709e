package org.thematica.service;

import java.util.ArrayList;
import java.util.List;
import org.thematica.analysis.CodedPassages;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeCaseMatrix;
import org.thematica.analysis.ThemeCaseMatrix.Measure;
import org.thematica.analysis.ThemeCaseMatrix.Rows;
import org.thematica.analysis.ThemeCaseMatrix.Spec;
import org.thematica.model.DocumentKind;
import org.thematica.store.StatsRepository.Totals;

/**
 * The project summary behind {@code thematica stats}. The totals are the project's rows; what is
 * counted per theme comes from the analysis corpus, through the same {@link ThemeCaseMatrix} (and
 * so the same {@link CodedPassages} rule) as the matrix, the chart and the thesis tables.
 */
public final class StatsService {
    private final Project project;

    StatsService(Project project) {
        this.project = project;
    }

    /**
     * One theme's reach: in how many interview documents it is coded at least once, that
     * number as a share of all interviews, and its coded passages across all documents.
     */
    public record ThemeReach(String theme, long interviews, double share, long passages) {
    }

    /**
     * @param counting whose codings were counted
     * @param passages the coded passages counted in all documents (each once)
     * @param codings  the codings behind them
     * @param coders   how many coders made them
     */
    public record Summary(String project, Totals totals, CodedPassages counting, long passages, long codings,
                          int coders, List<ThemeReach> themes) {
        /** What was counted, in words: "coded passages (distinct; 2 coders)", "passages coded by Dana". */
        public String counted() {
            return counting.describe(coders);
        }
    }

    /** Every coder's codings, each passage once. */
    public Summary summary() {
        return summary(CodedPassages.DISTINCT);
    }

    public Summary summary(CodedPassages counting) {
        Totals totals = project.repos().stats.totals();
        Corpus corpus = project.analysis().corpus();
        ThemeCaseMatrix interviews = ThemeCaseMatrix.compute(corpus,
                new Spec(Rows.THEMES, null, Measure.DOCUMENTS, DocumentKind.INTERVIEW, counting));
        ThemeCaseMatrix all = ThemeCaseMatrix.compute(corpus, new Spec(Rows.THEMES, null, Measure.SEGMENTS, null,
                counting));
        List<ThemeReach> themes = new ArrayList<>();
        for (int r = 0; r < all.rows().size(); r++) {
            int in = interviews.total(r).documents();
            double share = totals.interviews() == 0 ? 0 : (double) in / totals.interviews();
            themes.add(new ThemeReach(all.rows().get(r).name(), in, share, all.total(r).segments()));
        }
        CodedPassages.Totals counted = counting.totals(corpus);
        return new Summary(project.name(), totals, counting, counted.passages(), counted.codings(),
                counted.coders(), themes);
    }
}
