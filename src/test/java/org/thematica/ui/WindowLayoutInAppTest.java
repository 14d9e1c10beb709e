package org.thematica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.ui.shell.MainView;

/**
 * The window's size and its dividers round-trip: the app is started and closed ten times, each
 * time in a new window as a new process would be, and finds them where the user left them. They
 * used to be saved as fractions of a window that always opened 1280 wide, so a user who made the
 * window larger saw the side panes shrink at every start (issue 11, found on the way).
 */
class WindowLayoutInAppTest {
    @TempDir
    static Path home;

    /** The main split (documents | middle | codebook) and the middle one (transcript / dock). */
    private record Dividers(double[] main, double[] middle) {
    }

    @Test
    void tenStartsFindTheWindowAndItsDividersWhereTheUserLeftThem() throws Exception {
        System.setProperty("thematica.home", home.toString());
        System.setProperty("thematica.prefs", "org/thematica/test/" + home.getFileName());
        FxToolkit.registerPrimaryStage(); // starts the toolkit; each run then gets a window of its own
        try {
            Dividers left = null;
            List<String> seen = new ArrayList<>();
            for (int run = 0; run < 10; run++) {
                Stage stage = FxToolkit.registerStage(Stage::new);
                ThematicaApp app = (ThematicaApp) FxToolkit.setupApplication(ThematicaApp.class);
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> app.workbench() != null
                        && stage.getScene().getRoot() instanceof MainView));
                WaitForAsyncUtils.waitForFxEvents();
                if (run == 0) {
                    // the user gives the window another size (the headless screen is 1280x800) and moves the dividers
                    fx(() -> {
                        stage.setWidth(1200);
                        stage.setHeight(760);
                        return null;
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    fx(() -> {
                        splits(stage).get(0).setDividerPositions(0.25, 0.7);
                        splits(stage).get(1).setDividerPositions(0.5);
                        stage.getScene().getRoot().layout();
                        return null;
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    left = dividers(stage);
                } else {
                    Dividers now = dividers(stage);
                    seen.add(String.format("run %d: %.0fx%.0f main %s middle %s", run + 1, stage.getWidth(),
                            stage.getHeight(), java.util.Arrays.toString(now.main()),
                            java.util.Arrays.toString(now.middle())));
                    assertThat(now.main()).as("main dividers, %s", seen).containsExactly(left.main());
                    assertThat(now.middle()).as("middle divider, %s", seen).containsExactly(left.middle());
                    assertThat(new double[] {stage.getWidth(), stage.getHeight()}).as("window size, %s", seen)
                            .containsExactly(1200, 760);
                }
                FxToolkit.cleanupApplication(app);
                fx(() -> {
                    stage.close();
                    return null;
                });
            }
        } finally {
            System.clearProperty("thematica.home");
            System.clearProperty("thematica.prefs");
        }
    }

    private static Dividers dividers(Stage stage) throws Exception {
        return fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            List<SplitPane> s = splits(stage);
            return new Dividers(s.get(0).getDividerPositions(), s.get(1).getDividerPositions());
        });
    }

    /** The main split pane, then the middle one inside it. */
    private static List<SplitPane> splits(Stage stage) {
        MainView view = (MainView) stage.getScene().getRoot();
        SplitPane main = (SplitPane) view.getCenter();
        return List.of(main, (SplitPane) main.getItems().get(1));
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }
}
