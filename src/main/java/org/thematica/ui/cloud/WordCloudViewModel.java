package org.thematica.ui.cloud;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.StopWords;
import org.thematica.analysis.WordCloudOptions;
import org.thematica.analysis.WordFrequencies;
import org.thematica.analysis.WordIndex;
import org.thematica.analysis.WordScope;
import org.thematica.edit.SetProjectInfo;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.FigureStyle;
import org.thematica.figure.Framed;
import org.thematica.figure.WordCloudFigure;
import org.thematica.service.RetrievalService.Hit;
import org.thematica.service.WordCloudService;
import org.thematica.service.WordCloudService.Occurrences;
import org.thematica.service.WordCloudSource;
import org.thematica.ui.common.Debouncer;
import org.thematica.ui.common.LatestJob;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The word cloud, live: its options (saved with the project as the figure's settings, so an
 * export and {@code thematica figures} draw the same cloud), the project's stop words, the cloud
 * recounted and laid out whenever the corpus or a choice changes, and the occurrences of a
 * clicked word.
 *
 * <p>Threads: the word index is brought up to date on the project thread (it reads the texts an
 * edit touched), counting and layout run on the analysis thread with a {@link LatestJob}, so a
 * late result never overwrites a newer one; the FX thread only shows results.
 */
public final class WordCloudViewModel {
    /** How many occurrences of a word are listed; all are counted. */
    static final int MAX_OCCURRENCES = 500;
    static final String PICK = "Click a word of the cloud to see where it occurs.";

    /**
     * What the canvas shows: the figure, laid out for a canvas of {@code width × height}, with
     * what was counted, from which index and corpus, with which options.
     */
    public record Shown(WordCloudFigure figure, FigureStyle style, WordFrequencies.Result result, int dropped,
                        double width, double height, WordIndex.Snapshot index, Corpus corpus,
                        WordCloudOptions options) {
        Shown laidOut(double w, double h, int newDropped) {
            return new Shown(figure, style, result, newDropped, w, h, index, corpus, options);
        }
    }

    private final WorkbenchContext context;
    private final WordCloudService service;
    private final WordCloudSource source = new WordCloudSource();
    private final LatestJob job;
    private final LatestJob layoutJob;
    private final ObjectProperty<WordCloudOptions> options =
            new SimpleObjectProperty<>(this, "options", WordCloudOptions.defaults());
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<Corpus> corpus = new ReadOnlyObjectWrapper<>(this, "corpus");
    private final ReadOnlyObjectWrapper<StopWords.Choice> stopWords =
            new ReadOnlyObjectWrapper<>(this, "stopWords", StopWords.Choice.defaults());
    private final ReadOnlyObjectWrapper<Occurrences> occurrences = new ReadOnlyObjectWrapper<>(this, "occurrences");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Counting words…");
    private final ReadOnlyStringWrapper occurrencesMessage = new ReadOnlyStringWrapper(this, "occurrencesMessage", PICK);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper occurrencesOpen = new ReadOnlyBooleanWrapper(this, "occurrencesOpen");
    private final Debouncer saver;
    private final ChangeListener<Corpus> onCorpus = (o, old, c) -> {
        if (c != null) { // null: the feed is catching up after the cloud was hidden; it delivers soon
            corpus.set(c);
            refresh();
        }
    };
    private final Consumer<ProjectEvents.Change> onChange = this::changed;
    private final ChangeListener<WordCloudOptions> onOptions = (o, old, now) -> optionsChanged();
    private FigureSettings settings;
    private double canvasWidth;
    private double canvasHeight;
    private long generation;
    private long occurrenceRequest;
    private boolean loading;
    private boolean active;
    /** The corpus the cloud was last counted from (or is being counted from). */
    private Corpus counted;

    public WordCloudViewModel(WorkbenchContext context) {
        this(context, Debouncer.fxScheduler());
    }

    WordCloudViewModel(WorkbenchContext context, Debouncer.Scheduler clock) {
        this.context = context;
        this.service = context.project().wordCloud();
        this.job = new LatestJob(context.compute());
        this.layoutJob = new LatestJob(context.compute());
        this.settings = source.defaults();
        this.saver = new Debouncer(Duration.ofMillis(800), clock, this::save);
    }

