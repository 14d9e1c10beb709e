package org.thematica.ui.map;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/** Placeholder while this view is being built in its own branch. */
public final class ThematicMapPane extends StackPane implements Dockable {
    public ThematicMapPane(WorkbenchContext context) {
        getChildren().add(new Label("ThematicMapPane"));
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void activate() {
    }

    @Override
    public void deactivate() {
    }
}
