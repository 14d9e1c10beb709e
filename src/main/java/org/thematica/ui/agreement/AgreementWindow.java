package org.thematica.ui.agreement;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.thematica.service.AgreementChartSource;
import org.thematica.service.AgreementService;
import org.thematica.service.AgreementTableSource;
import org.thematica.service.FigureSource;
import org.thematica.ui.figures.ExportDialog;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * View ▸ Agreement Between Coders…: choose two coders, the documents and codes and the segment
 * overlap; see their agreement per code and pooled, each measure explained in one line, and a
 * chart; then go through the passages where they differ and settle them. Reads and writes only
 * through the services, off the FX thread ({@link AgreementViewModel}, {@link DisagreementsViewModel}).
 */
public final class AgreementWindow {
    private AgreementWindow() {
    }

    /** Opens the window over {@code owner}; it follows the project until it is closed. */
    public static Stage show(Window owner, WorkbenchContext context) {
        AgreementViewModel model = new AgreementViewModel(context);
        DisagreementsViewModel disagreements = new DisagreementsViewModel(model);

        ComboBox<String> coderA = new ComboBox<>(model.coders());
        coderA.setId("agreement-coder-a");
        coderA.valueProperty().bindBidirectional(model.coderAProperty());
        ComboBox<String> coderB = new ComboBox<>(model.coders());
        coderB.setId("agreement-coder-b");
        coderB.valueProperty().bindBidirectional(model.coderBProperty());
        Spinner<Integer> overlap = new Spinner<>(1, 100, model.overlapProperty().get(), 5);
        overlap.setId("agreement-overlap");
        overlap.setEditable(true);
        overlap.setPrefWidth(80);
        overlap.valueProperty().addListener((o, a, v) -> model.overlapProperty().set(v));
        MenuButton documents = chooser("agreement-documents", "documents", model, true);
        MenuButton codes = chooser("agreement-codes", "codes", model, false);
        HBox scope = new HBox(8, new Label("A"), coderA, new Label("B"), coderB, documents, codes,
                new Label("Segment overlap %"), overlap);
        scope.getStyleClass().add("agreement-bar");

        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        AgreementTablePane table = new AgreementTablePane(model, code -> {
            disagreements.codeProperty().set(code);
            tabs.getSelectionModel().select(1);
        });
        DisagreementsPane differ = new DisagreementsPane(disagreements, model, owner);
        Tab agreementTab = new Tab("Agreement", table.node());
        agreementTab.setId("agreement-tab");
        Tab differTab = new Tab("Disagreements", differ.node());
        differTab.setId("disagreements-tab");
        differTab.textProperty().bind(model.differingInAllProperty().asString("Disagreements (%,d)"));
        tabs.getTabs().addAll(agreementTab, differTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab == differTab) {
                differ.list().requestFocus();
            }
        });

        Label status = new Label();
        status.setId("agreement-status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 8, 6, 8));
        BorderPane root = new BorderPane(tabs, scope, null, status, null);

        // not owned by the main window, which would then always stay under it: "Show in Text"
        // brings the main window to the front, with the passage selected in its transcript
        Stage stage = new Stage();
        if (owner != null) {
            owner.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> stage.close());
        }
        stage.setTitle("Agreement between coders — " + context.project().name());
        double w = owner == null ? 1200 : Math.min(1400, owner.getWidth() - 80);
        double h = owner == null ? 760 : Math.min(900, owner.getHeight() - 80);
        stage.setScene(new Scene(root, Math.max(800, w), Math.max(500, h)));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.getScene().getStylesheets().add(AgreementWindow.class.getResource("agreement.css").toExternalForm());
        table.exportTableButton().setOnAction(e -> export(stage, context, model, new AgreementTableSource()));
        table.exportChartButton().setOnAction(e -> export(stage, context, model, new AgreementChartSource()));
        stage.setOnShown(e -> model.activate());
        stage.setOnHidden(e -> model.deactivate());
        stage.show();
        return stage;
    }

    private static void export(Stage stage, WorkbenchContext context, AgreementViewModel model, FigureSource source) {
        model.settingsFor(source, settings -> ExportDialog.show(stage, context, source, settings));
    }

    /**
     * A menu of check boxes over the documents (or codes) to compare; none ticked by hand means
     * the default scope, which the boxes then show.
     */
    private static MenuButton chooser(String id, String noun, AgreementViewModel model, boolean documents) {
        MenuButton button = new MenuButton();
        button.setId(id);
        Runnable label = () -> {
            AgreementService.Choices c = model.choicesProperty().get();
            List<String> chosen = documents ? model.documentsProperty().get() : model.codesProperty().get();
            List<String> all = documents ? c.documents() : c.codes();
            int n = chosen != null ? chosen.size() : (documents ? c.defaultDocuments() : c.defaultCodes()).size();
            button.setText(n + " of " + all.size() + " " + noun + (chosen == null ? " (default)" : ""));
        };
        model.choicesProperty().addListener((o, a, b) -> label.run());
        (documents ? model.documentsProperty() : model.codesProperty()).addListener((o, a, b) -> label.run());
        button.setOnShowing(e -> {
            AgreementService.Choices c = model.choicesProperty().get();
            List<String> all = documents ? c.documents() : c.codes();
            List<String> chosen = documents ? model.documentsProperty().get() : model.codesProperty().get();
            List<String> ticked = chosen != null ? chosen : documents ? c.defaultDocuments() : c.defaultCodes();
            List<MenuItem> items = new ArrayList<>();
            MenuItem reset = new MenuItem("Default: " + (documents ? "the documents both coded"
                    : "the codes either applied there"));
            reset.setOnAction(x -> (documents ? model.documentsProperty() : model.codesProperty()).set(null));
            items.add(reset);
            items.add(new SeparatorMenuItem());
            for (String name : all) {
                CheckBox box = new CheckBox(name);
                box.setSelected(ticked.contains(name));
                box.selectedProperty().addListener((o, was, on) -> {
                    List<String> now = new ArrayList<>(documents ? model.documentsProperty().get() == null
                            ? ticked : model.documentsProperty().get()
                            : model.codesProperty().get() == null ? ticked : model.codesProperty().get());
                    now.remove(name);
                    if (on) {
                        now.add(name);
                    }
                    (documents ? model.documentsProperty() : model.codesProperty()).set(now.isEmpty() ? null
                            : List.copyOf(now));
                });
                items.add(new CustomMenuItem(box, false));
            }
            button.getItems().setAll(items);
        });
        button.getItems().add(new MenuItem("…")); // a menu with no items never shows
        label.run();
        return button;
    }
}
