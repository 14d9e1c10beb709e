package org.thematica.ui.matrix;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.Duration;
import org.thematica.analysis.ThemeCaseMatrix;
import org.thematica.analysis.ThemeCaseMatrix.Measure;
import org.thematica.analysis.ThemeCaseMatrix.Rows;
import org.thematica.export.TableWriter;
import org.thematica.figure.FigureStyle;
import org.thematica.figure.MatrixFigure;
import org.thematica.model.DocumentKind;
import org.thematica.ui.common.FileDialogs;
import org.thematica.ui.figures.ExportDialog;
import org.thematica.ui.figures.FigureCanvas;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The theme × case matrix: themes or codes against cases or the values of an attribute (role),
 * each cell shaded by what it counts. It follows every edit; clicking a cell lists the passages
 * behind it in the Passages view. "Export…" writes the figure for a thesis; "Export tables…"
 * writes the theme summary and the codebook.
 */
public final class MatrixPane extends BorderPane implements Dockable {
    private final WorkbenchContext context;
    private final MatrixViewModel model;
    private final FigureCanvas canvas = new FigureCanvas();
    private final ComboBox<Choice<Rows>> rows = new ComboBox<>();
    private final ComboBox<Choice<MatrixViewModel.Columns>> columns = new ComboBox<>();
    private final ComboBox<Choice<Measure>> measure = new ComboBox<>();
    private final ComboBox<Choice<DocumentKind>> kind = new ComboBox<>();
    private final ComboBox<Choice<String>> coder = new ComboBox<>();
    private final Label hint = new Label();
    private final Tooltip tip = new Tooltip();
    /** The cell last clicked, outlined over the canvas: {row, column}, or null. */
    private int[] chosen;
    private final javafx.scene.shape.Rectangle marker = new javafx.scene.shape.Rectangle();
    /** Text on screen is set a little larger than in print: the same layout, read at arm's length. */
    static final double SCREEN_TEXT = 13;

    /** An entry of a choice box: what it says and what it stands for. */
    record Choice<T>(String label, T value) {
        @Override
        public String toString() {
            return label;
        }
    }

