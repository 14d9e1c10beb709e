package org.thematica.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.analysis.ThemeCaseMatrix.Measure;
import org.thematica.export.FigureExporter;
import org.thematica.export.TableWriter;
import org.thematica.figure.MatrixFigure;
import org.thematica.figure.PaletteMode;
import org.thematica.model.DocumentKind;
import org.thematica.service.Project;
import org.thematica.service.RetrievalService.Passage;
import org.thematica.testing.MatrixFixture;
import org.thematica.ui.common.Background;
import org.thematica.ui.figures.ExportDialog;
import org.thematica.ui.retrieval.PassagesPane;
import org.thematica.ui.workbench.PassageRequest;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The matrix view beside the Passages view on {@link MatrixFixture}, headless: it shows the
 * matrix, follows a new coding, and a click on a cell lists that cell's passages.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixPaneTest {
    @TempDir
    Path dir;
    Project project;
    Background background;
    WorkbenchContext context;
    MatrixPane matrix;
    PassagesPane passages;
    Stage stage;
    final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        project = MatrixFixture.create(dir);
        background = new Background(errors::add);
        context = new WorkbenchContext(project, background);
        matrix = new MatrixPane(context);
        passages = new PassagesPane(context);
        SplitPane split = new SplitPane(matrix.node(), passages.node());
        split.setDividerPositions(0.58);
        Scene scene = new Scene(split, 1200, 480);
        scene.getStylesheets().add(getClass().getResource("/org/thematica/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        matrix.activate();
        passages.activate();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            matrix.deactivate();
            passages.deactivate();
            context.dispose();
        }).get(10, TimeUnit.SECONDS);
        idle();
        background.close();
        project.close();
        assertThat(errors).as("no failure reached the user").isEmpty();
    }

    private void idle() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        background.run(() -> null, x -> done.countDown());
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private MatrixFigure figure() {
        return matrix.model().figureProperty().get();
    }

    /** The value shown in a cell, by row and column label ("All" for the last column). */
    private double value(String row, String column) {
        MatrixFigure f = figure();
        int r = f.matrix().rows().stream().map(x -> x.name()).toList().indexOf(row);
        int c = column.equals("All") ? f.matrix().columns().size()
                : f.matrix().columns().stream().map(x -> x.label()).toList().indexOf(column);
        assertThat(r).as(row).isNotNegative();
        assertThat(c).as(column).isNotNegative();
        return c == f.matrix().columns().size() ? f.matrix().total(r).value(f.matrix().spec().measure())
                : f.matrix().value(r, c);
    }

    /** Clicks the middle of a cell, as a user would. */
    private void clickCell(FxRobot robot, int row, int column) throws Exception {
        Point2D screen = WaitForAsyncUtils.asyncFx(() -> {
            MatrixFigure f = figure();
            Rectangle2D cell = f.layout(matrix.canvas().figureBounds(), matrix.style())
                    .cell(row, column);
            return matrix.canvas().localToScreen(cell.getCenterX(), cell.getCenterY());
        }).get(10, TimeUnit.SECONDS);
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<Passage> passageTable(FxRobot robot) {
        return robot.lookup("#passages-table").queryAs(TableView.class);
    }

    private BufferedImage snapshot(String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        File shots = new File("target/screenshots");
        shots.mkdirs();
        ImageIO.write(png, "png", new File(shots, name));
        return png;
    }

    private long theme(String name) {
        return project.repos().themes.byName(name).orElseThrow().id();
    }

    @Test
    void showsTheMatrixAndFollowsANewCoding(FxRobot robot) throws Exception {
        waitFor(() -> figure() != null);
        assertThat(value("foreign influence", "security expert")).isEqualTo(5);
        assertThat(value("foreign influence", "(no role)")).isZero();
        assertThat(robot.lookup("#matrix-hint").queryLabeled().getText()).isEqualTo("Click a cell to list its passages.");
        snapshot("matrix.png");

        background.run(() -> project.coding().codeMatch("P05 Dana", "foreign money", "Dana said", 1, null));
        waitFor(() -> value("foreign influence", "(no role)") == 1);
        assertThat(value("foreign influence", "All")).isEqualTo(10);
        snapshot("matrix-after-coding.png");

        // the cells' measure, chosen in the view
        robot.clickOn("#matrix-measure");
        robot.clickOn("Share of documents");
        waitFor(() -> figure().matrix().spec().measure() == Measure.DOCUMENT_SHARE);
        assertThat(value("security vacuum", "security expert")).isEqualTo(1.0);
        snapshot("matrix-shares.png");
    }

    @Test
    void clickingACellListsItsPassages(FxRobot robot) throws Exception {
        waitFor(() -> figure() != null && matrix.canvas().figureBounds().getWidth() > 0);
        clickCell(robot, 0, 2); // foreign influence × security expert: c6 c7 c8 c16 c9
        assertThat(context.selection().themeProperty().get()).isEqualTo(theme("foreign influence"));
        assertThat(context.selection().passageFilterProperty().get())
                .isEqualTo(new PassageRequest("role", "security expert", DocumentKind.INTERVIEW));
        waitFor(() -> passageTable(robot).getItems().size() == 5);
        assertThat(passageTable(robot).getItems()).extracting(p -> p.document())
                .containsOnly("P02 Layla", "P03 Joint");
        assertThat(context.messageProperty().get())
                .isEqualTo("Passages of theme 'foreign influence' with role = security expert: 5 coded passages "
                        + "(distinct; 2 coders) in 2 documents.");
        snapshot("matrix-click.png");

        // one column per case: Karim's cell lists only what Karim said
        robot.interact(() -> matrix.model().columnsProperty().set(MatrixViewModel.Columns.CASES));
        waitFor(() -> figure().matrix().spec().attribute() == null);
        int karim = figure().matrix().columns().stream().map(c -> c.label()).toList().indexOf("Karim");
        clickCell(robot, 1, karim); // security vacuum × Karim: c1 c5
        assertThat(context.selection().passageFilterProperty().get())
                .isEqualTo(new PassageRequest("case", "Karim", DocumentKind.INTERVIEW));
        waitFor(() -> passageTable(robot).getItems().size() == 2);
        assertThat(passageTable(robot).getItems()).extracting(p -> p.coding().text())
                .containsExactly("The militias took the streets.", "The state was absent for years.");
        BufferedImage shot = snapshot("matrix-cases.png");
        Point2D corner = WaitForAsyncUtils.asyncFx(() -> matrix.canvas().localToScene(3, 3)).get(10, TimeUnit.SECONDS);
        assertThat(new java.awt.Color(shot.getRGB((int) corner.getX(), (int) corner.getY())))
                .as("a repainted figure keeps its white page").isEqualTo(java.awt.Color.WHITE);

        // the "All" column: every passage of the theme in interviews
        clickCell(robot, 1, figure().matrix().columns().size());
        waitFor(() -> passageTable(robot).getItems().size() == 10);
        assertThat(context.selection().passageFilterProperty().get())
                .isEqualTo(new PassageRequest(null, null, DocumentKind.INTERVIEW));
    }

    @Test
    void oneCodersCellsCountTheirCodingsListTheirPassagesAndAreSavedWithTheFigure(FxRobot robot) throws Exception {
        waitFor(() -> figure() != null && matrix.canvas().figureBounds().getWidth() > 0);
        assertThat(figure().legend()).isEqualTo("Cells: coded passages in interviews (distinct; 2 coders)");
        robot.clickOn("#matrix-coder");
        robot.clickOn("By Amira");
        waitFor(() -> "Amira".equals(figure().matrix().spec().passages().coder()));
        assertThat(value("foreign influence", "security expert")).as("c8").isEqualTo(1);
        assertThat(value("foreign influence", "All")).as("c2, c8").isEqualTo(2);
        assertThat(figure().legend()).isEqualTo("Cells: passages coded by Amira in interviews");
        snapshot("matrix-one-coder.png");

        clickCell(robot, 0, 2);
        assertThat(context.selection().passageFilterProperty().get())
                .isEqualTo(new PassageRequest("role", "security expert", DocumentKind.INTERVIEW, "Amira"));
        waitFor(() -> passageTable(robot).getItems().size() == 1);
        assertThat(passageTable(robot).getItems()).extracting(p -> p.coding().text())
                .containsExactly("Checkpoints everywhere");
        assertThat(context.messageProperty().get()).isEqualTo("Passages of theme 'foreign influence' with role = "
                + "security expert: 1 passage coded by Amira in 1 document.");
        assertThat(matrix.model().settings().options()).containsEntry("coded-by", "Amira");

        robot.interact(() -> matrix.model().exportTables(TableWriter.Format.MD, dir));
        waitFor(() -> Files.exists(dir.resolve("theme-summary.md")));
        idle();
        assertThat(context.messageProperty().get()).endsWith(", counting Amira's codings only.");
        assertThat(Files.readString(dir.resolve("theme-summary.md"))).contains("| Passages coded by Amira |");
    }

    @Test
    void exportsTheFigureWithItsChoicesAndTheTables(FxRobot robot) throws Exception {
        waitFor(() -> figure() != null);
        robot.interact(() -> matrix.model().rowsProperty().set(org.thematica.analysis.ThemeCaseMatrix.Rows.CODES));
        waitFor(() -> figure().matrix().rows().size() == 4);
        Path png = dir.resolve("matrix.png");
        var settings = matrix.model().settings().withLook(PaletteMode.GRAYSCALE, "Codes by role", "", 453, 300, 150);
        robot.interact(() -> ExportDialog.export(context, matrix.model().source(), settings,
                FigureExporter.Format.PNG, png));
        waitFor(() -> Files.exists(png));
        idle();
        // saved with the project: the command line rebuilds the same figure, the view follows the look
        assertThat(project.figureSettings().load("theme-matrix", matrix.model().source().defaults()).option("rows", ""))
                .isEqualTo("codes");
        waitFor(() -> matrix.model().settings().palette() == PaletteMode.GRAYSCALE);
        assertThat(matrix.model().settings().title()).isEqualTo("Codes by role");

        robot.interact(() -> matrix.model().exportTables(TableWriter.Format.MD, dir));
        waitFor(() -> Files.exists(dir.resolve("codebook.md")) && Files.exists(dir.resolve("theme-summary.md")));
        idle();
        assertThat(context.messageProperty().get()).startsWith("Wrote theme-summary.md and codebook.md to ");
        snapshot("matrix-grayscale.png");
    }
}
