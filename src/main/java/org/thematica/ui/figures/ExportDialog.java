package org.thematica.ui.figures;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.thematica.export.FigureExporter;
import org.thematica.export.FigureExporter.Format;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.PaletteMode;
import org.thematica.service.FigureSource;
import org.thematica.ui.common.FileDialogs;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * Exports a figure for a thesis: format (PNG, SVG, PDF), size in centimetres, DPI, title,
 * caption and palette. The choices are saved with the figure in the project (one undoable
 * step), so the same figure can be rebuilt later, also with {@code thematica figures}.
 */
public final class ExportDialog {
    static final double POINTS_PER_CM = 72 / 2.54;

    private ExportDialog() {
    }

    /** Asks, then builds and writes the figure off the FX thread; reports in the status line. */
    public static void show(Window owner, WorkbenchContext context, FigureSource source, FigureSettings current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Export " + source.title().toLowerCase(Locale.ROOT));
        dialog.setHeaderText("Export " + source.title().toLowerCase(Locale.ROOT) + " for a thesis or paper");
        dialog.initOwner(owner);
        ChoiceBox<Format> format = new ChoiceBox<>();
        format.getItems().addAll(Format.values());
        format.setValue(Format.PDF);
        Spinner<Double> width = new Spinner<>(3.0, 60.0, round(current.widthPt() / POINTS_PER_CM), 0.5);
        Spinner<Double> height = new Spinner<>(3.0, 60.0, round(current.heightPt() / POINTS_PER_CM), 0.5);
        Spinner<Integer> dpi = new Spinner<>(72, 1200, current.dpi(), 50);
        width.setEditable(true);
        height.setEditable(true);
        dpi.setEditable(true);
        dpi.disableProperty().bind(format.valueProperty().isNotEqualTo(Format.PNG));
        ChoiceBox<PaletteMode> palette = new ChoiceBox<>();
        palette.getItems().addAll(PaletteMode.values());
        palette.setValue(current.palette());
        TextField title = new TextField(current.title());
        title.setId("export-title");
        TextArea caption = new TextArea(current.caption());
        caption.setPrefRowCount(2);
        caption.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        int row = 0;
        grid.addRow(row++, new Label("Format"), format);
        grid.addRow(row++, new Label("Width (cm)"), width);
        grid.addRow(row++, new Label("Height (cm)"), height);
        grid.addRow(row++, new Label("Resolution (DPI, PNG)"), dpi);
        grid.addRow(row++, new Label("Colours"), palette);
        grid.addRow(row++, new Label("Title"), title);
        grid.addRow(row, new Label("Caption"), caption);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != save) {
            return;
        }
        FigureSettings chosen = current.withLook(palette.getValue(), title.getText().strip(), caption.getText().strip(),
                width.getValue() * POINTS_PER_CM, height.getValue() * POINTS_PER_CM, dpi.getValue());
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + source.title().toLowerCase(Locale.ROOT));
        chooser.setInitialFileName(source.name() + "." + format.getValue().extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.getValue().name(),
                "*." + format.getValue().extension()));
        File file = FileDialogs.save(chooser, owner, context::afterFileDialog);
        if (file != null) {
            export(context, source, chosen, format.getValue(), file.toPath());
        }
    }

    /** Saves the settings with the project, then builds the figure and writes the file. */
    public static void export(WorkbenchContext context, FigureSource source, FigureSettings settings, Format format,
                              Path file) {
        context.background().run(() -> {
            if (!context.isReadOnly()) {
                context.project().figureSettings().save(settings);
            }
            var figure = source.build(context.project(), context.project().analysis().corpus(), settings);
            FigureExporter.write(figure, settings.style(), settings.widthPt(), settings.heightPt(), settings.dpi(),
                    format, file);
            return file;
        }, written -> context.say("Exported " + written.getFileName() + "."));
    }

    private static double round(double cm) {
        return Math.round(cm * 2) / 2.0;
    }
}
