package org.thematica.ui.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which panes are active: a pane is active while it is shown and the project is open (the Bisq 2
 * rule: a controller is active while its view is visible). The side panes are always shown; a
 * dock tab's pane is shown while its tab is chosen. Panes activate in the order they were added,
 * so that after an edit the first pane's re-read is queued first.
 */
public final class Activation {
    private final Map<Dockable, Boolean> shown = new LinkedHashMap<>();
    private final List<Dockable> active = new ArrayList<>();
    private boolean open;

    /** Adds a pane, shown or not. */
    public void add(Dockable pane, boolean isShown) {
        shown.put(pane, isShown);
        update(pane);
    }

    /** The pane came into view, or went out of it. */
    public void shown(Dockable pane, boolean isShown) {
        if (!shown.containsKey(pane)) {
            throw new IllegalArgumentException("not a pane of this workbench: " + pane);
        }
        shown.put(pane, isShown);
        update(pane);
    }

    /** The project is open: the shown panes activate. */
    public void open() {
        open = true;
        shown.keySet().forEach(this::update);
    }

    /** The project closes: every active pane deactivates, the last activated first. */
    public void close() {
        open = false;
        for (int i = active.size() - 1; i >= 0; i--) {
            active.remove(i).deactivate();
        }
    }

    public boolean isActive(Dockable pane) {
        return active.contains(pane);
    }

    private void update(Dockable pane) {
        boolean wanted = open && shown.get(pane);
        if (wanted && !active.contains(pane)) {
            active.add(pane);
            pane.activate();
        } else if (!wanted && active.remove(pane)) {
            pane.deactivate();
        }
    }
}
