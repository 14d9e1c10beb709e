package org.thematica.ui;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.thematica.cli.DemoProject;
import org.thematica.model.UserError;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.store.Database;
import org.thematica.store.ExclusivityLostException;
import org.thematica.store.ProjectException;
import org.thematica.ui.common.AppDirs;
import org.thematica.ui.common.Background;
import org.thematica.ui.common.FileDialogs;
import org.thematica.ui.shell.AppActions;
import org.thematica.ui.common.UiPrefs;
import org.thematica.ui.shell.MainView;
import org.thematica.ui.shell.Workbench;

/**
 * The desktop application: one window on one project. Started with a project file it opens
 * that; started without one it opens the demo project, building it on first run.
 */
public final class ThematicaApp extends Application implements AppActions {
    private final UiPrefs prefs = UiPrefs.user();
    private Stage stage;
    private Project project;
    private Workbench workbench;
    private Background background;
    private javafx.animation.Timeline autoBackup;

    /**
     * Runs the app until its window closes. Returns false, having shown nothing, when JavaFX
     * cannot open the display (GTK's "Unable to open DISPLAY": none set, or set but unreachable).
     */
    public static boolean launchWith(String[] args) {
        try {
            Application.launch(ThematicaApp.class, args);
            return true;
        } catch (UnsupportedOperationException e) {
            if ("Unable to open DISPLAY".equals(e.getMessage())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void start(Stage primaryStage) {
        Database.preloadLocking(); // while the window comes up and the project's checks run
        this.stage = primaryStage;
        stage.setTitle("Thematica");
        stage.setScene(new Scene(new StackPane(new Label("Opening…")), 1280, 800));
        stage.getScene().getStylesheets().add(css());
        stage.show();
        org.thematica.ui.common.TextWarmUp.start((float) (Font.getDefault().getSize() * 1.12));
        List<String> args = getParameters().getRaw();
        if (args.isEmpty()) {
            openDemo();
        } else {
            open(Path.of(args.get(0)), Database.Mode.READ_WRITE);
        }
    }

    static String css() {
        return ThematicaApp.class.getResource("app.css").toExternalForm();
    }

    /** Where the demo lives: built from the sources inside the jar on first run. */
    static Path demoFile() {
        return AppDirs.dataDir().resolve("demo.thematica");
    }

    @Override
    public void openDemo() {
        Path demo = demoFile();
        runOffFx(() -> {
            if (!Files.exists(demo)) {
                Files.createDirectories(demo.getParent());
                DemoProject.build(demo, new PrintStream(java.io.OutputStream.nullOutputStream()));
            }
            return demo;
        }, file -> open(file, Database.Mode.READ_WRITE));
    }

    @Override
    public void open(Path file) {
        open(file, Database.Mode.READ_WRITE);
    }

    @Override
    public void openProject() {
        FileChooser chooser = chooser("Open a Thematica project");
        java.io.File file = FileDialogs.open(chooser, stage, this::afterFileDialog);
        if (file != null) {
            open(file.toPath(), Database.Mode.READ_WRITE);
        }
    }

    @Override
    public void newProject() {
        FileChooser chooser = chooser("Create a new Thematica project");
        java.io.File file = FileDialogs.save(chooser, stage, this::afterFileDialog);
        if (file == null) {
            return;
        }
        Path path = file.toPath().getFileName().toString().endsWith(Database.EXTENSION) ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + Database.EXTENSION);
        runOffFx(() -> Project.create(path, settings()), this::show);
    }

    @Override
    public void quit() {
        closeProject();
        Platform.exit();
    }

    @Override
    public void stop() {
        closeProject();
    }

    /** The open project, if any, renews its locks after one of our file dialogs (see FileDialogs). */
    private void afterFileDialog() {
        if (workbench != null) {
            workbench.context().afterFileDialog();
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Thematica projects", "*.thematica"));
        return chooser;
    }

    /** The coder last chosen in File ▸ Coder…, else THEMATICA_CODER or the login name. */
    private static Settings settings() {
        String chosen = UiPrefs.user().coderName();
        return Settings.forUser(chosen != null && !chosen.isBlank() ? chosen : Settings.defaultCoderName());
    }

    /** Opens a project off the FX thread; a project open elsewhere may be opened read-only. */
    void open(Path file, Database.Mode mode) {
        runOffFx(() -> Project.open(file, mode, settings()), this::show, error -> {
            if (error instanceof ProjectException pe && pe.reason() == ProjectException.Reason.LOCKED
                    && mode == Database.Mode.READ_WRITE) {
                Alert ask = new Alert(Alert.AlertType.CONFIRMATION, pe.getMessage() + "\n\nOpen it read-only?",
                        ButtonType.YES, ButtonType.NO);
                ask.setHeaderText("This project is already open");
                ask.initOwner(stage);
                Optional<ButtonType> answer = ask.showAndWait();
                if (answer.isPresent() && answer.get() == ButtonType.YES) {
                    open(file, Database.Mode.READ_ONLY);
                }
            } else if (error instanceof ProjectException pe && pe.reason() == ProjectException.Reason.READ_ONLY
                    && mode == Database.Mode.READ_WRITE) {
                showError("This project is read-only here", pe);
                open(file, Database.Mode.READ_ONLY);
            } else if (error instanceof ProjectException pe && pe.reason() == ProjectException.Reason.DAMAGED
                    && mode == Database.Mode.READ_WRITE) {
                offerBackup(file, pe);
            } else {
                showError("Cannot open the project", error);
            }
        });
    }

    /**
     * A damaged project cannot be opened, so its File ▸ Backups cannot be reached: offer its
     * latest good backup here. The damaged file is kept among the backups, byte for byte.
     */
    private void offerBackup(Path file, ProjectException damage) {
        runOffFx(() -> org.thematica.store.SchemaCheck.of(file), differences -> {
            if (!differences.isEmpty()) {
                offerRepair(file, differences);
            } else {
                offerLatestGood(file, damage);
            }
        }, e -> offerLatestGood(file, damage));
    }

    /**
     * A project whose schema is not Thematica's (a trigger or view added, one of ours altered) is
     * refused before anything of it runs; the way out is the same repair the command line offers:
     * a backup first, then the foreign objects removed and ours rebuilt, every row kept.
     */
    private void offerRepair(Path file, java.util.List<org.thematica.store.SchemaCheck.Difference> differences) {
        StringBuilder what = new StringBuilder();
        differences.stream().limit(8).forEach(d -> what.append("• ").append(d.problem()).append(": will ")
                .append(d.remedy()).append('\n'));
        if (differences.size() > 8) {
            what.append("• and ").append(differences.size() - 8).append(" more\n");
        }
        ButtonType repair = new ButtonType("Back up and repair", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.WARNING, file.getFileName() + " was changed by another program, and"
                + " Thematica runs nothing of it until it is repaired:\n\n" + what + "\nA backup is made first; no"
                + " document, coding, memo or theme is removed.", repair, ButtonType.CANCEL);
        ask.setHeaderText("This project is not as Thematica made it");
        ask.initOwner(stage);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isPresent() && answer.get() == repair) {
            runOffFx(() -> org.thematica.store.SchemaRepair.repair(file, java.time.Instant.now()),
                    done -> open(file, Database.Mode.READ_WRITE), e -> showError("The project could not be repaired", e));
        }
    }

    private void offerLatestGood(Path file, ProjectException damage) {
        runOffFx(() -> org.thematica.store.Backups.latestGood(file), good -> {
            if (good.isEmpty()) {
                showError("Cannot open the project", damage);
                return;
            }
            var backup = good.get();
            String when = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm")
                    .withZone(java.time.ZoneId.systemDefault()).format(backup.time());
            ButtonType restore = new ButtonType("Restore backup", ButtonBar.ButtonData.OK_DONE);
            String what = damage.getMessage();
            String hint = "; " + Database.restoreHint(file); // what this offer does
            Alert ask = new Alert(Alert.AlertType.WARNING, (what.endsWith(hint)
                    ? what.substring(0, what.length() - hint.length()) + "." : what)
                    + "\n\nRestore its latest good backup,"
                    + " made " + when + "? Work done after that is not in it. The damaged file is kept among the"
                    + " backups, so nothing is thrown away.", restore, ButtonType.CANCEL);
            ask.setHeaderText("This project is damaged");
            ask.initOwner(stage);
            Optional<ButtonType> answer = ask.showAndWait();
            if (answer.isPresent() && answer.get() == restore) {
                runOffFx(() -> org.thematica.store.Backups.restore(file, backup.file(), java.time.Instant.now()),
                        kept -> open(file, Database.Mode.READ_WRITE), e -> showError("Cannot restore the backup", e));
            }
        }, e -> showError("Cannot open the project", damage));
    }

    private void show(Project opened) {
        closeProject();
        project = opened;
        background = new Background(this::showFailure);
        workbench = new Workbench(project, background);
        MainView view = new MainView(workbench, this, prefs);
        Scene scene = new Scene(view, stage.getScene().getWidth(), stage.getScene().getHeight());
        scene.getStylesheets().add(css());
        view.applyLook(scene);
        stage.setScene(scene);
        org.thematica.ui.shell.StartupReport.watch(scene, workbench);
        stage.titleProperty().bind(workbench.model().titleProperty());
        workbench.activate();
        prefs.opened(project.file());
        project.notice().ifPresent(n -> showError("Opened with a warning", new UserError(n)));
        if (!project.isReadOnly()) {
            Project opened2 = project;
            background.run(() -> opened2.backUp("open"));
            // every ten minutes, a backup if anything changed since the last one
            autoBackup = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.minutes(10),
                    e -> background.run(() -> opened2.backUp("auto"))));
            autoBackup.setCycleCount(javafx.animation.Animation.INDEFINITE);
            autoBackup.play();
        }
    }

