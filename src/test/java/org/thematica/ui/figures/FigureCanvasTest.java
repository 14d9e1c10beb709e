package org.thematica.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureStyle;

/** The canvas paints the same page however often it repaints. */
@ExtendWith(ApplicationExtension.class)
class FigureCanvasTest {
    static final Figure RED_SQUARE = new Figure() {
        @Override
        public String name() {
            return "red-square";
        }

        @Override
        public void paint(Graphics2D g, Rectangle2D b, FigureStyle style) {
            g.setColor(Color.RED);
            g.fill(new Rectangle2D.Double(b.getX() + 10, b.getY() + 10, 50, 50));
        }
    };

    private final FigureCanvas canvas = new FigureCanvas();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(canvas), 300, 200));
        stage.show();
    }

    @Test
    void aRepaintStartsFromAWhitePageWhateverTheLastPaintLeftBehind() throws Exception {
        for (int i = 0; i < 3; i++) {
            String corner = WaitForAsyncUtils.asyncFx(() -> {
                canvas.show(RED_SQUARE, FigureStyle.plain());
                WritableImage image = canvas.picture().snapshot(null, null);
                return image.getPixelReader().getColor(2, 2) + " " + image.getPixelReader().getColor(40, 40);
            }).get(10, TimeUnit.SECONDS);
            assertThat(corner).as("paint " + i + ": margin white, square red").isEqualTo("0xffffffff 0xff0000ff");
        }
    }
}
