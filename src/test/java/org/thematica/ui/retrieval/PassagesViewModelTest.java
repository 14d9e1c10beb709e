package org.thematica.ui.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thematica.model.Coding;
import org.thematica.model.DocumentKind;
import org.thematica.service.RetrievalService.AttributeFilter;
import org.thematica.service.RetrievalService.Filter;
import org.thematica.service.RetrievalService.Moved;
import org.thematica.service.RetrievalService.Passage;
import org.thematica.service.RetrievalService.Passages;
import org.thematica.service.RetrievalService.Target;

/** What the Passages pane tells the user, without a window. */
class PassagesViewModelTest {
    private static final Passage ONE = new Passage(new Coding(1, "g", 1, 1, 0, 4, "text", 1, "2026-01-01T00:00:00Z"),
            "P01", DocumentKind.INTERVIEW, "Karim", "tester", "violence", "#B34700");

    @Test
    void anEmptyListSaysWhyAndWhatToDo() {
        assertThat(PassagesViewModel.emptyMessage(null, Filter.NONE)).isEqualTo(PassagesViewModel.NOTHING_CHOSEN);
        assertThat(PassagesViewModel.emptyMessage(new Passages(Target.code(1), null, List.of(), 0, 0), Filter.NONE))
                .as("a code deleted meanwhile").isEqualTo(PassagesViewModel.NOTHING_CHOSEN);
        assertThat(PassagesViewModel.emptyMessage(new Passages(Target.code(1), "violence", List.of(), 0, 0),
                Filter.NONE)).isEqualTo("No passages are coded with code 'violence' yet. Select text in a transcript"
                        + " and apply the code.");
        assertThat(PassagesViewModel.emptyMessage(new Passages(Target.theme(1), "instability", List.of(), 0, 0),
                Filter.NONE)).startsWith("Nothing is coded with the codes of theme 'instability' yet.");
        Filter experts = new Filter(new AttributeFilter("role", "security expert"), null, null);
        assertThat(PassagesViewModel.emptyMessage(new Passages(Target.code(1), "violence", List.of(), 5, 0), experts))
                .isEqualTo("None of the 5 passages of code 'violence' match the filters. Choose “All cases”,"
                        + " “All documents” and “All coders” to see them all.");
        assertThat(PassagesViewModel.emptyMessage(new Passages(Target.code(1), "violence", List.of(ONE), 1, 1),
                experts)).isEmpty();
    }

    @Test
    void aMoveIsReportedInPlainWords() {
        assertThat(PassagesViewModel.movedMessage(new Moved("everyday violence", 3, 0, true)))
                .isEqualTo("Moved 3 passages to the new code 'everyday violence'. Undo takes it back.");
        assertThat(PassagesViewModel.movedMessage(new Moved("violence", 1, 1, false)))
                .isEqualTo("Moved 1 passage to 'violence'. 1 passage was already coded as 'violence' and kept once."
                        + " Undo takes it back.");
    }

    @Test
    void longQuotesAreShortenedAtAWordAndDatesShownAsDays() {
        String longText = "word ".repeat(100);
        String shown = PassagesPane.shortQuote(longText);
        assertThat(shown).endsWith("word …").hasSizeLessThan(250);
        assertThat(PassagesPane.shortQuote("two\nlines")).isEqualTo("two lines");
        assertThat(PassagesPane.date("2026-01-01T12:00:00Z")).matches("2026-01-0[12]");
        assertThat(PassagesPane.date("not a date")).isEqualTo("not a date");
    }
}
