package org.thematica.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;

class MemoTextTest {
    private static Memo memo(String title, String text) {
        return new Memo(1, "g", MemoTarget.PROJECT, 0, title, text, 1, "2026-03-14T09:30:00Z", "2026-03-14T09:30:00Z");
    }

    @Test
    void anUntitledMemoIsHeadedByItsFirstLineWhichThePreviewThenSkips() {
        Memo m = memo("", "\nAfter 2011 the army left.\n\nThe militias came.\nThen ISIS.");
        assertThat(MemoText.heading(m.title(), m.text())).isEqualTo("After 2011 the army left.");
        assertThat(MemoText.preview(m, 2)).isEqualTo("The militias came. Then ISIS.");
    }

    @Test
    void aTitledMemoPreviewsItsFirstLines() {
        Memo m = memo("  Vacuum ", "one\ntwo\nthree");
        assertThat(MemoText.heading(m.title(), m.text())).isEqualTo("Vacuum");
        assertThat(MemoText.preview(m, 2)).isEqualTo("one two");
    }

    @Test
    void anEmptyMemoIsCalledUntitled() {
        assertThat(MemoText.heading(" ", "")).isEqualTo("Untitled memo");
    }

    @Test
    void timesReadAsLocalDates() {
        assertThat(MemoText.when("2026-03-14T09:30:00Z", ZoneOffset.ofHours(3))).isEqualTo("14 Mar 2026, 12:30");
        assertThat(MemoText.when("yesterday", ZoneOffset.UTC)).isEqualTo("yesterday");
    }
}
