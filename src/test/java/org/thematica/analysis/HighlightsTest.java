package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.thematica.analysis.Highlights.Segment;
import org.thematica.analysis.Highlights.Span;

class HighlightsTest {
    @Test
    void overlappingCodingsSplitTheTextIntoSegmentsWithTheirCodes() {
        List<Segment> s = Highlights.of(20, List.of(new Span(2, 10, 7), new Span(5, 15, 9), new Span(5, 10, 7)));
        assertThat(s).containsExactly(
                new Segment(0, 2, new long[] {}),
                new Segment(2, 5, new long[] {7}),
                new Segment(5, 10, new long[] {7, 9}),
                new Segment(10, 15, new long[] {9}),
                new Segment(15, 20, new long[] {}));
    }

    @Test
    void emptyTextAndNoCodings() {
        assertThat(Highlights.of(0, List.of())).isEmpty();
        assertThat(Highlights.of(5, List.of())).containsExactly(new Segment(0, 5, new long[] {}));
    }

    @Test
    void adjacentCodingsOfTheSameCodeMerge() {
        assertThat(Highlights.of(6, List.of(new Span(0, 3, 1), new Span(3, 6, 1))))
                .containsExactly(new Segment(0, 6, new long[] {1}));
    }

    @Test
    void agreesWithACharacterByCharacterCountOnRandomOverlaps() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            int length = 1 + random.nextInt(300);
            List<Span> spans = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                int a = random.nextInt(length);
                int b = a + 1 + random.nextInt(length - a);
                spans.add(new Span(a, b, random.nextInt(5)));
            }
            List<Segment> segments = Highlights.of(length, spans);
            int covered = 0;
            int expectedCovered = 0;
            int at = 0;
            for (Segment seg : segments) {
                assertThat(seg.start()).isEqualTo(at);
                for (int c = seg.start(); c < seg.end(); c++) {
                    final int ch = c;
                    long[] expected = spans.stream().filter(s -> s.start() <= ch && ch < s.end())
                            .mapToLong(Span::codeId).distinct().sorted().toArray();
                    assertThat(seg.codeIds()).as("codes at " + c).containsExactly(expected);
                    if (expected.length > 0) {
                        expectedCovered++;
                    }
                    if (seg.coded()) {
                        covered++;
                    }
                }
                at = seg.end();
            }
            assertThat(at).isEqualTo(length);
            assertThat(Highlights.coverage(length, spans)).isCloseTo((double) expectedCovered / length,
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(covered).isEqualTo(expectedCovered);
        }
    }

    /** Against the obvious way (each character's set of codes), on random overlapping spans. */
    @org.junit.jupiter.api.Test
    void agreesWithCountingEachCharactersCodes() {
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 300; round++) {
            int length = 1 + random.nextInt(200);
            java.util.List<Highlights.Span> spans = new java.util.ArrayList<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                int start = random.nextInt(length);
                int end = Math.min(length, start + random.nextInt(60));
                spans.add(new Highlights.Span(start, end, 1 + random.nextInt(5)));
            }
            java.util.List<Highlights.Segment> segments = Highlights.of(length, spans);
            int at = 0;
            Highlights.Segment last = null;
            for (Highlights.Segment seg : segments) {
                org.assertj.core.api.Assertions.assertThat(seg.start()).isEqualTo(at);
                org.assertj.core.api.Assertions.assertThat(seg.end()).isGreaterThan(seg.start());
                if (last != null) {
                    org.assertj.core.api.Assertions.assertThat(seg.codeIds()).as("neighbours differ")
                            .isNotEqualTo(last.codeIds());
                }
                for (int c = seg.start(); c < seg.end(); c++) {
                    final int ch = c;
                    long[] expected = spans.stream().filter(sp -> sp.start() <= ch && ch < sp.end())
                            .mapToLong(Highlights.Span::codeId).distinct().sorted().toArray();
                    org.assertj.core.api.Assertions.assertThat(seg.codeIds()).as("round %d, char %d", round, c)
                            .containsExactly(expected);
                }
                at = seg.end();
                last = seg;
            }
            org.assertj.core.api.Assertions.assertThat(at).isEqualTo(length);
        }
    }
}
