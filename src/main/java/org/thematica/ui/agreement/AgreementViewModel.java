package org.thematica.ui.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.thematica.analysis.agreement.AgreementInput;
import org.thematica.analysis.agreement.AgreementMeasure;
import org.thematica.analysis.agreement.AgreementReport;
import org.thematica.analysis.agreement.AgreementReport.CodeAgreement;
import org.thematica.figure.AgreementChartFigure;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureSettings;
import org.thematica.model.CoderColours;
import org.thematica.model.UserError;
import org.thematica.service.AdjudicationService.Disagreement;
import org.thematica.service.AgreementFigures;
import org.thematica.service.AgreementOverview;
import org.thematica.service.AgreementService;
import org.thematica.service.FigureSource;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The Agreement screen's state: which two coders, documents and codes to compare and at what
 * segment overlap; the report per code and pooled, the passages where the coders differ and the
 * chart. Everything is read through the services on the project thread, again after every edit,
 * and only the newest answer is applied.
 */
public final class AgreementViewModel {
    /** A row of the table: a code's figures (or the pooled row, {@code code} "All codes (pooled)"). */
    public record Row(String code, CodeAgreement agreement, boolean pooled, int disagreements) {
    }

    /** What one computation gives: the report and the disagreements, or why there are none. */
    private record Result(AgreementOverview.Overview overview, AgreementService.Choices choices,
                          List<String> coders, String problem) {
        AgreementReport report() {
            return overview == null ? null : overview.report();
        }
    }

    /** The passages listed at most; a count says how many more there are (a code chosen lists its own). */
    static final int LISTED = 1_000;

    static final String POOLED = org.thematica.figure.AgreementTableFigure.POOLED;

    private final WorkbenchContext context;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObjectProperty<String> coderA = new SimpleObjectProperty<>();
    private final ObjectProperty<String> coderB = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> overlap = new SimpleObjectProperty<>(AgreementInput.DEFAULT_OVERLAP);
    /** The documents and codes chosen; null: the default scope. */
    private final ObjectProperty<List<String>> documents = new SimpleObjectProperty<>();
    private final ObjectProperty<List<String>> codes = new SimpleObjectProperty<>();
    private final ObjectProperty<AgreementMeasure> chartMeasure = new SimpleObjectProperty<>(AgreementMeasure.KAPPA);
    private final ReadOnlyObjectWrapper<AgreementService.Choices> choices = new ReadOnlyObjectWrapper<>(
            new AgreementService.Choices(List.of(), List.of(), List.of(), List.of()));
    private final ReadOnlyObjectWrapper<AgreementReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Disagreement> disagreements = FXCollections.observableArrayList();
    /** The code whose disagreements are listed; null: every code's. */
    private final ObjectProperty<String> listedCode = new SimpleObjectProperty<>();
    private final javafx.beans.property.ReadOnlyIntegerWrapper differing = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final javafx.beans.property.ReadOnlyIntegerWrapper notListed = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final javafx.beans.property.ReadOnlyIntegerWrapper differingInAll =
            new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<String> explanations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Figure> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Each coder's colour, by name (model.CoderColours decides them). */
    private final javafx.collections.ObservableMap<String, String> coderColours = FXCollections.observableHashMap();
    private final javafx.beans.binding.ObjectBinding<String> colourA = javafx.beans.binding.Bindings.createObjectBinding(
            () -> colourOf(coderA.get()), coderA, coderColours);
    /** B's colour, or another when A has the same: the two sides must differ to be read apart. */
    private final javafx.beans.binding.ObjectBinding<String> colourB = javafx.beans.binding.Bindings.createObjectBinding(
            () -> CoderColours.apart(colourA.get(), colourOf(coderB.get())), coderB, coderColours, colourA);
    private final Consumer<ProjectEvents.Change> onChange = change -> {
        if (change.touches(org.thematica.edit.SetCoderColour.class)) {
            loadColours();
        }
        if (RELEVANT.stream().anyMatch(change::touches)) {
            refresh();
        }
    };
    /** The edits that can change a comparison: codings, codes, documents (not memos, reviews, themes, layout). */
    private static final List<Class<? extends org.thematica.edit.Edit>> RELEVANT = List.of(
            org.thematica.edit.CreateCodings.class, org.thematica.edit.SetDeleted.class,
            org.thematica.edit.MoveCodings.class, org.thematica.edit.ResizeCoding.class,
            org.thematica.edit.ImportDocument.class, org.thematica.edit.UpdateDocument.class,
            org.thematica.edit.CreateCode.class, org.thematica.edit.UpdateCode.class);
    private boolean loading;

