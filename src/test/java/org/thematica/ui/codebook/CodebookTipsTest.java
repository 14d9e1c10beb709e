package org.thematica.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thematica.ui.codebook.CodebookRows.code;
import static org.thematica.ui.codebook.CodebookRows.described;
import static org.thematica.ui.codebook.CodebookRows.theme;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thematica.model.ThemeLink;
import org.thematica.model.ThemeStatus;

class CodebookTipsTest {
    @Test
    void aCodeTipSaysCountsParentThemesAndDescription() {
        var row = described(code(2, "foreign intervention", 1L, 6, 4, "foreign influence", "regional power shifts"),
                "Outside powers acting inside the country.");
        assertThat(CodebookTips.code(row, "outside actors")).isEqualTo("""
                foreign intervention
                6 codings in 4 documents.
                Sub-code of 'outside actors'.
                In 2 themes: 'foreign influence' and 'regional power shifts'.

                Outside powers acting inside the country.""");
    }

    @Test
    void aNewCodeTipSaysWhatIsMissing() {
        assertThat(CodebookTips.code(code(1, "fresh", null, 0, 0), null)).isEqualTo("""
                fresh
                Not applied yet.
                In no theme yet.
                No description yet.""");
    }

    @Test
    void aThemeTipSaysStatusCountsLinksAndDescription() {
        var row = theme(1, "political instability", ThemeStatus.REVIEWED, "Power-sharing that does not govern.", 22, 5,
                10L, 11L);
        List<ThemeLink> links = List.of(new ThemeLink(1, "a", 1, 2, "creates", "leads-to"),
                new ThemeLink(2, "b", 3, 1, "", "leads-to"));
        assertThat(CodebookTips.theme(row, links, Map.of(1L, "political instability", 2L, "security vacuum",
                3L, "foreign influence"))).isEqualTo("""
                political instability (reviewed)
                2 codes; 22 codings in 5 documents.
                Links to 'security vacuum' (creates).
                Linked from 'foreign influence'.

                Power-sharing that does not govern.""");
    }

    @Test
    void wordsCountAndMakeSentences() {
        assertThat(Words.counted(0, "coding")).isEqualTo("no codings");
        assertThat(Words.counted(1, "document")).isEqualTo("1 document");
        assertThat(Words.sentence("a code named 'x' already exists")).isEqualTo("A code named 'x' already exists.");
        assertThat(Words.sentence("Done.")).isEqualTo("Done.");
    }
}