    @Override
    public void backups() {
        if (project == null) {
            return;
        }
        Path file = project.file();
        org.thematica.ui.shell.BackupsDialog.show(stage, file, project.isReadOnly() ? () -> { } : () -> background.run(
                () -> project.backUp("manual"), made -> workbench.context().say(made.map(b -> "Backed up to "
                        + b.file().getFileName() + ".").orElse("The newest backup already holds every change."))),
                chosen -> restore(file, chosen.file()));
    }

    /** Closes the project, puts the backup in its place, and opens it again. */
    private void restore(Path file, Path backup) {
        closeProject();
        runOffFx(() -> org.thematica.store.Backups.restore(file, backup, java.time.Instant.now()),
                saved -> open(file, Database.Mode.READ_WRITE),
                error -> {
                    showError("The backup could not be restored", error);
                    open(file, Database.Mode.READ_WRITE);
                });
    }

    private void closeProject() {
        if (autoBackup != null) {
            autoBackup.stop();
            autoBackup = null;
        }
        if (background != null && project != null && !project.isReadOnly()) {
            Project closing = project;
            background.run(() -> closing.backUp("close"));
        }
        if (workbench != null) {
            workbench.dispose();
            workbench = null;
            stage.titleProperty().unbind();
        }
        if (background != null) {
            background.close();
        }
        if (project != null) {
            Project closing = project;
            project = null;
            closing.close();
        }
    }

    /** Work for the moments when no project thread exists yet (opening, creating). */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws Exception;
    }

    private <T> void runOffFx(Work<T> work, java.util.function.Consumer<T> then) {
        runOffFx(work, then, e -> showError("Cannot open the project", e));
    }

    private <T> void runOffFx(Work<T> work, java.util.function.Consumer<T> then,
                              java.util.function.Consumer<Throwable> failed) {
        Thread t = new Thread(() -> {
            try {
                T result = work.run();
                Platform.runLater(() -> then.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> failed.accept(e));
            }
        }, "thematica-open");
        t.setDaemon(true);
        t.start();
    }

    /** A failure of the project thread; a project that stopped saving says so and shows itself read-only. */
    private void showFailure(Throwable error) {
        if (error instanceof ExclusivityLostException) {
            if (workbench != null) {
                workbench.model().refresh();
            }
            showError("This project is no longer being saved", error);
        } else {
            showError("Something went wrong", error);
        }
    }

    void showError(String header, Throwable error) {
        String message = error instanceof UserError || error instanceof ProjectException
                || error instanceof ExclusivityLostException ? error.getMessage() : error.toString();
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }

    /** For tests: the workbench once a project is shown. */
    Workbench workbench() {
        return workbench;
    }
}