    /** The cloud is shown: follow the project again, and count once if anything changed while hidden. */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        context.analysis().attach();
        context.analysis().corpusProperty().addListener(onCorpus);
        context.events().addListener(onChange);
        options.addListener(onOptions);
        if (context.analysis().corpusProperty().get() != null) {
            corpus.set(context.analysis().corpusProperty().get());
        }
        load();
    }

    public void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        saver.flush();
        options.removeListener(onOptions);
        context.events().removeListener(onChange);
        context.analysis().corpusProperty().removeListener(onCorpus);
        context.analysis().detach();
    }

    /** Reads the saved options and stop words, then draws. */
    private void load() {
        context.background().run(() -> new Object[] {
            context.project().figureSettings().load(source.name(), source.defaults()),
            service.stopWords(),
        }, loaded -> {
            FigureSettings saved = (FigureSettings) loaded[0];
            StopWords.Choice stops = (StopWords.Choice) loaded[1];
            if (saver.isPending()) {
                return; // the user is changing the options: theirs win, and are saved in a moment
            }
            boolean same = saved.equals(settings) && stops.equals(stopWords.get()) && ready.get();
            settings = saved;
            stopWords.set(stops);
            loading = true;
            options.set(WordCloudOptions.from(saved.options()));
            loading = false;
            ready.set(true);
            if (!same || counted != corpus.get()) {
                refresh(); // the settings changed, or the corpus while the cloud was hidden
            } else {
                relayout(); // the canvas may have been resized while hidden
            }
        });
    }

    /** An undo or another window may have changed the settings or stop words: read them again. */
    private void changed(ProjectEvents.Change change) {
        if (change.touches(SetProjectInfo.class)) {
            load();
        }
    }

    private void optionsChanged() {
        if (loading) {
            return;
        }
        settings = withOptions(settings, options.get());
        if (!context.isReadOnly()) {
            saver.poke();
        }
        refresh();
    }

    private static FigureSettings withOptions(FigureSettings s, WordCloudOptions o) {
        FigureSettings out = s;
        for (Map.Entry<String, String> e : o.toMap().entrySet()) {
            out = out.withOption(e.getKey(), e.getValue());
        }
        return out;
    }

    private void save() {
        FigureSettings toSave = settings;
        context.background().run(() -> {
            context.project().figureSettings().save(toSave);
            return null;
        });
    }

    /** The canvas was resized: lay the cloud out again for its new size. */
    public void resized(double width, double height) {
        if (width == canvasWidth && height == canvasHeight) {
            return;
        }
        canvasWidth = width;
        canvasHeight = height;
        if (active) {
            relayout(); // a hidden cloud is laid out for its size when it is shown and counted
        }
    }

    /** Lays the cloud shown out for the canvas's size, unless a newer cloud arrives first. */
    private void relayout() {
        Shown s = shown.get();
        double w = canvasWidth;
        double h = canvasHeight;
        if (s == null || w <= 1 || h <= 1 || s.width() == w && s.height() == h) {
            return;
        }
        layoutJob.run(() -> s.laidOut(w, h, s.figure().layout(area(w, h, s.style()), s.style()).dropped()), laid -> {
            if (shown.get() != null && shown.get().figure() == laid.figure()) {
                show(laid);
            }
        });
    }

    /** Counts and lays out the cloud again: the index first (project thread), then the rest (analysis thread). */
    public void refresh() {
        Corpus c = corpus.get();
        if (c == null || !ready.get()) {
            return;
        }
        counted = c;
        long mine = ++generation;
        WordCloudOptions o = options.get();
        StopWords.Choice stops = stopWords.get();
        FigureStyle style = settings.style();
        double w = canvasWidth;
        double h = canvasHeight;
        Consumer<String> progress = message -> Platform.runLater(() -> context.say(message));
        context.background().run(() -> service.index(c, progress), index -> {
            if (mine != generation) {
                return;
            }
            job.run(() -> {
                WordCloudService.Cloud cloud = service.cloud(index, c, o, stops);
                WordCloudFigure figure = cloud.figure();
                figure.showStaleLayoutScaled(true);
                int dropped = w > 1 && h > 1 ? figure.layout(area(w, h, style), style).dropped() : 0;
                return new Shown(figure, style, cloud.result(), dropped, w, h, index, c, o);
            }, s -> {
                show(s);
                relayout(); // the canvas changed size while this was computed
            });
        });
    }

    private void show(Shown s) {
        Occurrences before = occurrences.get();
        boolean sameCount = shown.get() != null && shown.get().result() == s.result();
        shown.set(s);
        WordFrequencies.Result r = s.result();
        if (r.problem() != null) {
            summary.set(r.problem());
        } else {
            summary.set(String.format("From %s: %,d different words; the %d most frequent are shown%s.", r.scope(),
                    r.distinct(), r.words().size(), s.dropped() > 0 ? " (" + s.dropped() + " did not fit)" : ""));
        }
        Occurrences o = before;
        if (o != null && !sameCount) {
            String key = o.word().key();
            r.words().stream().filter(w -> w.key().equals(key)).findFirst()
                    .ifPresentOrElse(this::select, () -> clearOccurrences(PICK));
        }
    }

    /** Where the figure itself goes on a canvas of this size (inside title and caption), as the canvas frames it. */
    static Rectangle2D area(double width, double height, FigureStyle style) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return Framed.paint(EMPTY, g, width, height, style);
        } finally {
            g.dispose();
        }
    }

    private static final Figure EMPTY = new Figure() {
        @Override
        public String name() {
            return "empty";
        }

        @Override
        public void paint(Graphics2D g, Rectangle2D bounds, FigureStyle style) {
        }
    };

    /** Lists where a word occurs (project thread: reads texts). */
    public void select(WordFrequencies.Word word) {
        Shown s = shown.get();
        if (s == null || word == null) {
            return;
        }
        long mine = ++occurrenceRequest;
        occurrencesOpen.set(true);
        occurrencesMessage.set("Looking for ‘" + word.text() + "’…");
        context.background().run(() -> service.occurrences(s.index(), s.corpus(), s.options(), word, MAX_OCCURRENCES),
                found -> {
                    if (mine == occurrenceRequest) {
                        occurrences.set(found);
                        occurrencesMessage.set(found.summary());
                    }
                });
    }

    /** Hides the occurrences (the cloud takes the whole pane again). */
    public void closeOccurrences() {
        clearOccurrences(PICK);
        occurrencesOpen.set(false);
    }

    private void clearOccurrences(String message) {
        occurrenceRequest++;
        occurrences.set(null);
        occurrencesMessage.set(message);
    }

    /** Shows an occurrence in its transcript. */
    public void reveal(Hit hit) {
        context.selection().reveal(hit.documentId(), hit.start(), hit.end());
    }

    /** The word the canvas shows at a point of the figure's bounds, or null. */
    public WordFrequencies.Word wordAt(Rectangle2D bounds, double x, double y) {
        Shown s = shown.get();
        if (s == null) {
            return null;
        }
        WordCloudFigure.Word hit = s.figure().wordAt(bounds, s.style(), x, y);
        if (hit == null) {
            return null;
        }
        int rank = s.figure().words().indexOf(hit);
        return rank < 0 ? null : s.result().words().get(rank);
    }

    /** The theme a word is coloured by, for a tooltip; empty when none. */
    public String themeOf(WordFrequencies.Word word) {
        Shown s = shown.get();
        if (s == null || word.themeId() == 0) {
            return "";
        }
        Corpus.ThemeInfo t = s.corpus().theme(word.themeId());
        return t == null ? "" : t.name();
    }

    /** Saves new stop words for the project (one undoable step), and counts again. */
    public void saveStopWords(StopWords.Choice choice) {
        stopWords.set(choice);
        refresh();
        context.background().run(() -> {
            service.saveStopWords(choice);
            return null;
        });
    }

    /** The settings an export starts from: the saved look with the current options. */
    public FigureSettings exportSettings() {
        return withOptions(settings, options.get());
    }

    public WordCloudSource source() {
        return source;
    }

    /** The choices for a scope that names something: documents, cases, themes or codes of the corpus. */
    public List<Target> targets(WordScope.Kind kind) {
        Corpus c = corpus.get();
        List<Target> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        switch (kind) {
            case DOCUMENT -> c.documents().forEach(d -> out.add(new Target(d.id(), d.name())));
            case CASE, CASE_TURNS -> c.cases().forEach(k -> out.add(new Target(k.id(), k.name())));
            case THEME -> c.themes().forEach(t -> out.add(new Target(t.id(), t.name())));
            case CODE -> c.codes().forEach(k -> out.add(new Target(k.id(), k.name())));
            default -> { }
        }
        return out;
    }

    /** Something a scope can name. */
    public record Target(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public ObjectProperty<WordCloudOptions> optionsProperty() {
        return options;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Corpus> corpusProperty() {
        return corpus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StopWords.Choice> stopWordsProperty() {
        return stopWords.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Occurrences> occurrencesProperty() {
        return occurrences.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty occurrencesMessageProperty() {
        return occurrencesMessage.getReadOnlyProperty();
    }

    /** True while the occurrences of a word are shown (after a click on it). */
    public ReadOnlyBooleanProperty occurrencesOpenProperty() {
        return occurrencesOpen.getReadOnlyProperty();
    }

    /** True once the saved options are read. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public WorkbenchContext context() {
        return context;
    }
}
