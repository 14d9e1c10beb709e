package org.thematica.ui.cloud;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.thematica.analysis.WordCloudOptions;
import org.thematica.analysis.WordFrequencies;
import org.thematica.analysis.WordScope;
import org.thematica.analysis.WordStems.Forms;
import org.thematica.service.RetrievalService.Hit;
import org.thematica.ui.cloud.WordCloudViewModel.Target;
import org.thematica.ui.common.Concordance;
import org.thematica.ui.figures.ExportDialog;
import org.thematica.ui.figures.FigureCanvas;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The word cloud of the interviews, kept current while coding: choose what it counts (all
 * documents, the interviews, one document, a case, a theme's or a code's passages), the shortest
 * word, how many words, how word forms merge and how words are coloured; edit the project's stop
 * words. A click on a word lists its occurrences in context below the cloud (a click on one
 * shows it in the transcript); Export… writes the cloud for a thesis.
 */
public final class WordCloudPane extends BorderPane implements Dockable {
    private final WordCloudViewModel model;
    private final FigureCanvas canvas = new FigureCanvas();
    private final ComboBox<WordScope.Kind> scopeKind = new ComboBox<>();
    private final ComboBox<Target> target = new ComboBox<>();
    private final Spinner<Integer> minLength = new Spinner<>(1, WordCloudOptions.MAX_LENGTH, 3);
    private final Spinner<Integer> maxWords = new Spinner<>(WordCloudOptions.MIN_WORDS, WordCloudOptions.MAX_WORDS,
            100, 25);
    private final ComboBox<Forms> forms = new ComboBox<>();
    private final ComboBox<String> colours = new ComboBox<>();
    private final CheckBox numbers = new CheckBox("Numbers");
    private final TableView<Hit> hits = new TableView<>();
    private final Tooltip tip = new Tooltip();
    private boolean updating;

    static final String BY_THEME = "Colour by theme";
    static final String ONE_COLOUR = "One colour";

    public WordCloudPane(WorkbenchContext context) {
        this.model = new WordCloudViewModel(context);
        getStyleClass().add("word-cloud-pane");
        setId("word-cloud");
        setTop(controls(context));
        setCenter(body());
        model.optionsProperty().addListener((o, old, now) -> showOptions(now));
        model.corpusProperty().addListener((o, old, now) -> showTargets());
        model.shownProperty().addListener((o, old, now) -> {
            canvas.show(now == null ? null : now.figure(), now == null ? null : now.style());
        });
        model.occurrencesProperty().addListener((o, old, now) -> {
            hits.getItems().setAll(now == null ? List.of() : now.hits());
            hits.scrollTo(0);
        });
        showOptions(model.optionsProperty().get());
    }

    private Node controls(WorkbenchContext context) {
        scopeKind.setId("cloud-scope");
        scopeKind.getItems().addAll(WordScope.Kind.values());
        scopeKind.setConverter(converter(WordScope.Kind::label));
        scopeKind.setTooltip(new Tooltip("Which words the cloud counts"));
        target.setId("cloud-target");
        target.setPromptText("Choose…");
        target.setMaxWidth(260);
        minLength.setId("cloud-min-length");
        minLength.setPrefWidth(70);
        minLength.setEditable(true);
        minLength.setTooltip(new Tooltip("Leave out words with fewer letters"));
        maxWords.setId("cloud-max-words");
        maxWords.setPrefWidth(85);
        maxWords.setEditable(true);
        maxWords.setTooltip(new Tooltip("How many of the most frequent words are shown"));
        forms.setId("cloud-forms");
        forms.getItems().addAll(Forms.values());
        forms.setConverter(converter(Forms::label));
        forms.setTooltip(new Tooltip("Exact words; plurals merged with their singular (and the Arabic article, the"
                + " Turkish suffix after an apostrophe); or light stemming. The most frequent form is shown."));
        colours.setId("cloud-colours");
        colours.getItems().addAll(BY_THEME, ONE_COLOUR);
        colours.setTooltip(new Tooltip("By theme: each word takes the colour of the theme whose passages hold it"
                + " most often; grey words are not coded."));
        numbers.setId("cloud-numbers");
        numbers.setTooltip(new Tooltip("Count numbers such as years (2006, 2014) as words"));
        Button stops = new Button("Stop words…");
        stops.setId("cloud-stop-words");
        stops.setDisable(context.isReadOnly());
        stops.setOnAction(e -> StopWordsDialog.show(getScene() == null ? null : getScene().getWindow(),
                model.stopWordsProperty().get()).ifPresent(model::saveStopWords));
        Button export = new Button("Export…");
        export.setId("cloud-export");
        export.setOnAction(e -> ExportDialog.show(getScene() == null ? null : getScene().getWindow(), model.context(),
                model.source(), model.exportSettings()));

        scopeKind.valueProperty().addListener((o, old, now) -> {
            if (!updating) {
                showTargets();
                if (now != null && !now.needsTarget()) {
                    push();
                } else if (!target.getItems().isEmpty()) {
                    target.getSelectionModel().selectFirst();
                    push();
                }
            }
        });
        target.valueProperty().addListener((o, old, now) -> push());
        minLength.valueProperty().addListener((o, old, now) -> push());
        maxWords.valueProperty().addListener((o, old, now) -> push());
        forms.valueProperty().addListener((o, old, now) -> push());
        colours.valueProperty().addListener((o, old, now) -> push());
        numbers.selectedProperty().addListener((o, old, now) -> push());

        // the controls flow onto as many lines as the dock's width needs; a label stays with its control
        FlowPane flow = new FlowPane(12, 4, group(label("Words from:"), scopeKind, target),
                group(label("Shortest"), minLength), group(label("Words"), maxWords), group(forms, colours, numbers),
                group(stops, export));
        flow.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("cloud-summary");
        summary.getStyleClass().add("muted");
        summary.setMinWidth(0);
        summary.textProperty().bind(model.summaryProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.summaryProperty());
        summary.setTooltip(whole);
        VBox top = new VBox(4, flow, summary);
        top.setPadding(new Insets(5, 10, 5, 10));
        top.getStyleClass().add("retrieval-bar");
        top.widthProperty().addListener((o, a, w) -> flow.setPrefWrapLength(w.doubleValue() - 20));
        return top;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    private static HBox group(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node body() {
        canvas.setId("cloud-canvas");
        canvas.setMinSize(100, 80);
        canvas.widthProperty().addListener((o, a, b) -> model.resized(canvas.getWidth(), canvas.getHeight()));
        canvas.heightProperty().addListener((o, a, b) -> model.resized(canvas.getWidth(), canvas.getHeight()));
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                WordFrequencies.Word word = model.wordAt(canvas.figureBounds(), e.getX(), e.getY());
                if (word != null) {
                    model.select(word);
                }
            }
        });
        canvas.setOnMouseMoved(e -> {
            WordFrequencies.Word word = model.wordAt(canvas.figureBounds(), e.getX(), e.getY());
            canvas.setCursor(word == null ? Cursor.DEFAULT : Cursor.HAND);
            if (word == null) {
                Tooltip.uninstall(canvas, tip);
            } else {
                String theme = model.themeOf(word);
                tip.setText(word.text() + " — " + word.count() + (theme.isEmpty() ? "" : " (" + theme + ")"));
                Tooltip.install(canvas, tip);
            }
        });

