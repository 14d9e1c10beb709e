package org.thematica.ui.history;

import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.thematica.edit.EditKind;
import org.thematica.export.HistoryTable;
import org.thematica.service.AuditService;
import org.thematica.ui.common.FileDialogs;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * Edit ▸ History…: who changed what, when. Filters by coder, day and kind; one click shows the
 * codings changed since the reviewer's last verdict; the rows shown export as CSV.
 */
public final class HistoryWindow {
    private HistoryWindow() {
    }

    public static void show(Window owner, WorkbenchContext context) {
        HistoryViewModel model = new HistoryViewModel(context);

        ComboBox<String> coder = new ComboBox<>(model.coders());
        coder.setId("history-coder");
        coder.valueProperty().bindBidirectional(model.coderProperty());
        DatePicker since = new DatePicker();
        since.setId("history-since");
        since.setPromptText("since (any day)");
        since.valueProperty().bindBidirectional(model.sinceProperty());
        ComboBox<EditKind> kind = new ComboBox<>();
        kind.setId("history-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(EditKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(EditKind k) {
                return k == null ? "every kind" : k.label();
            }

            @Override
            public EditKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        Button mine = new Button("Changes since my last review");
        mine.setId("history-since-review");
        mine.setOnAction(e -> model.changesSinceMyLastReview());
        Button export = new Button("Export CSV…");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox filters = new HBox(8, new Label("Coder"), coder, since, kind, mine, gap, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(8));

        TableView<AuditService.Entry> table = new TableView<>(model.rows());
        table.setId("history-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("When", 150, e -> e.time().replace('T', ' ').replace("Z", "")));
        table.getColumns().add(column("Coder", 140, AuditService.Entry::coder));
        table.getColumns().add(column("", 50, e -> e.action().equals("do") ? "" : e.action()));
        table.getColumns().add(column("What", 380, e -> e.label() + ("undone".equals(e.state()) ? " (undone)" : "")));
        table.getColumns().add(column("Kind", 140, HistoryTable::kinds));
        table.setPlaceholder(new Label("No step of the history matches these filters."));

        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 8, 6, 8));
        BorderPane root = new BorderPane(table, filters, null, status, null);

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("History — " + context.project().name());
        stage.setScene(new Scene(root, 1000, 600));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the history as CSV");
            chooser.setInitialFileName("history.csv");
            File file = FileDialogs.save(chooser, stage, context::afterFileDialog);
            if (file != null) {
                model.exportCsv(file.toPath());
            }
        });
        model.activate();
        stage.show();
    }

    private static TableColumn<AuditService.Entry, String> column(String title, double width,
            java.util.function.Function<AuditService.Entry, String> value) {
        TableColumn<AuditService.Entry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
