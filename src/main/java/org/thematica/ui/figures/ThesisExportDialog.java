package org.thematica.ui.figures;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.thematica.export.FigureExporter.Format;
import org.thematica.export.TableWriter;
import org.thematica.export.ThesisExport;
import org.thematica.service.Progress;
import org.thematica.ui.common.FileDialogs;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * File ▸ Export for Thesis…: every figure (with the size, title, caption and colours saved for
 * it from its own Export… dialog) in the chosen formats, and the theme summary and codebook
 * tables, into one folder. The work runs off the FX thread; the status line says what was written.
 */
public final class ThesisExportDialog {
    private ThesisExportDialog() {
    }

    /** The dialog's choices, before the folder exists: what the tests fill in. */
    public record Choice(Path folder, Set<Format> formats, Integer dpi, TableWriter.Format tables) {
        ThesisExport.Request request() {
            return new ThesisExport.Request(folder, formats, dpi, tables, Set.of());
        }
    }

    public static void show(Window owner, WorkbenchContext context) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Export for thesis");
        dialog.setHeaderText("Every figure and the theme and codebook tables, into one folder");
        dialog.initOwner(owner);
        Path project = context.project().file();
        String base = project.getFileName().toString().replaceFirst("\\.thematica$", "");
        TextField folder = new TextField(project.toAbsolutePath().resolveSibling(base + " figures").toString());
        folder.setId("thesis-folder");
        folder.setPrefColumnCount(32);
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the figures and tables");
            File parent = new File(folder.getText()).getParentFile();
            if (parent != null && parent.isDirectory()) {
                chooser.setInitialDirectory(parent);
            }
            File chosen = FileDialogs.folder(chooser, dialog.getDialogPane().getScene().getWindow(),
                    context::afterFileDialog);
            if (chosen != null) {
                folder.setText(chosen.getPath());
            }
        });
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);

        Map<Format, CheckBox> formats = new LinkedHashMap<>();
        for (Format f : Format.values()) {
            CheckBox box = new CheckBox(f.name());
            box.setId("thesis-" + f.extension());
            box.setSelected(f != Format.SVG);
            formats.put(f, box);
        }
        CheckBox ownDpi = new CheckBox("Each figure's own");
        ownDpi.setSelected(true);
        Spinner<Integer> dpi = new Spinner<>(72, 1200, 300, 50);
        dpi.setEditable(true);
        dpi.disableProperty().bind(ownDpi.selectedProperty().or(formats.get(Format.PNG).selectedProperty().not()));
        ownDpi.disableProperty().bind(formats.get(Format.PNG).selectedProperty().not());

        ChoiceBox<String> tables = new ChoiceBox<>();
        tables.setId("thesis-tables");
        Map<String, TableWriter.Format> tableFormats = new LinkedHashMap<>();
        tableFormats.put("Word (.docx)", TableWriter.Format.DOCX);
        tableFormats.put("Markdown (.md)", TableWriter.Format.MD);
        tableFormats.put("CSV (.csv)", TableWriter.Format.CSV);
        tableFormats.put("No tables", null);
        tables.getItems().addAll(tableFormats.keySet());
        tables.setValue("Word (.docx)");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        int row = 0;
        grid.addRow(row++, new Label("Folder"), folderRow);
        grid.addRow(row++, new Label("Figures as"), new HBox(12, formats.values().toArray(CheckBox[]::new)));
        grid.addRow(row++, new Label("Resolution (DPI, PNG)"), new HBox(12, ownDpi, dpi));
        grid.addRow(row++, new Label("Tables"), tables);
        Label note = new Label("Files are named after the figure or table; exporting again replaces them. "
                + "A figure's size, title, caption and colours are those saved in its own Export… dialog.");
        note.setWrapText(true);
        note.setMaxWidth(520);
        note.getStyleClass().add("dialog-note");
        grid.add(note, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(export);
        exportButton.disableProperty().bind(folder.textProperty().isEmpty()
                .or(formats.get(Format.PNG).selectedProperty().not()
                        .and(formats.get(Format.SVG).selectedProperty().not())
                        .and(formats.get(Format.PDF).selectedProperty().not())
                        .and(tables.valueProperty().isEqualTo("No tables"))));
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != export) {
            return;
        }
        Set<Format> chosen = EnumSet.noneOf(Format.class);
        formats.forEach((f, box) -> {
            if (box.isSelected()) {
                chosen.add(f);
            }
        });
        export(context, new Choice(Path.of(folder.getText().strip()), chosen,
                ownDpi.isSelected() ? null : dpi.getValue(), tableFormats.get(tables.getValue())));
    }

    /** Writes the files on the background thread and says in the status line what was written. */
    public static void export(WorkbenchContext context, Choice choice) {
        context.say("Exporting figures and tables to " + choice.folder() + "…");
        context.background().run(() -> ThesisExport.write(context.project(), context.project().analysis().corpus(),
                choice.request(), Progress.NONE), (List<Path> written) -> context.say("Exported " + written.size()
                + " files to " + choice.folder() + "."));
    }
}
