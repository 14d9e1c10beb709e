package org.thematica.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thematica.ui.codebook.CodebookRows.theme;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thematica.model.ThemeLink;
import org.thematica.model.ThemeStatus;

class ThemeDeletionTest {
    @Test
    void saysItsCodesAndCodingsStayAndItsLinksGo() {
        var row = theme(1, "political instability", ThemeStatus.FINAL, "", 22, 5, 10L, 11L, 12L);
        List<ThemeLink> links = List.of(new ThemeLink(1, "l1", 1, 2, "creates", "leads-to"),
                new ThemeLink(2, "l2", 3, 1, "", "leads-to"), new ThemeLink(3, "l3", 2, 3, "", "leads-to"));
        ThemeDeletion d = ThemeDeletion.of(row, links);
        assertThat(d.header()).isEqualTo("Delete theme 'political instability'?");
        assertThat(d.body()).isEqualTo("""
                Its 3 codes and their 22 codings stay in the codebook; only the grouping goes.
                Its 2 links on the thematic map go with it.
                Undo brings it back.""");
    }

    @Test
    void anEmptyThemeSaysSo() {
        ThemeDeletion d = ThemeDeletion.of(theme(1, "new", ThemeStatus.CANDIDATE, "", 0, 0), List.of());
        assertThat(d.body()).isEqualTo("It groups no codes.\nUndo brings it back.");
    }

    @Test
    void oneUncodedCodeIsSaidInTheSingular() {
        ThemeDeletion d = ThemeDeletion.of(theme(1, "t", ThemeStatus.CANDIDATE, "", 0, 0, 5L), List.of());
        assertThat(d.body()).startsWith("Its code stays in the codebook; only the grouping goes.");
    }
}
