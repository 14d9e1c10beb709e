package org.thematica.ui.codebook;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves what a user would see to target/screenshots: the stage and every window open over it
 * (context menus, tooltips, dialogs), each drawn at its place on the screen.
 */
final class Snapshots {
    private Snapshots() {
    }

    static File save(Window stage, String name) throws Exception {
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> compose(stage)).get(20, TimeUnit.SECONDS);
        File dir = new File("target/screenshots");
        dir.mkdirs();
        File file = new File(dir, name);
        ImageIO.write(image, "png", file);
        return file;
    }

    private static BufferedImage compose(Window stage) {
        List<Window> windows = new ArrayList<>();
        windows.add(stage);
        for (Window w : Window.getWindows()) {
            if (w != stage && w.isShowing() && w.getScene() != null) {
                windows.add(w);
            }
        }
        Bounds all = contentBounds(stage);
        for (Window w : windows) {
            Bounds b = contentBounds(w);
            all = new BoundingBox(Math.min(all.getMinX(), b.getMinX()), Math.min(all.getMinY(), b.getMinY()),
                    Math.max(all.getMaxX(), b.getMaxX()) - Math.min(all.getMinX(), b.getMinX()),
                    Math.max(all.getMaxY(), b.getMaxY()) - Math.min(all.getMinY(), b.getMinY()));
        }
        BufferedImage out = new BufferedImage((int) Math.ceil(all.getWidth()), (int) Math.ceil(all.getHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new java.awt.Color(0x80, 0x80, 0x80));
        g.fillRect(0, 0, out.getWidth(), out.getHeight()); // the "desktop" around the windows
        for (Window w : windows) {
            Bounds b = contentBounds(w);
            BufferedImage img = SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null);
            g.drawImage(img, (int) (b.getMinX() - all.getMinX()), (int) (b.getMinY() - all.getMinY()), null);
        }
        g.dispose();
        return out;
    }

    private static Bounds contentBounds(Window w) {
        return new BoundingBox(w.getX() + w.getScene().getX(), w.getY() + w.getScene().getY(),
                w.getScene().getWidth(), w.getScene().getHeight());
    }
}
