package org.thematica.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.thematica.store.Backups;
import org.thematica.store.Backups.Backup;

/**
 * File ▸ Backups: the project's rolling backups, newest first, to restore one. Restoring closes
 * the project, puts the backup in its place (keeping the current state as a backup too, so
 * the restore can be undone the same way) and opens it again.
 */
public final class BackupsDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private BackupsDialog() {
    }

    public static void show(Window owner, Path project, Runnable backUpNow, Consumer<Backup> restore) {
        List<Backup> backups;
        try {
            backups = Backups.list(project);
        } catch (IOException e) {
            new Alert(Alert.AlertType.ERROR, "The backups folder cannot be read: " + e.getMessage()).showAndWait();
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Backups");
        dialog.setHeaderText("Backups of " + project.getFileName());
        ListView<Backup> list = new ListView<>();
        list.setId("backups-list");
        list.getItems().setAll(backups);
        list.setPrefSize(520, 260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : TIME.format(b.time()) + "   " + reason(b.reason()) + "   "
                        + String.format("%.1f MB", b.bytes() / 1e6));
            }
        });
        Label where = new Label("Kept in " + Backups.folderOf(project) + " (the newest " + Backups.KEEP + ").");
        where.getStyleClass().add("muted");
        where.setWrapText(true);
        Label empty = new Label("No backups yet. Thematica makes one when it opens a project, every ten minutes of"
                + " work, and when it closes.");
        empty.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, backups.isEmpty() ? empty : list, where));
        ButtonType now = new ButtonType("Back up now", ButtonBar.ButtonData.LEFT);
        ButtonType restoreButton = new ButtonType("Restore…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(now, restoreButton, ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(restoreButton).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        ButtonType answer = dialog.showAndWait().orElse(ButtonType.CLOSE);
        if (answer == now) {
            backUpNow.run();
        } else if (answer == restoreButton) {
            Backup chosen = list.getSelectionModel().getSelectedItem();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "The project will close, this backup from "
                    + TIME.format(chosen.time()) + " will take its place, and the project will open again.\n\nThe"
                    + " current state is kept as a backup, so you can go back to it the same way.", ButtonType.OK,
                    ButtonType.CANCEL);
            confirm.setHeaderText("Restore this backup?");
            confirm.initOwner(owner);
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
                restore.accept(chosen);
            }
        }
    }

    static String reason(String reason) {
        return switch (reason) {
            case "open" -> "when opened";
            case "auto" -> "while working";
            case "close" -> "when closed";
            case "manual" -> "made by hand";
            case "before-restore" -> "before a restore";
            case "damaged" -> "damaged file, kept";
            default -> reason;
        };
    }
}
