package org.thematica.ui.search;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/** Placeholder while this pane is being built in its own branch. */
public final class SearchPane extends StackPane implements Dockable {
    public SearchPane(WorkbenchContext context) {
        getChildren().add(new Label("SearchPane"));
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
