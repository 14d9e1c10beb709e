package org.thematica.ui.shell;

/** What the window asks of the application: switching projects and quitting. */
public interface AppActions {
    void newProject();

    void openProject();

    void openDemo();

    void open(java.nio.file.Path project);

    /** File ▸ Backups: list, back up now, restore. */
    void backups();

    void quit();
}