        Label header = new Label();
        header.setId("cloud-occurrences-header");
        header.getStyleClass().add("retrieval-header");
        header.setMinWidth(0);
        header.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(header, Priority.ALWAYS);
        header.textProperty().bind(model.occurrencesMessageProperty());
        Button close = new Button("×");
        close.setId("cloud-occurrences-close");
        close.getStyleClass().add("cloud-close");
        close.setTooltip(new Tooltip("Hide the occurrences"));
        close.setOnAction(e -> model.closeOccurrences());
        HBox bar = new HBox(6, header, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 6, 0, 10));
        buildTable();
        VBox occurrences = new VBox(4, bar, hits);
        occurrences.setPadding(new Insets(4, 0, 0, 0));
        VBox.setVgrow(hits, Priority.ALWAYS);
        SplitPane split = new SplitPane(canvas);
        split.setOrientation(Orientation.VERTICAL);
        // the occurrences take the lower part once a word is clicked, and give it back when closed
        model.occurrencesOpenProperty().addListener((o, was, open) -> {
            if (open && !split.getItems().contains(occurrences)) {
                split.getItems().add(occurrences);
                split.setDividerPositions(0.55);
            } else if (!open) {
                split.getItems().remove(occurrences);
            }
        });
        return split;
    }

    private void buildTable() {
        hits.setId("cloud-occurrences");
        hits.getStyleClass().addAll("search-hits", "cloud-occurrences");
        Concordance.setUp(hits, "Word", model::reveal);
        Label placeholder = new Label();
        placeholder.getStyleClass().add("empty-hint");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.occurrencesMessageProperty());
        hits.setPlaceholder(placeholder);
    }

    /** The controls' choices into the model's options. */
    private void push() {
        if (updating || scopeKind.getValue() == null) {
            return;
        }
        WordScope.Kind kind = scopeKind.getValue();
        Target t = target.getValue();
        if (kind.needsTarget() && t == null) {
            return; // the user still has to choose what
        }
        WordScope scope = new WordScope(kind, kind.needsTarget() ? t.id() : 0);
        model.optionsProperty().set(new WordCloudOptions(scope, value(minLength, 3), value(maxWords, 100),
                forms.getValue() == null ? Forms.PLURALS : forms.getValue(), !ONE_COLOUR.equals(colours.getValue()),
                numbers.isSelected()));
    }

    private static int value(Spinner<Integer> spinner, int fallback) {
        return spinner.getValue() == null ? fallback : spinner.getValue();
    }

    /** The model's options into the controls (after loading, or an undo). */
    private void showOptions(WordCloudOptions o) {
        updating = true;
        try {
            scopeKind.setValue(o.scope().kind());
            showTargets();
            minLength.getValueFactory().setValue(o.minLength());
            maxWords.getValueFactory().setValue(o.maxWords());
            forms.setValue(o.forms());
            colours.setValue(o.themeColours() ? BY_THEME : ONE_COLOUR);
            numbers.setSelected(o.numbers());
        } finally {
            updating = false;
        }
    }

    /** The targets of the chosen kind of scope, keeping the chosen one. */
    private void showTargets() {
        boolean was = updating;
        updating = true;
        try {
            WordScope.Kind kind = scopeKind.getValue();
            boolean needs = kind != null && kind.needsTarget();
            target.setVisible(needs);
            target.setManaged(needs);
            List<Target> items = needs ? model.targets(kind) : List.of();
            WordScope current = model.optionsProperty().get().scope();
            long chosen = current.kind() == kind ? current.id() : target.getValue() == null ? -1 : target.getValue().id();
            target.getItems().setAll(items);
            target.setValue(items.stream().filter(t -> t.id() == chosen).findFirst().orElse(null));
        } finally {
            updating = was;
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
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

    public WordCloudViewModel model() {
        return model;
    }

    public FigureCanvas canvas() {
        return canvas;
    }
}
