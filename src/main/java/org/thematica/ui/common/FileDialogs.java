package org.thematica.ui.common;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Every file and folder dialog of the app opens through here. A native dialog runs inside our
 * process and reads the files of the folder it shows (GTK opens each one to guess its type),
 * the open project's files included. On Linux and macOS closing them drops the POSIX locks
 * SQLite holds on the project, so afterwards, whatever the user chose, {@code afterwards} runs:
 * the open project takes its locks afresh. {@code LayerTest} keeps dialogs from bypassing this.
 */
public final class FileDialogs {
    private FileDialogs() {
    }

    public static File open(FileChooser chooser, Window owner, Runnable afterwards) {
        return around(() -> chooser.showOpenDialog(owner), afterwards);
    }

    public static List<File> openMultiple(FileChooser chooser, Window owner, Runnable afterwards) {
        return around(() -> chooser.showOpenMultipleDialog(owner), afterwards);
    }

    public static File save(FileChooser chooser, Window owner, Runnable afterwards) {
        return around(() -> chooser.showSaveDialog(owner), afterwards);
    }

    public static File folder(DirectoryChooser chooser, Window owner, Runnable afterwards) {
        return around(() -> chooser.showDialog(owner), afterwards);
    }

    private static <T> T around(Supplier<T> dialog, Runnable afterwards) {
        try {
            return dialog.get();
        } finally {
            afterwards.run();
        }
    }
}
