package org.thematica.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import org.thematica.analysis.Corpus;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.ThematicMapFigure;
import org.thematica.figure.ThematicMapFigure.Arrow;
import org.thematica.figure.ThematicMapFigure.Model;
import org.thematica.figure.ThematicMapFigure.Node;
import org.thematica.model.MapPosition;
import org.thematica.service.ThematicMapSource;
import org.thematica.ui.common.LatestJob;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The thematic map's state and commands, testable without a window. It follows the analysis
 * corpus: on every change it reads the saved positions and the figure's settings on the project
 * thread, then builds the map (sizes, co-occurrence, automatic layout) on the analysis thread;
 * only the newest result is shown. Moving, arranging, linking and the toggles are edits, made
 * on the project thread, so each is one undoable step.
 */
public final class ThematicMapViewModel {
    private final WorkbenchContext context;
    private final ThematicMapSource source = new ThematicMapSource();
    private final LatestJob reads;
    private final LatestJob builds;
    private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<FigureSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyBooleanWrapper showCodes = new ReadOnlyBooleanWrapper(this, "showCodes");
    private final ReadOnlyBooleanWrapper showCooccurrence = new ReadOnlyBooleanWrapper(this, "showCooccurrence");
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ChangeListener<Corpus> onCorpus = (o, old, corpus) -> refresh();
    private long saves;
    private boolean active;

    /** A theme being dragged: shown at {@code x, y} (map coordinates) until the saved map comes back. */
    public record Preview(long themeId, double x, double y, long savesBefore) {
    }

    private record Read(Map<Long, MapPosition> saved, FigureSettings settings, long saves) {
    }

    public ThematicMapViewModel(WorkbenchContext context) {
        this.context = context;
        this.reads = new LatestJob(context.background());
        this.builds = new LatestJob(context.compute());
        settings.set(source.defaults());
    }

    public WorkbenchContext context() {
        return context;
    }

    public ThematicMapSource source() {
        return source;
    }

    public void activate() {
        if (active) {
            return;
        }
        active = true;
        context.analysis().corpusProperty().addListener(onCorpus);
        context.analysis().attach();
        refresh();
    }

