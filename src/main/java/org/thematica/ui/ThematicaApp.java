package org.thematica.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application (placeholder until the shell lands). */
public final class ThematicaApp extends Application {
    public static void launchWith(String[] args) {
        Application.launch(ThematicaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Thematica");
        stage.show();
    }
}
