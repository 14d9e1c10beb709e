package org.thematica.service;

import java.util.List;
import org.thematica.store.StatsRepository.ThemeCount;
import org.thematica.store.StatsRepository.Totals;

/** The project summary behind {@code thematica stats}. */
public final class StatsService {
    private final Project project;

    StatsService(Project project) {
        this.project = project;
    }

    /**
     * One theme's reach: in how many interview documents it is coded at least once, that
     * number as a share of all interviews, and its coded segments across all documents.
     */
    public record ThemeReach(String theme, long interviews, double share, long codings) {
    }

    public record Summary(String project, Totals totals, List<ThemeReach> themes) {
    }

    public Summary summary() {
        Totals totals = project.repos().stats.totals();
        List<ThemeCount> inInterviews = project.repos().stats.themeCounts("interview");
        List<ThemeCount> all = project.repos().stats.themeCounts(null);
        List<ThemeReach> themes = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ThemeCount t = inInterviews.get(i);
            double share = totals.interviews() == 0 ? 0 : (double) t.documents() / totals.interviews();
            themes.add(new ThemeReach(t.theme(), t.documents(), share, all.get(i).codings()));
        }
        return new Summary(project.name(), totals, themes);
    }
}
