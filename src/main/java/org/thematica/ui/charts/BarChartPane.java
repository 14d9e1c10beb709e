package org.thematica.ui.charts;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import org.thematica.analysis.ThemeFrequencies.Measure;
import org.thematica.analysis.ThemeFrequencies.Query;
import org.thematica.analysis.ThemeFrequencies.Scope;
import org.thematica.analysis.ThemeFrequencies.Sort;
import org.thematica.analysis.ThemeFrequencies.Subject;
import org.thematica.figure.BarChartFigure;
import org.thematica.figure.BarChartFigure.Bar;
import org.thematica.figure.BarChartFigure.BarShape;
import org.thematica.figure.FigureStyle;
import org.thematica.ui.charts.BarChartViewModel.AttributeValue;
import org.thematica.ui.charts.BarChartViewModel.Chart;
import org.thematica.ui.figures.ExportDialog;
import org.thematica.ui.figures.FigureCanvas;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The theme frequency bar chart, live: how many interviews (or cases, segments, words) each
 * theme or code has, optionally for one kind of informant or compared across informant groups.
 * It follows every coding as it happens. A click on a bar lists the passages behind it; Export
 * writes the figure for a thesis (PNG, SVG, PDF) with the same choices, which are saved with
 * the project.
 */
public final class BarChartPane extends BorderPane implements Dockable {
    private final BarChartViewModel model;
    private final FigureCanvas canvas = new FigureCanvas();
    private final ComboBox<Choice<Measure>> measure = new ComboBox<>();
    private final ComboBox<Choice<Subject>> subject = new ComboBox<>();
    private final ComboBox<Choice<Scope>> kind = new ComboBox<>();
    private final ComboBox<Choice<AttributeValue>> filter = new ComboBox<>();
    private final ComboBox<Choice<String>> split = new ComboBox<>();
    private final ComboBox<Choice<Sort>> sort = new ComboBox<>();
    private final ComboBox<Choice<String>> coder = new ComboBox<>();
    private final Button export = new Button("Export…");
    private final Tooltip tip = new Tooltip();
    private boolean syncing;
    private Layout layout;

    /** An entry of a choice box: what it says, and what it chooses (null: all, or none). */
    record Choice<T>(String label, T value) {
        @Override
        public String toString() {
            return label;
        }
    }

