package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.MapPosition;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.testing.TestProjects;

class MapServiceTest {
    @TempDir
    Path dir;

    @Test
    void movingAThemeSavesItAndFreezesTheAutomaticallyPlacedOnesInOneUndoableStep() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            long a = p.codebook().theme("a", ThemeChange.adding()).id();
            long b = p.codebook().theme("b", ThemeChange.adding()).id();
            long c = p.codebook().theme("c", ThemeChange.adding()).id();
            p.map().arrange(List.of(new MapPosition(a, 0.1, 0.1)));
            p.map().move(b, 0.5, 0.6, List.of(new MapPosition(a, 0.9, 0.9), new MapPosition(c, 0.3, 0.3)));
            assertThat(p.map().positions().values()).containsExactly(new MapPosition(a, 0.1, 0.1),
                    new MapPosition(b, 0.5, 0.6), new MapPosition(c, 0.3, 0.3));
            assertThat(p.history().undoLabel()).contains("Move theme 'b' on the map");

            p.map().move(b, 0.7, 0.2, List.of());
            p.history().undo();
            assertThat(p.map().positions().get(b)).as("back where it was, not automatic")
                    .isEqualTo(new MapPosition(b, 0.5, 0.6));
            p.history().undo();
            assertThat(p.map().positions().keySet()).as("b and c automatic again").containsExactly(a);
            p.history().redo();
            assertThat(p.map().positions().keySet()).containsExactly(a, b, c);
        }
    }

    @Test
    void positionsStayOnTheMapAndAnUnchangedArrangementRecordsNothing() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            long a = p.codebook().theme("a", ThemeChange.adding()).id();
            assertThat(p.map().arrange(List.of(new MapPosition(a, -3, 1.5)))).isPositive();
            assertThat(p.map().positions().get(a)).isEqualTo(new MapPosition(a, 0, 1));
            assertThat(p.map().arrange(List.of(new MapPosition(a, 0, 1)))).isZero();
        }
    }

    @Test
    void aDeletedThemeLeavesTheMapAndUndoBringsItBackToItsPlace() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            long a = p.codebook().theme("a", ThemeChange.adding()).id();
            p.map().arrange(List.of(new MapPosition(a, 0.2, 0.4)));
            p.codebook().deleteTheme("a");
            assertThat(p.map().positions()).isEmpty();
            p.history().undo();
            assertThat(p.map().positions()).containsValue(new MapPosition(a, 0.2, 0.4));
        }
    }
}