    public MatrixPane(WorkbenchContext context) {
        this.context = context;
        this.model = new MatrixViewModel(context);
        getStyleClass().add("matrix-pane");
        setId("matrix");

        rows.setId("matrix-rows");
        columns.setId("matrix-columns");
        measure.setId("matrix-measure");
        kind.setId("matrix-kind");
        coder.setId("matrix-coder");
        rows.getItems().setAll(new Choice<>("Themes", Rows.THEMES), new Choice<>("Codes", Rows.CODES));
        measure.getItems().setAll(new Choice<>("Coded passages", Measure.SEGMENTS),
                new Choice<>("Documents", Measure.DOCUMENTS), new Choice<>("Coded at all (✓)", Measure.PRESENCE),
                new Choice<>("Share of documents", Measure.DOCUMENT_SHARE),
                new Choice<>("Share of cases", Measure.CASE_SHARE));
        kind.getItems().setAll(new Choice<>("Interviews", DocumentKind.INTERVIEW),
                new Choice<>("Sources", DocumentKind.SOURCE), new Choice<>("All documents", null));
        rows.setTooltip(new Tooltip("What the rows are"));
        columns.setTooltip(new Tooltip("One column per case, or per value of a case attribute such as role"));
        measure.setTooltip(new Tooltip("What a cell counts: a passage counts for each of its cases' columns"));
        kind.setTooltip(new Tooltip("Which documents count"));
        coder.setTooltip(new Tooltip("Whose codings count: every coder's, each passage once (a span two coders "
                + "coded counts once), or one coder's"));
        bind(rows, model.rowsProperty());
        bind(measure, model.measureProperty());
        bind(kind, model.kindProperty());
        bind(columns, model.columnsProperty());
        model.columnChoicesProperty().addListener((o, old, choices) -> showColumnChoices(choices));
        showColumnChoices(model.columnChoicesProperty().get());
        bind(coder, model.coderProperty());
        model.coderChoicesProperty().addListener((o, old, choices) -> showCoderChoices(choices));
        showCoderChoices(model.coderChoicesProperty().get());

        Button export = new Button("Export…");
        export.setId("matrix-export");
        export.setTooltip(new Tooltip("Write the matrix as PNG, SVG or PDF for a thesis"));
        export.setOnAction(e -> ExportDialog.show(getScene() == null ? null : getScene().getWindow(), context,
                model.source(), model.settings()));
        Button tables = new Button("Export tables…");
        tables.setId("matrix-export-tables");
        tables.setTooltip(new Tooltip("Write the theme summary (with example quotes) and the codebook "
                + "as Word, Markdown or CSV tables"));
        tables.setOnAction(e -> exportTables());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        FlowPane choices = new FlowPane(8, 4, labelled("Rows", rows), labelled("Columns", columns),
                labelled("Cells", measure), labelled("In", kind), labelled("Codings", coder));
        choices.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(choices, Priority.ALWAYS);
        HBox bar = new HBox(8, choices, export, tables);
        bar.setAlignment(Pos.CENTER_LEFT);
        hint.setId("matrix-hint");
        hint.getStyleClass().add("muted");
        hint.textProperty().bind(model.hintProperty());
        VBox top = new VBox(4, bar, hint);
        top.setPadding(new Insets(5, 10, 5, 10));
        top.getStyleClass().add("matrix-bar");
        setTop(top);

        canvas.setId("matrix-canvas");
        canvas.setMinSize(0, 0);
        marker.getStyleClass().add("matrix-chosen-cell");
        marker.setManaged(false);
        marker.setMouseTransparent(true);
        marker.setVisible(false);
        javafx.scene.layout.Pane overlay = new javafx.scene.layout.Pane(marker);
        overlay.setMouseTransparent(true);
        javafx.scene.layout.StackPane stack = new javafx.scene.layout.StackPane(canvas, overlay);
        setCenter(org.thematica.ui.figures.FigureScroll.of(stack));
        canvas.widthProperty().addListener((o, a, b) -> placeMarker());
        canvas.heightProperty().addListener((o, a, b) -> placeMarker());
        tip.setShowDelay(Duration.millis(300));
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            canvas.setCursor(Cursor.DEFAULT);
            Tooltip.uninstall(canvas, tip);
        });
        model.figureProperty().addListener((o, old, figure) -> {
            if (old != null && figure != null && !old.matrix().spec().equals(figure.matrix().spec())) {
                chosen = null; // other rows or columns: the outlined cell means something else now
            }
            canvas.show(figure, style());
            placeMarker();
        });
    }

    private static Node labelled(String text, Node control) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        HBox box = new HBox(4, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The saved look (palette, title, caption) with the screen's text size. */
    FigureStyle style() {
        FigureStyle s = model.settings().style();
        return new FigureStyle(s.palette(), s.title(), s.caption(), s.font(), SCREEN_TEXT);
    }

    /** Outlines the chosen cell where the figure was last painted. */
    private void placeMarker() {
        MatrixFigure figure = model.figureProperty().get();
        if (chosen == null || figure == null || chosen[0] >= figure.matrix().rows().size()
                || chosen[1] > figure.matrix().columns().size()) {
            marker.setVisible(false);
            return;
        }
        java.awt.geom.Rectangle2D cell = figure.layout(canvas.figureBounds(), style()).cell(chosen[0], chosen[1]);
        marker.setX(cell.getX() + 1);
        marker.setY(cell.getY() + 1);
        marker.setWidth(Math.max(0, cell.getWidth() - 2));
        marker.setHeight(Math.max(0, cell.getHeight() - 2));
        marker.setVisible(true);
    }

    /** The cell under a point of the canvas, as {row, column}, or null. */
    int[] cellAt(double x, double y) {
        MatrixFigure figure = model.figureProperty().get();
        return figure == null ? null : figure.cellAt(canvas.figureBounds(), style(), x, y);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int[] cell = cellAt(e.getX(), e.getY());
        if (cell != null) {
            chosen = cell;
            placeMarker();
            context.say(model.showPassages(cell[0], cell[1]));
        }
    }

    private void hover(MouseEvent e) {
        int[] cell = cellAt(e.getX(), e.getY());
        canvas.setCursor(cell == null ? Cursor.DEFAULT : Cursor.HAND);
        if (cell == null) {
            Tooltip.uninstall(canvas, tip);
            return;
        }
        tip.setText(describe(model.figureProperty().get().matrix(), cell[0], cell[1]));
        Tooltip.install(canvas, tip);
    }

    /** "security vacuum × political actor: 3 coded passages (distinct; 2 coders) in 1 of 1 documents, …". */
    static String describe(ThemeCaseMatrix m, int row, int column) {
        boolean all = column == m.columns().size();
        ThemeCaseMatrix.Column c = all ? m.allColumn() : m.columns().get(column);
        ThemeCaseMatrix.Cell cell = all ? m.total(row) : m.cell(row, column);
        String cases = c.kind() == ThemeCaseMatrix.ColumnKind.NO_CASE ? ""
                : ", " + cell.cases() + " of " + c.cases() + (c.cases() == 1 ? " case" : " cases");
        return m.rows().get(row).name() + " × " + (all ? "all" : c.label()) + ": "
                + MatrixViewModel.passages(m, cell.segments()) + " in " + cell.documents() + " of "
                + c.documents() + (c.documents() == 1 ? " document" : " documents") + cases + ". Click to list them.";
    }

    private void exportTables() {
        List<Choice<TableWriter.Format>> formats = List.of(new Choice<>("Word (.docx)", TableWriter.Format.DOCX),
                new Choice<>("Markdown (.md)", TableWriter.Format.MD), new Choice<>("CSV (.csv)", TableWriter.Format.CSV));
        ChoiceDialog<Choice<TableWriter.Format>> ask = new ChoiceDialog<>(formats.get(0), formats);
        ask.setTitle("Export tables");
        ask.setHeaderText("The theme summary (with example quotes) and the codebook, as two files");
        ask.setContentText("Format");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
            ask.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        ask.showAndWait().ifPresent(format -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the tables");
            File folder = FileDialogs.folder(chooser, getScene() == null ? null : getScene().getWindow(),
                    context::afterFileDialog);
            if (folder != null) {
                model.exportTables(format.value(), folder.toPath());
            }
        });
    }

    private void showColumnChoices(List<MatrixViewModel.Columns> choices) {
        List<Choice<MatrixViewModel.Columns>> items = new ArrayList<>();
        for (MatrixViewModel.Columns c : choices) {
            items.add(new Choice<>(c.label(), c));
        }
        MatrixViewModel.Columns current = model.columnsProperty().get();
        if (choices.stream().noneMatch(c -> c.equals(current))) {
            items.add(new Choice<>(current.label(), current)); // a saved choice the project no longer has
        }
        if (items.equals(columns.getItems())) {
            return;
        }
        columns.getItems().setAll(items);
        select(columns, current);
    }

    /** "All coders" (each passage once), then one entry per coder with codings (and a saved one without). */
    private void showCoderChoices(List<String> coders) {
        List<Choice<String>> items = new ArrayList<>();
        items.add(new Choice<>("All coders", null));
        coders.forEach(name -> items.add(new Choice<>("By " + name, name)));
        String current = model.coderProperty().get();
        if (current != null && !coders.contains(current)) {
            items.add(new Choice<>("By " + current, current));
        }
        if (items.equals(coder.getItems())) {
            return;
        }
        coder.getItems().setAll(items);
        select(coder, current);
    }

    private static <T> void bind(ComboBox<Choice<T>> box, ObjectProperty<T> value) {
        select(box, value.get());
        box.getSelectionModel().selectedItemProperty().addListener((o, old, choice) -> {
            if (choice != null && !Objects.equals(choice.value(), value.get())) {
                value.set(choice.value());
            }
        });
        value.addListener((o, old, now) -> select(box, now));
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst()
                .ifPresent(c -> box.getSelectionModel().select(c));
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

    public MatrixViewModel model() {
        return model;
    }

    FigureCanvas canvas() {
        return canvas;
    }
}