    public BarChartPane(WorkbenchContext context) {
        this.model = new BarChartViewModel(context);
        getStyleClass().add("bar-chart-pane");
        setId("bar-chart");

        measure.getItems().setAll(List.of(new Choice<>("Share of documents", Measure.DOCUMENTS),
                new Choice<>("Share of cases", Measure.CASES), new Choice<>("Coded passages", Measure.SEGMENTS),
                new Choice<>("Coded words", Measure.WORDS)));
        subject.getItems().setAll(List.of(new Choice<>("Themes", Subject.THEMES), new Choice<>("Codes",
                Subject.CODES)));
        kind.getItems().setAll(List.of(new Choice<>("Interviews", Scope.INTERVIEWS),
                new Choice<>("Sources", Scope.SOURCES), new Choice<>("All documents", Scope.ALL)));
        sort.getItems().setAll(List.of(new Choice<>("Largest first", Sort.VALUE), new Choice<>("By name",
                Sort.NAME)));
        setUp(measure, "chart-measure", "What each bar counts", model::chooseMeasure);
        setUp(subject, "chart-subject", "Bars for themes or for codes", model::chooseSubject);
        setUp(kind, "chart-kind", "Which documents count", model::chooseScope);
        setUp(filter, "chart-filter", "Only the cases with this attribute value", model::chooseFilter);
        setUp(split, "chart-split", "Compare the groups of a case attribute (one bar per group)", model::chooseSplit);
        setUp(sort, "chart-sort", "The order of the bars", model::chooseSort);
        setUp(coder, "chart-coder", "Whose codings count: every coder's, each passage once (a span two coders "
                + "coded counts once), or one coder's", model::chooseCoder);
        // as wide as a usual choice, not as the longest attribute value: the toolbar stays short
        filter.setPrefWidth(190);
        split.setPrefWidth(140);
        coder.setPrefWidth(170);
        export.setId("chart-export");
        export.setTooltip(new Tooltip("Write the chart as PNG, SVG or PDF for a thesis"));
        export.setOnAction(e -> ExportDialog.show(getScene() == null ? null : getScene().getWindow(),
                model.context(), BarChartViewModel.SOURCE, model.settings()));

        FlowPane bar = new FlowPane(6, 4, measure, subject, kind, filter, split, sort, coder, export);
        bar.getStyleClass().add("bar-chart-toolbar");
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(bar);

        canvas.setId("chart-canvas");
        canvas.setMinSize(0, 0);
        setCenter(org.thematica.ui.figures.FigureScroll.of(canvas));
        tip.setShowDelay(Duration.millis(300));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(barAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Optional.empty()));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                barAt(e.getX(), e.getY()).ifPresent(model::showPassages);
            }
        });

        model.chartProperty().addListener((o, old, now) -> show(now));
        model.settingsProperty().addListener((o, old, now) -> sync());
        model.attributes().addListener((javafx.collections.ListChangeListener<String>) c -> sync());
        model.attributeValues().addListener((javafx.collections.ListChangeListener<AttributeValue>) c -> sync());
        model.coders().addListener((javafx.collections.ListChangeListener<String>) c -> sync());
        sync();
    }

    private <T> void setUp(ComboBox<Choice<T>> box, String id, String tooltip, Consumer<T> choose) {
        box.setId(id);
        box.setTooltip(new Tooltip(tooltip));
        box.setVisibleRowCount(16);
        box.valueProperty().addListener((o, old, now) -> {
            if (!syncing && now != null) {
                choose.accept(now.value());
            }
        });
    }

    /** Shows the saved choices (after loading, an undo, or a change of the case attributes). */
    private void sync() {
        syncing = true;
        try {
            Query q = model.query();
            List<Choice<AttributeValue>> filters = new ArrayList<>();
            filters.add(new Choice<>("All cases", null));
            AttributeValue chosen = q.filtered() ? new AttributeValue(q.filterAttribute(), q.filterValue()) : null;
            for (AttributeValue v : model.attributeValues()) {
                filters.add(new Choice<>(v.label(), v));
            }
            if (chosen != null && !model.attributeValues().contains(chosen)) {
                filters.add(new Choice<>(chosen.label(), chosen)); // kept even when no case has it now
            }
            replace(filter, filters);
            List<Choice<String>> splits = new ArrayList<>();
            splits.add(new Choice<>("No split", null));
            for (String a : model.attributes()) {
                splits.add(new Choice<>("By " + a, a));
            }
            if (q.split() && !model.attributes().contains(q.splitAttribute())) {
                splits.add(new Choice<>("By " + q.splitAttribute(), q.splitAttribute()));
            }
            replace(split, splits);
            List<Choice<String>> coders = new ArrayList<>();
            coders.add(new Choice<>("All coders", null));
            for (String name : model.coders()) {
                coders.add(new Choice<>("By " + name, name));
            }
            String by = q.passages().coder();
            if (by != null && !model.coders().contains(by)) {
                coders.add(new Choice<>("By " + by, by)); // kept even when that coder has no codings now
            }
            replace(coder, coders);
            select(measure, q.measure());
            select(subject, q.subject());
            select(kind, q.scope());
            select(filter, chosen);
            select(split, q.splitAttribute());
            select(sort, q.sort());
            select(coder, q.passages().coder());
        } finally {
            syncing = false;
        }
    }

    private static <T> void replace(ComboBox<Choice<T>> box, List<Choice<T>> items) {
        if (!box.getItems().equals(items)) {
            box.getItems().setAll(items);
        }
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        for (Choice<T> c : box.getItems()) {
            if (Objects.equals(c.value(), value)) {
                if (box.getValue() != c) {
                    box.setValue(c);
                }
                return;
            }
        }
    }

    private void show(Chart chart) {
        if (chart == null) {
            return;
        }
        canvas.show(chart.figure(), chart.style());
        // room for every bar and its label: past a dozen themes (or a split by four roles) the
        // view grows taller than the dock and scrolls, instead of squeezing labels into each other
        var data = chart.figure().data();
        int categories = data.categories().size();
        int bars = categories * Math.max(1, data.series().size());
        canvas.setMinHeight(Math.max(org.thematica.ui.figures.FigureScroll.MIN_HEIGHT, 110 + categories * 6 + bars * 12));
    }

    /** The bars of the figure as last painted: laid out once per figure and size, not per mouse move. */
    private record Layout(BarChartFigure figure, Rectangle2D bounds, FigureStyle style, List<BarShape> bars) {
    }

    /** The bar under a point of the canvas, from the figure's own layout. */
    Optional<Bar> barAt(double x, double y) {
        Chart chart = model.chartProperty().get();
        if (chart == null || canvas.figure() != chart.figure()) {
            return Optional.empty();
        }
        Rectangle2D bounds = canvas.figureBounds();
        if (layout == null || layout.figure() != chart.figure() || !layout.bounds().equals(bounds)
                || !layout.style().equals(chart.style())) {
            layout = new Layout(chart.figure(), (Rectangle2D) bounds.clone(), chart.style(),
                    chart.figure().bars(bounds, chart.style()));
        }
        return layout.bars().stream().filter(b -> b.strip().contains(x, y)).map(BarShape::bar).findFirst();
    }

    private void hover(Optional<Bar> bar) {
        canvas.setCursor(bar.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
        if (bar.isPresent()) {
            tip.setText(model.describe(bar.get()));
            Tooltip.install(canvas, tip);
        } else {
            Tooltip.uninstall(canvas, tip);
        }
    }

    public BarChartViewModel model() {
        return model;
    }

    public FigureCanvas canvas() {
        return canvas;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void activate() {
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }
}
