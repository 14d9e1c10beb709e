package org.thematica.ui.matrix;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/** Placeholder while this view is being built in its own branch. */
public final class MatrixPane extends StackPane implements Dockable {
    public MatrixPane(WorkbenchContext context) {
        getChildren().add(new Label("MatrixPane"));
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
