package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyMatchTest {
    static final List<String> CODES = List.of("sectarian violence", "security vacuum", "post-withdrawal vacuum",
            "Zarkand's influence", "foreign intervention", "loss of public trust", "élite capture");

    @Test
    void prefixesBeatInnerMatchesAndAbbreviationsWork() {
        assertThat(FuzzyMatch.rank("sec", CODES)).startsWith("security vacuum", "sectarian violence");
        assertThat(FuzzyMatch.rank("vac", CODES)).containsExactly("security vacuum", "post-withdrawal vacuum");
        assertThat(FuzzyMatch.rank("sv", CODES).get(0)).isIn("sectarian violence", "security vacuum");
        assertThat(FuzzyMatch.rank("fi", CODES).get(0)).isEqualTo("foreign intervention");
    }

    @Test
    void ignoresCaseAndAccentsAndRejectsNonMatches() {
        assertThat(FuzzyMatch.rank("ELITE", CODES)).containsExactly("élite capture");
        assertThat(FuzzyMatch.rank("xyz", CODES)).isEmpty();
        assertThat(FuzzyMatch.score("security vacuum", "security vacuum")).isGreaterThan(FuzzyMatch.score("security", "security vacuum"));
    }

    @Test
    void emptyQueryMatchesEverything() {
        assertThat(FuzzyMatch.rank("", CODES)).hasSize(CODES.size());
    }

    @Test
    void choicesOfferTheTypedTextAsANewNameAfterTheClosestMatches() {
        assertThat(FuzzyMatch.choices("vac", CODES)).containsExactly(
                new FuzzyMatch.Choice("security vacuum", false), new FuzzyMatch.Choice("post-withdrawal vacuum", false),
                new FuzzyMatch.Choice("vac", true));
        assertThat(FuzzyMatch.choices("Security Vacuum", CODES)).as("an existing name, case aside, is not new")
                .noneMatch(FuzzyMatch.Choice::isNew);
        assertThat(FuzzyMatch.choices("brand new", CODES)).containsExactly(new FuzzyMatch.Choice("brand new", true));
        assertThat(FuzzyMatch.choices("  ", CODES)).noneMatch(FuzzyMatch.Choice::isNew);
    }
}
