package org.thematica.ui.common;

import java.nio.file.Path;
import java.util.Locale;

/** Where Thematica keeps its own files (the demo project, later settings and backups). */
public final class AppDirs {
    private AppDirs() {
    }

    /**
     * {@code THEMATICA_HOME} if set; otherwise the platform's place for application data:
     * ~/.local/share/thematica (or $XDG_DATA_HOME), ~/Library/Application Support/Thematica,
     * or %APPDATA%\Thematica.
     */
    public static Path dataDir() {
        String override = System.getenv("THEMATICA_HOME");
        if (override == null || override.isBlank()) {
            override = System.getProperty("thematica.home");
        }
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "Thematica") : home.resolve("AppData/Roaming/Thematica");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Thematica");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "thematica") : home.resolve(".local/share/thematica");
    }
}