    public AgreementViewModel(WorkbenchContext context) {
        this.context = context;
        coderA.addListener((o, x, y) -> scopeChanged());
        coderB.addListener((o, x, y) -> scopeChanged());
        overlap.addListener((o, x, y) -> refresh());
        documents.addListener((o, x, y) -> refresh());
        codes.addListener((o, x, y) -> refresh());
        listedCode.addListener((o, x, y) -> refresh());
        chartMeasure.addListener((o, x, y) -> chart.set(chartOf(report.get())));
    }

    /** Starts following the project: the coders, the default pair (the two with the most codings), the report. */
    public void activate() {
        context.events().addListener(onChange);
        loadColours();
        context.background().run(() -> context.project().agreement().coders(), found -> {
            loading = true;
            coders.setAll(found.stream().map(c -> c.name()).toList());
            List<String> pair = AgreementFigures.defaultPair(found);
            coderA.set(pair.isEmpty() ? null : pair.get(0));
            coderB.set(pair.size() < 2 ? null : pair.get(1));
            loading = false;
            refresh();
        });
    }

    private void loadColours() {
        context.background().run(() -> context.project().coders().colours(), found -> {
            if (!coderColours.equals(found)) {
                coderColours.clear();
                coderColours.putAll(found);
            }
        });
    }

    private String colourOf(String coder) {
        return coder == null ? CoderColours.PALETTE.get(0) : coderColours.getOrDefault(coder, CoderColours.PALETTE.get(0));
    }

    /** Coder A's colour ({@code #RRGGBB}). */
    public javafx.beans.binding.ObjectBinding<String> colourA() {
        return colourA;
    }

    /** Coder B's colour, never the same as A's. */
    public javafx.beans.binding.ObjectBinding<String> colourB() {
        return colourB;
    }

    public void deactivate() {
        context.events().removeListener(onChange);
    }

    /** Another coder: the default scope is theirs, so documents and codes go back to it. */
    private void scopeChanged() {
        if (loading) {
            return;
        }
        loading = true;
        documents.set(null);
        codes.set(null);
        loading = false;
        refresh();
    }

    /** The comparison the screen asks for now. */
    public AgreementService.Request request() {
        return new AgreementService.Request(coderA.get(), coderB.get(), documents.get(), codes.get(),
                overlap.get() == null ? AgreementInput.DEFAULT_OVERLAP : overlap.get());
    }

    /** Computes the report and the disagreements again, off the FX thread; the newest answer wins. */
    public void refresh() {
        if (loading) {
            return;
        }
        AgreementService.Request request = request();
        if (request.coderA() == null || request.coderB() == null) {
            generation.incrementAndGet(); // an answer to an earlier request is stale
            apply(new Result(null, choices.get(), List.copyOf(coders), coders.size() < 2
                    ? "Agreement needs two coders who have coded; this project has " + coders.size() + "."
                    : "Choose two coders."));
            return;
        }
        String code = listedCode.get();
        long mine = generation.incrementAndGet();
        // read on the project thread, measure beside it, excerpt on the project thread again; a
        // newer request makes every later phase of this one a no-op
        context.background().run(() -> current(mine) ? read(request) : null, read -> {
            if (read == null || !current(mine)) {
                return;
            }
            if (read.problem() != null) {
                apply(read.problem());
                return;
            }
            context.compute().run(() -> current(mine) ? AgreementOverview.measure(read.reading(), code, LISTED) : null,
                    measured -> {
                        if (measured == null || !current(mine)) {
                            return;
                        }
                        context.background().run(() -> current(mine) ? new Result(context.project().adjudication()
                                .excerpt(measured), measured.reading().choices(), read.coders(), null) : null,
                                result -> {
                                    if (result != null && current(mine)) {
                                        apply(result);
                                    }
                                });
                    });
        });
    }

    private boolean current(long asked) {
        return asked == generation.get();
    }

    /** Phase 1, on the project thread: the reading, or the result that says why there is none. */
    private record Read(AgreementOverview.Reading reading, List<String> coders, Result problem) {
    }

    private Read read(AgreementService.Request request) {
        var project = context.project();
        List<String> names = project.agreement().coders().stream().map(c -> c.name()).toList();
        try {
            return new Read(project.adjudication().read(request), names, null);
        } catch (UserError e) {
            return new Read(null, names, new Result(null, project.agreement().choices(request.coderA(),
                    request.coderB()), names, e.getMessage()));
        }
    }

