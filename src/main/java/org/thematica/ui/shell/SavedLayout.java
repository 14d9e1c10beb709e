package org.thematica.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.thematica.ui.common.UiPrefs;

/**
 * The window's size and the split panes' dividers, saved when the window or its project closes and
 * restored when it opens, so that they round-trip exactly.
 *
 * <p>They used to be saved at every move of a divider, as fractions, in a window that always
 * opened 1280 wide: a layout at another width, or a window made larger, moved the dividers of the
 * side panes (which keep their width as the window grows) and that was saved, so the side panes
 * shrank a little every time the app was used. Now the window opens as it closed, the positions are
 * saved once, at closing, with the length they are fractions of, and a pane that first lays out at
 * another length keeps its side panes' widths in pixels.
 */
public final class SavedLayout {
    /** One remembered split pane. */
    private record Split(SplitPane pane, String key, boolean keepSides) {
        double length() {
            return pane.getOrientation() == Orientation.HORIZONTAL ? pane.getWidth() : pane.getHeight();
        }

        ObservableValue<Number> lengthProperty() {
            return pane.getOrientation() == Orientation.HORIZONTAL ? pane.widthProperty() : pane.heightProperty();
        }
    }

    private final UiPrefs prefs;
    private final List<Split> splits = new ArrayList<>();

    public SavedLayout(UiPrefs prefs) {
        this.prefs = prefs;
    }

    /**
     * Restores a split pane's dividers. With {@code keepSides}, its first and last panes keep their
     * saved size in pixels when the pane first lays out at another length than it was saved at
     * (they are the panes that do not grow with the window); otherwise the fractions are kept.
     */
    public void remember(SplitPane pane, String key, boolean keepSides, double... defaults) {
        Split split = new Split(pane, key, keepSides);
        splits.add(split);
        double[] saved = prefs.dividers(key, defaults);
        double savedLength = prefs.dividersLength(key);
        pane.setDividerPositions(saved);
        if (!keepSides || savedLength <= 0) {
            return;
        }
        split.lengthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number old, Number now) {
                double length = now.doubleValue();
                if (length <= 0) {
                    return;
                }
                o.removeListener(this);
                if (length != savedLength) {
                    pane.setDividerPositions(sidesKept(saved, savedLength, length));
                }
            }
        });
    }

    /** Positions at {@code length} that leave the first and last panes as wide as at {@code savedLength}. */
    static double[] sidesKept(double[] saved, double savedLength, double length) {
        double[] out = saved.clone();
        double ratio = savedLength / length;
        out[0] = saved[0] * ratio;
        if (out.length > 1) {
            out[out.length - 1] = 1 - (1 - saved[out.length - 1]) * ratio;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0, Math.min(1, out[i]));
        }
        return out;
    }

    /** Saves every remembered pane's dividers as they are now, with its length. */
    public void save() {
        for (Split split : splits) {
            if (split.length() > 0) {
                prefs.saveDividers(split.key(), split.pane().getDividerPositions(), split.length());
            }
        }
    }

    /** Sizes (and places, if that is still on a screen) a window not yet shown as it was last closed. */
    public static void restoreWindow(Stage stage, UiPrefs prefs, double width, double height) {
        UiPrefs.Window w = prefs.window().orElse(new UiPrefs.Window(Double.NaN, Double.NaN, width, height, false));
        stage.setWidth(w.width());
        stage.setHeight(w.height());
        if (!Double.isNaN(w.x()) && !Double.isNaN(w.y())
                && !Screen.getScreensForRectangle(new Rectangle2D(w.x(), w.y(), w.width(), w.height())).isEmpty()) {
            stage.setX(w.x());
            stage.setY(w.y());
        }
        stage.setMaximized(w.maximized());
    }

    /** Saves the window's size and place; a maximized window keeps the size it had before. */
    public static void saveWindow(Stage stage, UiPrefs prefs) {
        if (stage.getWidth() <= 0 || stage.getHeight() <= 0 || stage.isIconified()) {
            return;
        }
        if (stage.isMaximized()) {
            UiPrefs.Window before = prefs.window().orElse(new UiPrefs.Window(Double.NaN, Double.NaN, stage.getWidth(),
                    stage.getHeight(), true));
            prefs.saveWindow(new UiPrefs.Window(before.x(), before.y(), before.width(), before.height(), true));
        } else {
            prefs.saveWindow(new UiPrefs.Window(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        }
    }
}
