package org.thematica.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs, per user: recent projects, the pane layout, the text
 * size and the colour theme (java.util.prefs; nothing of this is part of a project).
 */
public final class UiPrefs {
    private static final int RECENT = 8;
    private final Preferences node;

    public UiPrefs(Preferences node) {
        this.node = node;
    }

    public static UiPrefs user() {
        String override = System.getProperty("thematica.prefs");
        return new UiPrefs(Preferences.userRoot().node(override != null ? override : "org/thematica/ui"));
    }

    /** Recent project files that still exist, newest first. */
    public List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null && Files.exists(Path.of(p))) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    public void opened(Path project) {
        List<Path> recent = recentProjects();
        Path absolute = project.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        for (int i = 0; i < RECENT; i++) {
            if (i < recent.size()) {
                node.put("recent." + i, recent.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        flush();
    }

    public double[] dividers(String key, double... defaults) {
        double[] out = defaults.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = node.getDouble("dividers." + key + "." + i, defaults[i]);
        }
        return out;
    }

    public void saveDividers(String key, double[] positions) {
        for (int i = 0; i < positions.length; i++) {
            node.putDouble("dividers." + key + "." + i, positions[i]);
        }
        flush();
    }

    /** Text size in points (the whole window scales with it). */
    public double fontSize() {
        return node.getDouble("fontSize", 13);
    }

    public void fontSize(double size) {
        node.putDouble("fontSize", size);
        flush();
    }

    /** The coder chosen in File ▸ Coder…, or null: then THEMATICA_CODER or the login name. */
    public String coderName() {
        return node.get("coder", null);
    }

    /** Remembers the chosen coder; null forgets the choice. */
    public void coderName(String name) {
        if (name == null) {
            node.remove("coder");
        } else {
            node.put("coder", name);
        }
        flush();
    }

    public boolean dark() {
        return node.getBoolean("dark", false);
    }

    public void dark(boolean dark) {
        node.putBoolean("dark", dark);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // preferences are a comfort, not data: losing them is harmless
        }
    }
}