    private void apply(Result result) {
        if (!coders.equals(result.coders())) { // a consensus coder made since, say
            loading = true;
            String a = coderA.get();
            String b = coderB.get();
            coders.setAll(result.coders()); // the combo boxes clear their value when their items change
            loadColours();
            coderA.set(a);
            coderB.set(b);
            loading = false;
        }
        choices.set(result.choices());
        report.set(result.report());
        var overview = result.overview();
        disagreements.setAll(overview == null ? List.of() : overview.listed());
        differingInAll.set(overview == null ? 0 : overview.total());
        differing.set(overview == null ? 0 : listedCode.get() == null ? overview.total()
                : overview.perCode().getOrDefault(listedCode.get(), 0));
        notListed.set(overview == null ? 0 : overview.more());
        List<Row> table = new ArrayList<>();
        List<String> why = new ArrayList<>();
        explanations.clear();
        if (result.report() != null) {
            for (CodeAgreement row : result.report().codes()) {
                table.add(new Row(row.code(), row, false, overview.perCode().getOrDefault(row.code(), 0)));
                why.addAll(AgreementMeasure.notes(row.code(), row));
            }
            table.add(new Row(POOLED, result.report().overall(), true, overview.total()));
            why.addAll(AgreementMeasure.notes(POOLED, result.report().overall()));
            for (AgreementMeasure m : AgreementMeasure.values()) {
                explanations.add(m.explanation(result.report().overlapPercent()));
            }
            int docs = result.report().documents().size();
            status.set(String.format(java.util.Locale.ROOT, "%d %s, %,d characters, %d %s; %,d %s where they differ.",
                    docs, docs == 1 ? "document" : "documents", result.report().units(), result.report().codes().size(),
                    result.report().codes().size() == 1 ? "code" : "codes", overview.total(),
                    overview.total() == 1 ? "passage" : "passages"));
        } else {
            status.set(result.problem());
        }
        rows.setAll(table);
        notes.setAll(why);
        chart.set(chartOf(result.report()));
    }

    private Figure chartOf(AgreementReport r) {
        return r == null ? null : AgreementChartFigure.of(r, chartMeasure.get());
    }

    /**
     * The saved settings of an agreement figure with this screen's comparison in them (the chart's
     * measure too), for the export dialog, which saves them with the project.
     */
    public void settingsFor(FigureSource source, Consumer<FigureSettings> then) {
        AgreementService.Request request = request();
        AgreementMeasure measure = chartMeasure.get();
        context.background().run(() -> {
            FigureSettings saved = context.project().figureSettings().load(source.name(), source.defaults());
            FigureSettings s = AgreementFigures.with(saved, request);
            return source instanceof org.thematica.service.AgreementChartSource
                    ? s.withOption(org.thematica.service.AgreementChartSource.MEASURE, measure.optionKey()) : s;
        }, then);
    }

    public ObservableList<String> coders() {
        return coders;
    }

    public ObjectProperty<String> coderAProperty() {
        return coderA;
    }

    public ObjectProperty<String> coderBProperty() {
        return coderB;
    }

    public ObjectProperty<Integer> overlapProperty() {
        return overlap;
    }

    public ObjectProperty<List<String>> documentsProperty() {
        return documents;
    }

    public ObjectProperty<List<String>> codesProperty() {
        return codes;
    }

    public ObjectProperty<AgreementMeasure> chartMeasureProperty() {
        return chartMeasure;
    }

    public ReadOnlyObjectProperty<AgreementService.Choices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AgreementReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Disagreement> disagreements() {
        return disagreements;
    }

    public ObjectProperty<String> listedCodeProperty() {
        return listedCode;
    }

    /** The passages where the coders differ, of the listed code (or of all), listed or not. */
    public javafx.beans.property.ReadOnlyIntegerProperty differingProperty() {
        return differing.getReadOnlyProperty();
    }

    /** The passages where the coders differ over every code in scope. */
    public javafx.beans.property.ReadOnlyIntegerProperty differingInAllProperty() {
        return differingInAll.getReadOnlyProperty();
    }

    /** How many of those are beyond the ones listed. */
    public javafx.beans.property.ReadOnlyIntegerProperty notListedProperty() {
        return notListed.getReadOnlyProperty();
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public ObservableList<String> explanations() {
        return explanations;
    }

    public ReadOnlyObjectProperty<Figure> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    WorkbenchContext context() {
        return context;
    }
}
