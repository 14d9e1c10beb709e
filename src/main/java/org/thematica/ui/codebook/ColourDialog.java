package org.thematica.ui.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.thematica.model.Palette;

/** Recolour a code or theme: the project palette as swatches, and a free colour picker. */
public final class ColourDialog {
    private ColourDialog() {
    }

    static Optional<String> ask(Window owner, String header, String current) {
        Dialog<String> dialog = CodebookDialogs.dialog(owner, "Colour", header);
        ButtonType ok = new ButtonType("Use colour", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        ColorPicker picker = new ColorPicker(parse(current));
        picker.setId("colour-picker");
        FlowPane swatches = new FlowPane(4, 4);
        swatches.setPrefWrapLength(9 * 30);
        for (String colour : palette()) {
            Rectangle chip = new Rectangle(18, 18, Color.web(colour));
            chip.setArcWidth(4);
            chip.setArcHeight(4);
            Button swatch = new Button(null, chip);
            swatch.getStyleClass().add("palette-swatch");
            swatch.setId("swatch-" + colour.substring(1));
            swatch.setTooltip(new Tooltip(colour));
            swatch.setOnAction(e -> picker.setValue(Color.web(colour)));
            swatches.getChildren().add(swatch);
        }
        Label note = CodebookDialogs.hint();
        note.setText("The first eight colours are told apart by colour-blind readers too.");
        HBox custom = new HBox(8, new Label("Colour:"), picker);
        custom.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(8, swatches, note, custom));
        dialog.setResultConverter(b -> b == ok ? hex(picker.getValue()) : null);
        return dialog.showAndWait();
    }

    /** The palette in order; {@link Palette#colour} wraps around, so stop at the first repeat. */
    static List<String> palette() {
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < 64 && (i == 0 || !Palette.colour(i).equals(Palette.colour(0))); i++) {
            colours.add(Palette.colour(i));
        }
        return colours;
    }

    /** #rrggbb, as the project stores colours (opacity is dropped). */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static Color parse(String colour) {
        try {
            return Color.web(colour);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Color.GRAY;
        }
    }
}
