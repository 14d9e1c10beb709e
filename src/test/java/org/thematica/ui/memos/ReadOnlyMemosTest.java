package org.thematica.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.model.MemoTarget;
import org.thematica.service.Project;
import org.thematica.store.Database;
import org.thematica.testing.TestProjects;
import org.thematica.ui.common.Background;
import org.thematica.ui.documents.DocumentsPane;
import org.thematica.ui.documents.DocumentsViewModel;
import org.thematica.ui.workbench.WorkbenchContext;

/** A project open read-only: memos can be read, and nothing offers to change them or the documents. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyMemosTest {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private Project project;
    private Background background;
    private WorkbenchContext context;
    private DocumentsPane documents;
    private MemosPane memos;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("memos-read-only");
        try (Project writer = TestProjects.create(dir)) {
            TestProjects.importText(writer, dir, "P01.txt", "Karim: the army left.\n");
            writer.memos().add(MemoTarget.PROJECT, 0, "Day 1", "Read, not written.");
        }
        project = Project.open(dir.resolve("test.thematica"), Database.Mode.READ_ONLY, TestProjects.laterSession());
        background = new Background(errors::add);
        context = new WorkbenchContext(project, background);
        documents = new DocumentsPane(new DocumentsViewModel(context));
        memos = new MemosPane(context);
        stage.setScene(new Scene(new HBox(documents, memos), 900, 320));
        stage.show();
        documents.activate();
        memos.activate();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            memos.deactivate();
            documents.deactivate();
            context.dispose();
        }).get(10, TimeUnit.SECONDS);
        java.util.concurrent.CompletableFuture<Void> idle = new java.util.concurrent.CompletableFuture<>();
        background.run(() -> idle.complete(null));
        idle.get(10, TimeUnit.SECONDS); // the project thread has finished its reads
        background.close();
        project.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void memosCanBeReadButNotWrittenAndDocumentsCannotBeChanged(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#memo-text").queryAs(TextArea.class)
                .getText().equals("Read, not written."));
        assertThat(robot.lookup("#memo-text").queryAs(TextArea.class).isEditable()).isFalse();
        assertThat(robot.lookup("#memos-new").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#memo-delete").queryButton().isDisabled()).isTrue();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".document-name").tryQuery().isPresent());
        Label name = robot.lookup(".document-name").query();
        javafx.scene.Node cell = name;
        while (!(cell instanceof TreeCell<?>)) {
            cell = cell.getParent();
        }
        assertThat(((TreeCell<?>) cell).getContextMenu().getItems()).filteredOn(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem))
                .extracting(MenuItem::getText, MenuItem::isDisable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Memos on this document…", false),
                        org.assertj.core.groups.Tuple.tuple("Rename…", true),
                        org.assertj.core.groups.Tuple.tuple("Make secondary source", true),
                        org.assertj.core.groups.Tuple.tuple("Delete…", true));

        robot.clickOn(name).type(KeyCode.F2);
        assertThat(context.messageProperty().get()).isEqualTo("This project is open read-only.");
    }
}
