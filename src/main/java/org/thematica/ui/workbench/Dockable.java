package org.thematica.ui.workbench;

import javafx.scene.Node;

/**
 * A pane of the workbench. The shell places {@link #node()}, calls {@link #activate()} once the
 * project is open and {@link #deactivate()} before it closes; listeners on the context are
 * added in the first and removed in the second.
 */
public interface Dockable {
    Node node();

    void activate();

    void deactivate();
}
