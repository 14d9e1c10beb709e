package org.thematica.ui.memos;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/** Placeholder while this pane is being built in its own branch. */
public final class MemosPane extends StackPane implements Dockable {
    public MemosPane(WorkbenchContext context) {
        getChildren().add(new Label("MemosPane"));
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
