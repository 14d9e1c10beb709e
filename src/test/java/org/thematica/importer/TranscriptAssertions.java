package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.thematica.model.SpeakerTurn;
import org.thematica.model.SyncPoint;
import org.thematica.model.TextOffsets;

/** Checks that turns and sync points of an imported transcript fit its text (UTF-16 offsets). */
final class TranscriptAssertions {
    private TranscriptAssertions() {
    }

    static void assertOffsetsConsistent(ImportedText imported) {
        String text = imported.text();
        assertThat(TextNormalizer.isNormalized(text)).as("text is normalised").isTrue();
        assertTurns(text, imported.turns());
        assertSyncPoints(text, imported.turns(), imported.syncPoints());
    }

    /** Each sync point is where the text of the given cue begins. */
    static void assertSyncPointsAt(ImportedText imported, String... cueTexts) {
        assertThat(imported.syncPoints()).hasSize(cueTexts.length);
        for (int i = 0; i < cueTexts.length; i++) {
            int offset = imported.syncPoints().get(i).offset();
            assertThat(imported.text().startsWith(cueTexts[i], offset))
                    .as("sync point %d at %d points at '%s'", i, offset, cueTexts[i]).isTrue();
        }
    }

    private static void assertTurns(String text, List<SpeakerTurn> turns) {
        int previousEnd = -1;
        for (SpeakerTurn turn : turns) {
            String paragraph = text.substring(turn.start(), turn.end());
            assertThat(paragraph).as("turn %s", turn).startsWith(turn.speaker() + ": ").doesNotContain("\n");
            assertThat(turn.start() == 0 || text.charAt(turn.start() - 1) == '\n').as("turn starts a line").isTrue();
            assertThat(turn.end() == text.length() || text.charAt(turn.end()) == '\n').as("turn ends a line").isTrue();
            assertThat(turn.start()).as("turns in order").isGreaterThan(previousEnd);
            previousEnd = turn.end();
        }
    }

    private static void assertSyncPoints(String text, List<SpeakerTurn> turns, List<SyncPoint> points) {
        int previous = -1;
        int turnIndex = 0; // both lists are in text order, so one pass finds each point's turn
        for (SyncPoint point : points) {
            int at = point.offset();
            assertThat(at).as("sync point inside the text").isBetween(0, text.length() - 1);
            assertThat(at).as("sync points in text order").isGreaterThan(previous);
            assertThat(TextOffsets.isBoundary(text, at)).as("sync point %d splits no surrogate pair", at).isTrue();
            assertThat(Character.isWhitespace(text.charAt(at))).as("sync point %d is at text", at).isFalse();
            char before = at == 0 ? '\n' : text.charAt(at - 1);
            assertThat(before).as("sync point %d starts a line, follows a label or a space", at).isIn('\n', ' ');
            while (turnIndex < turns.size() && turns.get(turnIndex).end() <= at) {
                turnIndex++;
            }
            SpeakerTurn turn = turnIndex < turns.size() && turns.get(turnIndex).start() <= at ? turns.get(turnIndex) : null;
            if (turn != null) {
                assertThat(at).as("sync point after the label of %s", turn)
                        .isGreaterThanOrEqualTo(turn.start() + turn.speaker().length() + 2);
            }
            previous = at;
        }
    }
}
