package org.thematica.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.thematica.model.Palette;

class ColourDialogTest {
    @Test
    void thePaletteIsListedOnceInOrder() {
        assertThat(ColourDialog.palette()).hasSize(18).startsWith(Palette.colour(0), Palette.colour(1))
                .doesNotHaveDuplicates();
    }

    @Test
    void coloursAreStoredAsLowerCaseHexWithoutOpacity() {
        assertThat(ColourDialog.hex(Color.web("#E69F00"))).isEqualTo("#e69f00");
        assertThat(ColourDialog.hex(new Color(0, 0.5, 1, 0.3))).isEqualTo("#0080ff");
    }
}