    public void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        context.analysis().corpusProperty().removeListener(onCorpus);
        context.analysis().detach();
    }

    /** Reads positions and settings, then rebuilds the map from the current corpus. */
    public void refresh() {
        Corpus corpus = context.analysis().corpusProperty().get();
        if (corpus == null) {
            return; // the feed delivers the first corpus soon; that calls again
        }
        long savesNow = saves;
        reads.run(() -> new Read(context.project().map().positions(),
                        context.project().figureSettings().load(source.name(), source.defaults()), savesNow),
                read -> builds.run(() -> ThematicMapSource.model(corpus, read.saved(), read.settings()),
                        built -> apply(built, read)));
    }

    private void apply(Model built, Read read) {
        settings.set(read.settings());
        showCodes.set(ThematicMapSource.showCodes(read.settings()));
        showCooccurrence.set(ThematicMapSource.showCooccurrence(read.settings()));
        Preview p = preview.get();
        if (p != null && read.saves() > p.savesBefore()) {
            preview.set(null); // the saved position is in this map
        }
        model.set(built);
    }

    /** The map as computed (without a drag in progress). */
    public ReadOnlyObjectProperty<Model> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The map to show: the computed one with the dragged theme where the mouse has it. */
    public Model shown() {
        Model m = model.get();
        Preview p = preview.get();
        return m == null || p == null ? m : m.moved(p.themeId(), p.x(), p.y());
    }

    /** The figure to paint on screen, with the chosen theme ringed. */
    public ThematicMapFigure figure() {
        Model m = shown();
        return m == null ? null : new ThematicMapFigure(m, context.selection().themeProperty().get());
    }

    public ReadOnlyObjectProperty<FigureSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showCodesProperty() {
        return showCodes.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showCooccurrenceProperty() {
        return showCooccurrence.getReadOnlyProperty();
    }

    public boolean canEdit() {
        return !context.isReadOnly();
    }

    public String themeName(long id) {
        Model m = model.get();
        if (m != null) {
            for (Node n : m.nodes()) {
                if (n.id() == id) {
                    return n.name();
                }
            }
        }
        return "?";
    }

    /** The other themes, by name (the targets of a new link from {@code from}). */
    public List<Node> otherThemes(long from) {
        Model m = model.get();
        List<Node> out = new ArrayList<>();
        if (m != null) {
            m.nodes().stream().filter(n -> n.id() != from).forEach(out::add);
        }
        return out;
    }

    /** The links that start or end at a theme. */
    public List<Arrow> linksOf(long themeId) {
        Model m = model.get();
        return m == null ? List.of()
                : m.arrows().stream().filter(a -> a.from() == themeId || a.to() == themeId).toList();
    }

    // ---- commands ---------------------------------------------------------------------------

    /** Shows a theme at a place while it is dragged (nothing is saved yet). */
    public void drag(long themeId, double x, double y) {
        preview.set(new Preview(themeId, x, y, saves));
    }

    /** Forgets a drag that did not move anything. */
    public void cancelDrag() {
        preview.set(null);
    }

    /**
     * Saves where a theme was dropped, as one undoable step; the themes still placed
     * automatically are saved where they are shown, so they stay put.
     */
    public void drop(long themeId, double x, double y) {
        Model m = model.get();
        if (m == null || !canEdit()) {
            preview.set(null);
            return;
        }
        double cx = clamp(x);
        double cy = clamp(y);
        preview.set(new Preview(themeId, cx, cy, saves));
        List<MapPosition> shownAt = new ArrayList<>();
        for (Node n : m.nodes()) {
            shownAt.add(new MapPosition(n.id(), n.x(), n.y()));
        }
        String name = themeName(themeId);
        context.background().run(() -> context.project().map().move(themeId, cx, cy, shownAt), id -> {
            saves++;
            context.say("Moved theme '" + name + "' on the map.");
            refresh();
        });
    }

    /** Lays out every theme automatically and saves the arrangement as one undoable step. */
    public void arrange() {
        Corpus corpus = context.analysis().corpusProperty().get();
        FigureSettings current = settings.get();
        if (corpus == null || !canEdit()) {
            return;
        }
        context.compute().run(() -> ThematicMapSource.arrangement(corpus, current),
                positions -> context.background().run(() -> context.project().map().arrange(positions), id -> {
                    saves++;
                    context.say(id == 0 ? "The map is already arranged that way." : "Arranged the map automatically.");
                    refresh();
                }));
    }

    /** Chooses a theme for every pane (the codebook, the passages). */
    public void choose(long themeId) {
        context.selection().chooseTheme(themeId);
    }

    /** Links two themes (or relabels their link), one undoable step. */
    public void link(long from, long to, String label) {
        if (!canEdit() || from == to) {
            return;
        }
        String a = themeName(from);
        String b = themeName(to);
        context.background().run(() -> context.project().codebook().link(a, b, label),
                l -> context.say("Linked '" + a + "' → '" + b + "'" + (label == null || label.isBlank() ? "."
                        : " (" + label.strip() + ").")));
    }

    public void unlink(Arrow arrow) {
        if (!canEdit()) {
            return;
        }
        String a = themeName(arrow.from());
        String b = themeName(arrow.to());
        context.background().run(() -> {
            context.project().codebook().unlink(a, b);
            return arrow;
        }, x -> context.say("Removed the link '" + a + "' → '" + b + "'."));
    }

    public void relabel(Arrow arrow, String label) {
        link(arrow.from(), arrow.to(), label);
    }

    public void setShowCodes(boolean show) {
        saveOption(ThematicMapSource.SHOW_CODES, show);
    }

    public void setShowCooccurrence(boolean show) {
        saveOption(ThematicMapSource.SHOW_COOCCURRENCE, show);
    }

    private void saveOption(String key, boolean value) {
        if (!canEdit()) {
            return;
        }
        context.background().run(() -> {
            FigureSettings current = context.project().figureSettings().load(source.name(), source.defaults());
            context.project().figureSettings().save(current.withOption(key, String.valueOf(value)));
            return current;
        }, x -> refresh());
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0.5;
    }
}
