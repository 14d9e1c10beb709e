package org.thematica;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** When the launcher decides, before touching JavaFX, that no window can be opened. */
class LauncherTest {
    private static Properties on(String os, String... keyValues) {
        Properties p = new Properties();
        p.setProperty("os.name", os);
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void onLinuxADisplayNeedsX11OrWaylandOrAHeadlessGlassPlatform() {
        assertThat(Launcher.hasDisplay(Map.of(), on("Linux"))).isFalse();
        assertThat(Launcher.hasDisplay(Map.of("DISPLAY", " "), on("Linux"))).isFalse();
        assertThat(Launcher.hasDisplay(Map.of("DISPLAY", ":0"), on("Linux"))).isTrue();
        assertThat(Launcher.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), on("Linux"))).isTrue();
        assertThat(Launcher.hasDisplay(Map.of(), on("Linux", "glass.platform", "Monocle"))).isTrue();
    }

    @Test
    void windowsAndMacOsAlwaysHaveOne() {
        assertThat(Launcher.hasDisplay(Map.of(), on("Windows 11"))).isTrue();
        assertThat(Launcher.hasDisplay(Map.of(), on("Mac OS X"))).isTrue();
    }
}
