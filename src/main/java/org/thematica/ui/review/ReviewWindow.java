package org.thematica.ui.review;

import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.thematica.ui.workbench.ReviewRequest;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The review screen in a window of its own beside the workbench, so a supervisor can review while
 * the analyst's views stay as they were. Its view model is active only while the window shows.
 * It closes when the project in the main window is closed or replaced.
 */
public final class ReviewWindow {
    private final Stage stage = new Stage();
    private final ReviewViewModel model;
    private final ReviewPane pane;
    private final WorkbenchContext context;
    private final Window owner;
    private final Scene ownerScene;
    private final ChangeListener<Scene> onOwnerScene;

    public ReviewWindow(WorkbenchContext context, Window owner) {
        this.context = context;
        this.owner = owner;
        this.ownerScene = owner.getScene();
        this.model = new ReviewViewModel(context);
        this.pane = new ReviewPane(model);
        stage.initOwner(owner);
        double width = Math.max(900, Math.min(1400, owner.getWidth() * 0.94));
        double height = Math.max(560, Math.min(900, owner.getHeight() * 0.92));
        stage.setScene(new Scene(pane, width, height));
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.showingProperty().addListener((o, old, showing) -> {
            if (showing) {
                model.activate();
            } else {
                model.deactivate();
            }
        });
        onOwnerScene = (o, old, now) -> ownerSceneChanged(now);
        if (owner instanceof Stage main) {
            main.sceneProperty().addListener(onOwnerScene);
        }
    }

    private void ownerSceneChanged(Scene now) {
        if (now != ownerScene) { // another project is open in the main window
            stage.hide();
            ((Stage) owner).sceneProperty().removeListener(onOwnerScene);
        }
    }

    /** Shows the window (again) on what was asked for, with the main window's look. */
    public void show(ReviewRequest request) {
        Scene scene = stage.getScene();
        scene.getStylesheets().setAll(ownerScene.getStylesheets());
        pane.setStyle(ownerScene.getRoot().getStyle()); // the text size chosen in View
        stage.setTitle("Review — " + context.project().name() + " — as " + context.project().coderName());
        model.show(request);
        if (!stage.isShowing()) {
            stage.setX(owner.getX() + (owner.getWidth() - scene.getWidth()) / 2);
            stage.setY(owner.getY() + Math.max(0, (owner.getHeight() - scene.getHeight()) / 2));
        }
        stage.show();
        stage.toFront();
        pane.focusQueue();
    }

    public void close() {
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public ReviewPane pane() {
        return pane;
    }

    public Stage stage() {
        return stage;
    }
}
