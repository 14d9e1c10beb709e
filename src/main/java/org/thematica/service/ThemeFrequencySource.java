package org.thematica.service;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.thematica.analysis.CodedPassages;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeFrequencies;
import org.thematica.analysis.ThemeFrequencies.Group;
import org.thematica.analysis.ThemeFrequencies.Measure;
import org.thematica.analysis.ThemeFrequencies.Query;
import org.thematica.analysis.ThemeFrequencies.Result;
import org.thematica.analysis.ThemeFrequencies.Row;
import org.thematica.analysis.ThemeFrequencies.Scope;
import org.thematica.analysis.ThemeFrequencies.Sort;
import org.thematica.analysis.ThemeFrequencies.Subject;
import org.thematica.figure.BarChartFigure;
import org.thematica.figure.FigureSettings;

/**
 * The theme frequency bar chart ("political instability in 80% of the interviews"): how often
 * each theme or code occurs, as computed by {@link ThemeFrequencies}. Its choices are kept in
 * the figure settings' options:
 * <ul>
 * <li>{@code measure}: documents (share of documents), cases (share of cases), segments, words</li>
 * <li>{@code subject}: themes, codes</li>
 * <li>{@code kind}: interviews, sources, all</li>
 * <li>{@code filter-attribute} and {@code filter-value}: only cases with this value</li>
 * <li>{@code split}: an attribute whose groups are compared (grouped bars with a legend)</li>
 * <li>{@code sort}: value, name</li>
 * <li>{@code coded-by}: a coder's name, to count only that coder's codings (absent: every coder's,
 *     each passage once)</li>
 * </ul>
 * Unknown or missing options fall back to the defaults, so settings from another version still
 * draw a chart.
 */
public final class ThemeFrequencySource implements FigureSource {
    public static final String NAME = "theme-frequencies";
    public static final String MEASURE = "measure";
    public static final String SUBJECT = "subject";
    public static final String KIND = "kind";
    public static final String FILTER_ATTRIBUTE = "filter-attribute";
    public static final String FILTER_VALUE = "filter-value";
    public static final String SPLIT = "split";
    public static final String SORT = "sort";
    public static final String CODED_BY = "coded-by";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Theme frequencies";
    }

    @Override
    public FigureSettings defaults() {
        return withQuery(FigureSettings.defaults(NAME), Query.defaults());
    }

    @Override
    public BarChartFigure build(Project project, Corpus corpus, FigureSettings settings) {
        return figure(corpus, settings);
    }

    /** The figure for a corpus snapshot: needs no project, so it can be built on any thread. */
    public static BarChartFigure figure(Corpus corpus, FigureSettings settings) {
        return figure(ThemeFrequencies.compute(corpus, query(settings)));
    }

    public static BarChartFigure figure(Result result) {
        return new BarChartFigure(NAME, data(result));
    }

    /** The choices saved in the settings (defaults for what is missing or unreadable). */
    public static Query query(FigureSettings settings) {
        Query d = Query.defaults();
        return new Query(
                parse(() -> Measure.parse(settings.option(MEASURE, d.measure().key())), d.measure()),
                parse(() -> Subject.parse(settings.option(SUBJECT, d.subject().key())), d.subject()),
                parse(() -> Scope.parse(settings.option(KIND, d.scope().key())), d.scope()),
                settings.option(FILTER_ATTRIBUTE, null), settings.option(FILTER_VALUE, null),
                settings.option(SPLIT, null),
                parse(() -> Sort.parse(settings.option(SORT, d.sort().key())), d.sort()),
                CodedPassages.of(settings.option(CODED_BY, null)));
    }

    /** The settings with the query's choices as options. */
    public static FigureSettings withQuery(FigureSettings settings, Query q) {
        return settings.withOption(MEASURE, q.measure().key())
                .withOption(SUBJECT, q.subject().key())
                .withOption(KIND, q.scope().key())
                .withOption(FILTER_ATTRIBUTE, q.filterAttribute())
                .withOption(FILTER_VALUE, q.filterValue())
                .withOption(SPLIT, q.splitAttribute())
                .withOption(SORT, q.sort().key())
                .withOption(CODED_BY, q.passages().coder());
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Parse<T> p, T fallback) {
        try {
            return p.get();
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** The bars: one per theme or code, one series per group; labels in percent for shares. */
    public static BarChartFigure.Data data(Result r) {
        Query q = r.query();
        List<String> categories = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (Row row : r.rows()) {
            categories.add(row.name());
            colours.add(row.colour());
        }
        int groups = r.groups().size();
        List<String> series = new ArrayList<>();
        double[][] values = new double[groups][r.rows().size()];
        String[][] labels = new String[groups][r.rows().size()];
        for (int g = 0; g < groups; g++) {
            Group group = r.groups().get(g);
            series.add(q.measure().isShare() && q.split()
                    ? group.label() + " (n = " + r.denominator(g) + ")" : group.label());
            for (int i = 0; i < r.rows().size(); i++) {
                values[g][i] = r.rows().get(i).value(g);
                labels[g][i] = label(q.measure(), values[g][i]);
            }
        }
        return new BarChartFigure.Data(categories, colours, series, values, labels, q.measure().isShare(),
                valueAxis(r), q.subject() == Subject.THEMES ? "Theme" : "Code", empty(q));
    }

    /** "75%" for shares, "1,204" for counts: the same text in every locale, so files do not differ. */
    public static String label(Measure measure, double value) {
        if (measure.isShare()) {
            return Math.round(value * 100) + "%";
        }
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /**
     * "Share of interviews (role = security expert, n = 2)", "Coded passages in interviews
     * (distinct; 2 coders)", "Passages coded by Dana in all documents".
     */
    static String valueAxis(Result r) {
        Query q = r.query();
        String documents = switch (q.scope()) {
            case INTERVIEWS -> "interviews";
            case SOURCES -> "sources";
            case ALL -> "documents";
        };
        String base = switch (q.measure()) {
            case DOCUMENTS -> "Share of " + documents;
            case CASES -> "Share of cases";
            case SEGMENTS -> q.passages().title() + " in " + (q.scope() == Scope.ALL ? "all " : "") + documents;
            case WORDS -> "Coded words in " + (q.scope() == Scope.ALL ? "all " : "") + documents;
        };
        List<String> notes = new ArrayList<>();
        String whose = q.measure() == Measure.SEGMENTS || q.measure() == Measure.WORDS && q.passages().everyCoder()
                ? q.passages().qualifier(r.coders()) : q.passages().whose();
        if (whose != null) {
            notes.add(whose);
        }
        if (q.filtered()) {
            notes.add(q.filterAttribute() + " = " + q.filterValue());
        }
        if (q.measure() == Measure.CASES && q.scope() != Scope.INTERVIEWS) {
            notes.add("in " + (q.scope() == Scope.ALL ? "all " : "") + documents);
        }
        if (q.measure().isShare() && !q.split()) {
            notes.add("n = " + r.denominator(r.overall()));
        }
        return notes.isEmpty() ? base : base + " (" + String.join(", ", notes) + ")";
    }

    private static String empty(Query q) {
        return q.subject() == Subject.THEMES ? "No themes yet: group codes into themes in the codebook."
                : "No codes yet.";
    }
}
