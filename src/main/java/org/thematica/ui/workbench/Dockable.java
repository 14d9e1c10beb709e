package org.thematica.ui.workbench;

import javafx.scene.Node;

/**
 * A pane of the workbench. The shell places {@link #node()} and keeps the pane active while it
 * is shown and its project open ({@link Activation}): {@link #activate()} when it comes into
 * view, {@link #deactivate()} when it goes out of view (another dock tab chosen) or the project
 * closes. Listeners on the context are added in the first and removed in the second, so a hidden
 * pane does no work; on activation it brings itself up to date once, whatever it missed.
 */
public interface Dockable {
    Node node();

    void activate();

    void deactivate();
}
