package org.thematica.ui.cloud;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/** Placeholder while this view is being built in its own branch. */
public final class WordCloudPane extends StackPane implements Dockable {
    public WordCloudPane(WorkbenchContext context) {
        getChildren().add(new Label("WordCloudPane"));
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
