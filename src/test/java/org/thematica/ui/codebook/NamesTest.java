package org.thematica.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    private final List<String> taken = List.of("militias", "army collapse");

    @Test
    void aFreshNameIsAccepted() {
        assertThat(Names.problem("  displacement ", null, taken, "code")).isNull();
    }

    @Test
    void aBlankNameIsRefusedWithTheKindOfThing() {
        assertThat(Names.problem("   ", null, taken, "theme")).isEqualTo("A theme needs a name.");
        assertThat(Names.problem(null, null, taken, "code")).isEqualTo("A code needs a name.");
    }

    @Test
    void aNameInUseIsRefusedButKeepingYourOwnNameIsNot() {
        assertThat(Names.problem("militias", null, taken, "code")).isEqualTo("There is already a code named 'militias'.");
        assertThat(Names.problem("militias ", "militias", taken, "code")).isNull();
        assertThat(Names.problem("army collapse", "militias", taken, "code"))
                .isEqualTo("There is already a code named 'army collapse'.");
    }

    @Test
    void namesThatDifferOnlyInCapitalsAreRefusedButRecapitalisingYourOwnIsNot() {
        assertThat(Names.problem("Militias", null, taken, "code"))
                .isEqualTo("There is already a code named 'militias'; names should differ by more than capitals.");
        assertThat(Names.problem("Militias", "militias", taken, "code")).isNull();
    }

    @Test
    void namesAreOneLineOfReasonableLength() {
        assertThat(Names.problem("two\nlines", null, taken, "code")).isEqualTo("A code name is one line of visible"
                + " text; it may not contain U+000A (LINE FEED (LF)).");
        assertThat(Names.problem("x".repeat(201), null, taken, "code")).startsWith("Keep the code name under 200");
    }
}
