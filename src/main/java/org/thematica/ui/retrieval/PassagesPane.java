package org.thematica.ui.retrieval;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/** Placeholder while this pane is being built in its own branch. */
public final class PassagesPane extends StackPane implements Dockable {
    public PassagesPane(WorkbenchContext context) {
        getChildren().add(new Label("PassagesPane"));
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
