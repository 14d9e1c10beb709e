package org.thematica.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.model.MapPosition;
import org.thematica.model.ThemeLink;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.service.Project;
import org.thematica.testing.TestProjects;
import org.thematica.ui.common.Background;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The thematic map in a window (headless), driven with the mouse as a user would: drag a theme
 * (saved on release, undone by the project's history), click one (chosen everywhere), link two
 * with Shift+drag and remove a link from its context menu; checked against the project.
 */
@ExtendWith(ApplicationExtension.class)
class ThematicMapPaneTest {
    Path dir;
    Project project;
    Background background;
    WorkbenchContext context;
    ThematicMapPane pane;
    Stage stage;
    long instability;
    long governance;
    long security;
    final List<Throwable> crashes = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("map-pane");
        project = TestProjects.create(dir);
        TestProjects.importText(project, dir, "P01.txt",
                "Karim: the government fell again and the militias took the checkpoints.\n");
        TestProjects.importText(project, dir, "P02.txt",
                "Layla: nobody pays the teachers, and the army left the north.\n");
        project.coding().codeMatch("P01", "government paralysis", "the government fell again", 1, null);
        project.coding().codeMatch("P01", "militias", "the militias took the checkpoints", 1, null);
        project.coding().codeMatch("P02", "public service failure", "nobody pays the teachers", 1, null);
        project.coding().codeMatch("P02", "army collapse", "the army left the north", 1, null);
        instability = project.codebook().theme("political instability", ThemeChange.adding("government paralysis")).id();
        governance = project.codebook().theme("governance challenges", ThemeChange.adding("public service failure")).id();
        security = project.codebook().theme("security vacuum", ThemeChange.adding("militias", "army collapse")).id();
        project.codebook().link("political instability", "governance challenges", "undermines");

        background = new Background(crashes::add);
        context = new WorkbenchContext(project, background);
        pane = new ThematicMapPane(context);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(context.messageProperty());
        Scene scene = new Scene(new BorderPane(pane, null, null, status, null), 760, 520);
        scene.getStylesheets().add(ThematicMapPane.class.getResource("/org/thematica/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        pane.activate();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(pane::deactivate).get(10, TimeUnit.SECONDS);
        context.dispose();
        background.close();
        project.close();
        assertThat(crashes).as("no unexpected failures").isEmpty();
    }

    @Test
    void draggingAThemeSavesItsPlaceOnReleaseAndUndoPutsItBack(FxRobot robot) throws Exception {
        Point2D start = awaitCentre(security);
        Point2D governanceAt = awaitCentre(governance);
        snapshot("map.png");
        Point2D target = freeSpot(start);

        robot.drag(screen(start), MouseButton.PRIMARY).moveTo(screen(start.midpoint(target))).moveTo(screen(target));
        assertThat(fx(() -> pane.viewModel().previewProperty().get())).as("live feedback while dragging").isNotNull();
        assertThat(onProject((Project p) -> p.map().positions())).as("nothing saved before the drop").isEmpty();
        Point2D during = fx(() -> toFx(pane.centreOf(security)));
        assertThat(during.distance(target)).as("the theme follows the mouse").isLessThan(3);
        snapshot("map-dragging.png");
        robot.drop();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onProject((Project p) -> p.map().positions()).containsKey(security));
        var saved = onProject((Project p) -> p.map().positions());
        assertThat(saved).as("the others are frozen where they were shown, in the same step").containsKeys(instability,
                governance);
        assertThat(onProject((Project p) -> p.history().undoLabel())).contains("Move theme 'security vacuum' on the map");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.viewModel().previewProperty().get()) == null);
        Point2D after = fx(() -> toFx(pane.centreOf(security)));
        assertThat(after.distance(target)).as("it stays where it was dropped").isLessThan(3);
        assertThat(fx(() -> toFx(pane.centreOf(governance))).distance(governanceAt)).as("the others did not move")
                .isLessThan(1);
        MapPosition p = saved.get(security);
        var drawn = fx(() -> pane.geometry().drawnAt(security));
        assertThat(p.x()).isCloseTo(drawn.getX(), within(1e-6));
        assertThat(p.y()).isCloseTo(drawn.getY(), within(1e-6));
        snapshot("map-dropped.png");

        onProject((Project pr) -> pr.history().undo());
        assertThat(onProject((Project pr) -> pr.map().positions())).as("undo forgets the positions").isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> toFx(pane.centreOf(security))).distance(start) < 1);
        assertThat(status(robot)).isEqualTo("Moved theme 'security vacuum' on the map.");
    }

    @Test
    void clickingAThemeChoosesItEverywhere(FxRobot robot) throws Exception {
        Point2D at = awaitCentre(governance);
        robot.clickOn(screen(at), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Long.valueOf(governance)
                .equals(fx(() -> context.selection().themeProperty().get())));
        assertThat(onProject((Project p) -> p.map().positions())).as("a click moves nothing").isEmpty();
        snapshot("map-chosen.png");
    }

    @Test
    void shiftDraggingFromOneThemeToAnotherLinksThemWithALabel(FxRobot robot) throws Exception {
        Point2D from = awaitCentre(security);
        Point2D to = awaitCentre(instability);
        robot.press(KeyCode.SHIFT);
        robot.drag(screen(from), MouseButton.PRIMARY).moveTo(screen(from.midpoint(to))).moveTo(screen(to));
        robot.release(KeyCode.SHIFT);
        robot.drop();
        TextField label = awaitLabelField(robot);
        robot.clickOn(label);
        robot.write("feeds back into");
        snapshot("map-link-dialog.png");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> linkFrom(security).isPresent());
        assertThat(linkFrom(security).orElseThrow().toThemeId()).isEqualTo(instability);
        assertThat(linkFrom(security).orElseThrow().label()).isEqualTo("feeds back into");
        assertThat(onProject((Project p) -> p.map().positions())).as("linking moves nothing").isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.viewModel().modelProperty().get()
                .arrows().size()) == 2);
        snapshot("map-linked.png");

        // the new link's context menu removes it again
        var arrow = fx(() -> pane.geometry().arrows().stream()
                .filter(a -> a.arrow().from() == security).findFirst().orElseThrow());
        var mid = arrow.line().get(arrow.line().size() / 2);
        var on = new Point2D(mid.getX(), mid.getY());
        if (arrow.labelBox() != null) {
            on = new Point2D(arrow.labelBox().getCenterX(), arrow.labelBox().getCenterY());
        }
        openContextMenu(robot, on);
        String remove = "Remove link 'security vacuum' → 'political instability'";
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(shown(remove)).tryQuery().isPresent());
        snapshot("map-link-menu.png");
        robot.clickOn(robot.lookup(shown(remove)).queryAs(javafx.scene.Node.class),
                org.testfx.robot.Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> linkFrom(security).isEmpty());
    }

    @Test
    void arrangeAutomaticallySavesEveryThemeAsOneStep(FxRobot robot) throws Exception {
        awaitCentre(security);
        robot.clickOn("#map-arrange");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onProject((Project p) -> p.map().positions()).size() == 3);
        assertThat(onProject((Project p) -> p.history().undoLabel())).contains("Arrange the thematic map");
        robot.clickOn("#map-cooccurrence");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.viewModel().showCooccurrenceProperty().get()));
        assertThat(onProject((Project p) -> p.history().undoLabel())).contains("Change the thematic map settings");
        robot.clickOn("#map-codes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.viewModel().modelProperty().get()
                .nodes().stream().allMatch(n -> !n.codes().isEmpty())));
        snapshot("map-codes.png");
    }

    // ---- helpers ----------------------------------------------------------------------------

    private Point2D awaitCentre(long theme) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> pane.centreOf(theme)) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> toFx(pane.centreOf(theme)));
    }

    private static Point2D toFx(java.awt.geom.Point2D p) {
        return p == null ? null : new Point2D(p.getX(), p.getY());
    }

    private Point2D screen(Point2D canvasPoint) throws Exception {
        return fx(() -> pane.canvas().localToScreen(canvasPoint));
    }

    /** A spot on the canvas clear of every theme, to drop onto. */
    private Point2D freeSpot(Point2D from) throws Exception {
        return fx(() -> {
            var g = pane.geometry();
            var plot = g.plot();
            for (double fy = 0.15; fy < 0.9; fy += 0.1) {
                for (double fx = 0.1; fx < 0.95; fx += 0.08) {
                    double x = plot.getX() + fx * plot.getWidth();
                    double y = plot.getY() + fy * plot.getHeight();
                    boolean clear = g.nodes().values().stream().noneMatch(n -> n.box().intersects(x - 60, y - 50, 120, 100));
                    if (clear && new Point2D(x, y).distance(from) > 80) {
                        return new Point2D(x, y);
                    }
                }
            }
            throw new AssertionError("no free spot on the map");
        });
    }

    /**
     * Right-clicks, then delivers the context-menu request the desktop platforms send with a
     * right click: headless Monocle sends none.
     */
    private void openContextMenu(FxRobot robot, Point2D at) throws Exception {
        Point2D onScreen = screen(at);
        Point2D inScene = fx(() -> pane.canvas().localToScene(at)); // the event's x, y are the scene's
        robot.clickOn(onScreen, MouseButton.SECONDARY);
        robot.interact(() -> javafx.event.Event.fireEvent(pane.canvas(), new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(), inScene.getY(),
                onScreen.getX(), onScreen.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A menu item with this text in a window that is showing. */
    private static java.util.function.Predicate<javafx.scene.Node> shown(String text) {
        return n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText()) && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    private TextField awaitLabelField(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#link-label").tryQuery().isPresent());
        return robot.lookup("#link-label").queryAs(TextField.class);
    }

    private java.util.Optional<ThemeLink> linkFrom(long theme) throws Exception {
        return onProject((Project p) -> p.repos().themes.links().stream().filter(l -> l.fromThemeId() == theme).findFirst());
    }

    @FunctionalInterface
    interface ProjectRead<T> {
        T apply(Project p) throws Exception;
    }

    private <T> T onProject(ProjectRead<T> read) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        background.run(() -> {
            try {
                T value = read.apply(project);
                result.complete(value);
                return value;
            } catch (Exception e) {
                result.completeExceptionally(e);
                throw e;
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    /** Saves the stage and any window over it (menus, dialogs) to target/screenshots. */
    private void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = fx(() -> {
            List<Window> windows = new java.util.ArrayList<>();
            windows.add(stage);
            for (Window w : Window.getWindows()) {
                if (w != stage && w.isShowing() && w.getScene() != null) {
                    windows.add(w);
                }
            }
            Bounds all = bounds(stage);
            for (Window w : windows) {
                Bounds b = bounds(w);
                double minX = Math.min(all.getMinX(), b.getMinX());
                double minY = Math.min(all.getMinY(), b.getMinY());
                all = new BoundingBox(minX, minY, Math.max(all.getMaxX(), b.getMaxX()) - minX,
                        Math.max(all.getMaxY(), b.getMaxY()) - minY);
            }
            BufferedImage out = new BufferedImage((int) Math.ceil(all.getWidth()), (int) Math.ceil(all.getHeight()),
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = out.createGraphics();
            g.setColor(new java.awt.Color(0x808080));
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            for (Window w : windows) {
                Bounds b = bounds(w);
                g.drawImage(SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null),
                        (int) (b.getMinX() - all.getMinX()), (int) (b.getMinY() - all.getMinY()), null);
            }
            g.dispose();
            return out;
        });
        File dir = new File("target/screenshots");
        dir.mkdirs();
        ImageIO.write(image, "png", new File(dir, name));
    }

    private static Bounds bounds(Window w) {
        return new BoundingBox(w.getX() + w.getScene().getX(), w.getY() + w.getScene().getY(),
                w.getScene().getWidth(), w.getScene().getHeight());
    }
}
