package org.thematica.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoderColoursTest {
    @Test
    void aCoderWhoChoseNoneIsShownInThePaletteColourOfTheirPlaceInJoiningOrder() {
        List<Coder> coders = List.of(new Coder(7, "g7", "Tom"), new Coder(2, "g2", "Amira"),
                new Coder(9, "g9", "Salma", "#112233"));
        assertThat(CoderColours.of(coders)).containsExactly(
                java.util.Map.entry(2L, CoderColours.PALETTE.get(0)),
                java.util.Map.entry(7L, CoderColours.PALETTE.get(1)),
                java.util.Map.entry(9L, "#112233"));
    }

    @Test
    void theEighthCoderRepeatsTheFirstColour() {
        List<Coder> coders = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            coders.add(new Coder(i, "g" + i, "c" + i));
        }
        assertThat(CoderColours.of(coders).get(8L)).isEqualTo(CoderColours.of(coders).get(1L));
        assertThat(new java.util.HashSet<>(CoderColours.of(coders.subList(0, 7)).values())).hasSize(7);
    }

    @Test
    void coloursAreReadAsHashRrggbbAndAnythingElseIsToldInOneLine() throws Exception {
        assertThat(CoderColours.parse("#e69f00")).isEqualTo("#E69F00");
        assertThat(CoderColours.parse(" 56b4e9 ")).isEqualTo("#56B4E9");
        assertThat(CoderColours.parse("#abc")).isEqualTo("#AABBCC");
        for (String bad : new String[] {"", "red", "#12345", "#1234567", "#GGHHII", null}) {
            assertThatThrownBy(() -> CoderColours.parse(bad)).isInstanceOf(UserError.class)
                    .hasMessageContaining("is not a colour; give it as #RRGGBB").hasMessageNotContaining("\n");
        }
    }
}
