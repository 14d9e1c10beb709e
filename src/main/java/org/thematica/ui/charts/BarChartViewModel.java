package org.thematica.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.thematica.analysis.CodedPassages;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeFrequencies;
import org.thematica.analysis.ThemeFrequencies.Group;
import org.thematica.analysis.ThemeFrequencies.Measure;
import org.thematica.analysis.ThemeFrequencies.Query;
import org.thematica.analysis.ThemeFrequencies.Result;
import org.thematica.analysis.ThemeFrequencies.Row;
import org.thematica.analysis.ThemeFrequencies.Subject;
import org.thematica.edit.SetProjectInfo;
import org.thematica.figure.BarChartFigure;
import org.thematica.figure.BarChartFigure.Bar;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.FigureStyle;
import org.thematica.service.ThemeFrequencySource;
import org.thematica.ui.common.LatestJob;
import org.thematica.ui.workbench.PassageRequest;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The theme frequency chart's state, without a window: the saved choices (measure, themes or
 * codes, document kind, attribute filter, split, order), the chart computed from the live
 * corpus, and the passages behind a bar.
 *
 * <p>Live: every change to the corpus (any edit, from anywhere) and every change of choice
 * recomputes the chart on the analysis thread ({@link WorkbenchContext#compute()}); the newest
 * result wins. Choices are saved with the project (an undoable edit, on the project thread);
 * an undo of them, or an export that changed the title, comes back through the project's
 * events and is shown.
 */
public final class BarChartViewModel {
    static final ThemeFrequencySource SOURCE = new ThemeFrequencySource();

    /** What the chart shows now: the numbers, the figure drawn from them, and its style. */
    public record Chart(Result result, BarChartFigure figure, FigureStyle style) {
    }

    /** A value of a case attribute that the chart can be narrowed to ("role = security expert"). */
    public record AttributeValue(String attribute, String value) {
        public String label() {
            return attribute + " = " + value;
        }
    }

    private final WorkbenchContext context;
    private final LatestJob job;
    private final ReadOnlyObjectWrapper<FigureSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", SOURCE.defaults());
    private final ReadOnlyObjectWrapper<Chart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ObservableList<String> attributes = FXCollections.observableArrayList();
    private final ObservableList<AttributeValue> attributeValues = FXCollections.observableArrayList();
    private final ObservableList<String> attributesView = FXCollections.unmodifiableObservableList(attributes);
    private final ObservableList<AttributeValue> attributeValuesView =
            FXCollections.unmodifiableObservableList(attributeValues);
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<String> codersView = FXCollections.unmodifiableObservableList(coders);
    private Corpus corpus;
    private int pendingSaves;
    private boolean active;

    private final ChangeListener<Corpus> onCorpus = (o, old, now) -> corpusChanged(now);
    private final Consumer<ProjectEvents.Change> onChange = change -> {
        if (change.touches(SetProjectInfo.class)) {
            reloadSettings(); // an undo of a choice, or an export that saved a new title
        }
    };

    public BarChartViewModel(WorkbenchContext context) {
        this.context = context;
        this.job = new LatestJob(context.compute());
    }

    public void activate() {
        if (active) {
            return;
        }
        active = true;
        context.analysis().corpusProperty().addListener(onCorpus);
        context.events().addListener(onChange);
        context.analysis().attach();
        reloadSettings();
        if (context.analysis().corpusProperty().get() != null) {
            corpusChanged(context.analysis().corpusProperty().get());
        }
    }

    public void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        context.analysis().corpusProperty().removeListener(onCorpus);
        context.events().removeListener(onChange);
        context.analysis().detach();
    }

    private void corpusChanged(Corpus now) {
        if (now == null) {
            return;
        }
        corpus = now;
        List<String> names = now.attributes();
        if (!names.equals(attributes)) {
            attributes.setAll(names);
        }
        List<AttributeValue> values = new ArrayList<>();
        for (String a : names) {
            for (String v : now.attributeValues(a)) {
                values.add(new AttributeValue(a, v));
            }
        }
        if (!values.equals(attributeValues)) {
            attributeValues.setAll(values);
        }
        List<String> coderNames = CodedPassages.coders(now);
        if (!coderNames.equals(coders)) {
            coders.setAll(coderNames);
        }
        recompute();
    }

    private void reloadSettings() {
        context.background().run(() -> context.project().figureSettings().load(SOURCE.name(), SOURCE.defaults()),
                loaded -> {
                    // a save still on its way would be undone by an older read: the read after it decides
                    if (pendingSaves == 0 && !loaded.equals(settings.get())) {
                        settings.set(loaded);
                        recompute();
                    }
                });
    }

    private void recompute() {
        Corpus c = corpus;
        FigureSettings s = settings.get();
        if (c == null) {
            return;
        }
        job.run(() -> {
            Result result = ThemeFrequencies.compute(c, ThemeFrequencySource.query(s));
            return new Chart(result, ThemeFrequencySource.figure(result), s.style());
        }, chart::set);
    }

    /** The current choices. */
    public Query query() {
        return ThemeFrequencySource.query(settings.get());
    }

    /** Changes the choices: shown at once, saved with the project. */
    public void choose(UnaryOperator<Query> change) {
        FigureSettings next = ThemeFrequencySource.withQuery(settings.get(), change.apply(query()));
        if (next.equals(settings.get())) {
            return;
        }
        settings.set(next);
        recompute();
        if (context.isReadOnly()) {
            return; // a read-only project shows the choice but cannot keep it
        }
        pendingSaves++;
        context.background().run(() -> {
            try {
                context.project().figureSettings().save(next);
                return "";
            } catch (Exception e) {
                return e.getMessage() == null ? e.toString() : e.getMessage();
            }
        }, problem -> {
            pendingSaves--;
            if (!problem.isEmpty()) {
                context.say("The chart's settings could not be saved: " + problem);
            }
        });
    }

    public void chooseMeasure(Measure m) {
        choose(q -> new Query(m, q.subject(), q.scope(), q.filterAttribute(), q.filterValue(), q.splitAttribute(),
                q.sort(), q.passages()));
    }

    public void chooseSubject(Subject s) {
        choose(q -> new Query(q.measure(), s, q.scope(), q.filterAttribute(), q.filterValue(), q.splitAttribute(),
                q.sort(), q.passages()));
    }

    public void chooseScope(ThemeFrequencies.Scope scope) {
        choose(q -> new Query(q.measure(), q.subject(), scope, q.filterAttribute(), q.filterValue(),
                q.splitAttribute(), q.sort(), q.passages()));
    }

    /** Only cases with this value; null: all cases. */
    public void chooseFilter(AttributeValue v) {
        choose(q -> new Query(q.measure(), q.subject(), q.scope(), v == null ? null : v.attribute(),
                v == null ? null : v.value(), q.splitAttribute(), q.sort(), q.passages()));
    }

    /** Compare the groups of this attribute; null: no split. */
    public void chooseSplit(String attribute) {
        choose(q -> new Query(q.measure(), q.subject(), q.scope(), q.filterAttribute(), q.filterValue(), attribute,
                q.sort(), q.passages()));
    }

    public void chooseSort(ThemeFrequencies.Sort sort) {
        choose(q -> new Query(q.measure(), q.subject(), q.scope(), q.filterAttribute(), q.filterValue(),
                q.splitAttribute(), sort, q.passages()));
    }

    /** Count only this coder's codings; null: every coder's, each passage once. */
    public void chooseCoder(String coder) {
        choose(q -> new Query(q.measure(), q.subject(), q.scope(), q.filterAttribute(), q.filterValue(),
                q.splitAttribute(), q.sort(), CodedPassages.of(coder)));
    }

    /**
     * The passages behind a bar: its theme's (or code's) passages in the chart's kind of
     * document, said by someone of the bar's group (or of the filter's value). Returns what was
     * asked for.
     */
    public PassageRequest showPassages(Bar bar) {
        Chart c = chart.get();
        if (c == null || bar.category() >= c.result().rows().size() || bar.series() >= c.result().groups().size()) {
            return null;
        }
        Query q = c.result().query();
        Row row = c.result().rows().get(bar.category());
        Group group = c.result().groups().get(bar.series());
        String attribute = null;
        String value = null;
        String note = "";
        if (q.split() && !group.missing()) {
            attribute = q.splitAttribute();
            value = group.value();
            if (q.filtered()) {
                note = " (the Passages view narrows by one value: " + q.filterAttribute() + " = "
                        + q.filterValue() + " is not applied)";
            }
        } else if (q.split()) {
            note = " (all of them: the Passages view cannot narrow to '" + group.label() + "')";
            if (q.filtered()) {
                attribute = q.filterAttribute();
                value = q.filterValue();
                note = " (those with " + attribute + " = " + value + ": the Passages view cannot narrow to '"
                        + group.label() + "')";
            }
        } else if (q.filtered()) {
            attribute = q.filterAttribute();
            value = q.filterValue();
        }
        PassageRequest request = new PassageRequest(attribute, value, q.scope().kind(), q.passages().coder());
        context.selection().showPassages(q.subject() == Subject.THEMES, row.id(), request);
        context.say("Passages of " + (q.subject() == Subject.THEMES ? "theme '" : "code '") + row.name() + "'"
                + (attribute != null ? " said by " + attribute + " = " + value : "")
                + (q.scope().kind() != null ? " in " + kindNoun(q) : "")
                + (q.passages().everyCoder() ? "" : " coded by " + q.passages().coder()) + note + ".");
        return request;
    }

    /** What a bar says, in words: "security vacuum, security expert: 2 of 2 interviews (100%)". */
    public String describe(Bar bar) {
        Chart c = chart.get();
        if (c == null || bar.category() >= c.result().rows().size() || bar.series() >= c.result().groups().size()) {
            return "";
        }
        Result r = c.result();
        Query q = r.query();
        Row row = r.rows().get(bar.category());
        Group group = r.groups().get(bar.series());
        String who = q.split() ? ", " + group.label() : "";
        long count = row.count(bar.series());
        String what = switch (q.measure()) {
            case DOCUMENTS -> count + " of " + r.denominator(bar.series()) + " " + kindNoun(q) + " ("
                    + ThemeFrequencySource.label(q.measure(), row.value(bar.series())) + ")";
            case CASES -> count + " of " + r.denominator(bar.series()) + " cases ("
                    + ThemeFrequencySource.label(q.measure(), row.value(bar.series())) + ")";
            case SEGMENTS -> q.passages().count(count, r.coders());
            case WORDS -> ThemeFrequencySource.label(q.measure(), count) + (count == 1 ? " word" : " words");
        };
        return row.name() + who + ": " + what + ". Click to list the passages.";
    }

    private static String kindNoun(Query q) {
        return switch (q.scope()) {
            case INTERVIEWS -> "interviews";
            case SOURCES -> "sources";
            case ALL -> "documents";
        };
    }

    public ReadOnlyObjectProperty<FigureSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public FigureSettings settings() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<Chart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The case attributes the chart can be split by. */
    public ObservableList<String> attributes() {
        return attributesView;
    }

    /** The attribute values the chart can be narrowed to. */
    public ObservableList<AttributeValue> attributeValues() {
        return attributeValuesView;
    }

    /** The coders with codings, whose codings the chart can count alone. */
    public ObservableList<String> coders() {
        return codersView;
    }

    public WorkbenchContext context() {
        return context;
    }
}
