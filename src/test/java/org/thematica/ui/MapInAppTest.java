package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.figure.ThematicMapFigure;
import org.thematica.ui.figures.FigureCanvas;

/** The thematic map in the real window, on the demo project: it fills in when its tab is chosen. */
class MapInAppTest {
    @TempDir
    static Path dir;
    static AppDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = AppDriver.start(dir.resolve("home"));
    }

    @AfterAll
    static void stop() throws Exception {
        driver.stop();
    }

    @Test
    void theMapTabShowsTheDemoThemesAndLinks() throws Exception {
        driver.fx(() -> {
            TabPane dock = (TabPane) driver.stage.getScene().lookup("#dock");
            dock.getTabs().stream().filter(t -> "map-tab".equals(t.getId())).findFirst()
                    .ifPresent(t -> dock.getSelectionModel().select(t));
        });
        driver.waitFor(() -> driver.fxGet(() -> {
            FigureCanvas canvas = (FigureCanvas) driver.stage.getScene().lookup("#thematic-map .figure-canvas");
            return canvas != null && canvas.figure() instanceof ThematicMapFigure map
                    && map.model().nodes().size() == 7 && canvas.figureBounds().getWidth() > 0;
        }));
        ThematicMapFigure map = driver.fxGet(() -> (ThematicMapFigure) ((FigureCanvas) driver.stage.getScene()
                .lookup("#thematic-map .figure-canvas")).figure());
        assertThat(map.model().arrows()).hasSize(8);
        assertThat(map.model().nodes()).extracting(ThematicMapFigure.Node::name).contains("political instability");
        driver.snapshot("map-workbench.png");
    }
}
