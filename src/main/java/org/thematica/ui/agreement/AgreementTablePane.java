package org.thematica.ui.agreement;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.thematica.analysis.agreement.AgreementMeasure;
import org.thematica.analysis.agreement.Measure;
import org.thematica.figure.FigureStyle;
import org.thematica.figure.PaletteMode;
import org.thematica.ui.agreement.AgreementViewModel.Row;
import org.thematica.ui.figures.FigureCanvas;

/**
 * The Agreement tab: the table per code and pooled, why a figure is not defined, one line
 * explaining each measure, and beside it the per-code chart. Double-clicking a code lists its
 * disagreements.
 */
final class AgreementTablePane {
    /** The chart on screen: its print layout with text a little larger, read at arm's length. */
    private static final FigureStyle SCREEN = new FigureStyle(PaletteMode.COLOUR, "", "", FigureStyle.DEFAULT_FONT, 14);
    private final SplitPane root;
    private final Button exportTable = new Button("Export table…");
    private final Button exportChart = new Button("Export chart…");

    /** @param showDisagreements lists a code's disagreements (the pooled row: all of them) */
    AgreementTablePane(AgreementViewModel model, Consumer<String> showDisagreements) {
        TableView<Row> table = new TableView<>(model.rows());
        table.setId("agreement-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No agreement to show yet."));
        TableColumn<Row, String> code = new TableColumn<>("Code");
        code.setPrefWidth(210);
        code.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().code()));
        table.getColumns().add(code);
        for (AgreementMeasure m : AgreementMeasure.values()) {
            table.getColumns().add(measureColumn(model, m));
        }
        TableColumn<Row, String> differ = numberColumn("Differ", 70, r -> String.valueOf(r.disagreements()), r -> null);
        header(differ, "Differ", "Passages where the two coders differ: one coded it and the other did not, or their"
                + " extents differ. Double-click a row to see them.");
        table.getColumns().add(differ);
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>() {
                @Override
                protected void updateItem(Row item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("pooled");
                    if (!empty && item != null && item.pooled()) {
                        getStyleClass().add("pooled");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    showDisagreements.accept(row.getItem().pooled() ? null : row.getItem().code());
                }
            });
            return row;
        });

        Label notes = new Label();
        notes.setId("agreement-notes");
        notes.setWrapText(true);
        notes.getStyleClass().add("muted");
        model.notes().addListener((ListChangeListener<String>) c -> notes.setText(String.join("\n", model.notes())));
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        VBox explanations = new VBox();
        explanations.setId("agreement-explanations");
        explanations.getStyleClass().add("explanations");
        model.explanations().addListener((ListChangeListener<String>) c -> explanations.getChildren().setAll(
                model.explanations().stream().map(Label::new).toList()));
        VBox below = new VBox(4, notes, explanations);
        below.setPadding(new Insets(4, 6, 0, 6));
        ScrollPane belowScroll = new ScrollPane(below);
        belowScroll.setFitToWidth(true);
        belowScroll.getStyleClass().add("edge-to-edge");
        // the table first: on a small screen the notes scroll, or the divider gives them room
        SplitPane left = new SplitPane(table, belowScroll);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(belowScroll, false);

        ChoiceBox<AgreementMeasure> measure = new ChoiceBox<>();
        measure.setId("agreement-chart-measure");
        measure.getItems().addAll(AgreementMeasure.values());
        measure.setConverter(new StringConverter<>() {
            @Override
            public String toString(AgreementMeasure m) {
                return m == null ? "" : m.label();
            }

            @Override
            public AgreementMeasure fromString(String s) {
                return AgreementMeasure.parse(s);
            }
        });
        measure.valueProperty().bindBidirectional(model.chartMeasureProperty());
        exportTable.setId("agreement-export-table");
        exportChart.setId("agreement-export-chart");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox chartBar = new HBox(8, new Label("Chart"), measure, gap, exportTable, exportChart);
        chartBar.setAlignment(Pos.CENTER_LEFT);
        chartBar.setPadding(new Insets(6));
        FigureCanvas chart = new FigureCanvas();
        chart.setId("agreement-chart");
        chart.setMinSize(100, 100);
        model.chartProperty().addListener((o, old, figure) -> chart.show(figure, SCREEN));
        BorderPane right = new BorderPane(chart, chartBar, null, null, null);

        root = new SplitPane(left, right);
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.58);
    }

    private static TableColumn<Row, String> measureColumn(AgreementViewModel model, AgreementMeasure m) {
        TableColumn<Row, String> c = numberColumn(m.label(), m == AgreementMeasure.SEGMENTS ? 150 : 70,
                r -> m == AgreementMeasure.SEGMENTS ? AgreementMeasure.segments(r.agreement())
                        : m.format(m.of(r.agreement())), r -> m.of(r.agreement()));
        header(c, m == AgreementMeasure.SEGMENTS ? "Segments (A, B)" : m.label(),
                m.explanation(model.request().overlapPercent()));
        model.reportProperty().addListener((o, old, r) -> {
            if (r != null) {
                ((Label) c.getGraphic()).getTooltip().setText(m.explanation(r.overlapPercent()));
            }
        });
        return c;
    }

    private static TableColumn<Row, String> numberColumn(String title, double width, Function<Row, String> text,
                                                         Function<Row, Measure> measure) {
        TableColumn<Row, String> c = new TableColumn<>();
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeAll("number", "not-defined");
                setTooltip(null);
                if (empty || value == null) {
                    setText(null);
                    return;
                }
                setText(value);
                getStyleClass().add("number");
                Row row = getTableRow() == null ? null : getTableRow().getItem();
                Measure m = row == null ? null : measure.apply(row);
                if (m != null && !m.defined()) {
                    getStyleClass().add("not-defined");
                    setTooltip(new Tooltip("Not defined: " + m.undefined()));
                }
            }
        });
        return c;
    }

    /** A column heading that explains itself when hovered. */
    private static void header(TableColumn<Row, String> c, String title, String explanation) {
        Label heading = new Label(title);
        heading.setTooltip(new Tooltip(explanation));
        c.setGraphic(heading);
    }

    SplitPane node() {
        return root;
    }

    Button exportTableButton() {
        return exportTable;
    }

    Button exportChartButton() {
        return exportChart;
    }
}
