package org.thematica.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.thematica.analysis.agreement.AgreementInput.Coder;
import org.thematica.analysis.agreement.Disagreements.Passage;
import org.thematica.analysis.agreement.Disagreements.Resolution;
import org.thematica.analysis.agreement.Disagreements.Span;
import org.thematica.model.TextRange;

/** Finding where two coders differ, and the extents each decision gives, against character arrays. */
class DisagreementsTest {
    private static final int LENGTH = 60;

    @Test
    void codingsThatCoverTheSameCharactersAgreeAndTouchingOnesJoin() {
        List<Span> spans = List.of(
                new Span(1, 7, Coder.A, 0, 10), new Span(1, 7, Coder.A, 10, 20), new Span(1, 7, Coder.B, 0, 20),
                new Span(1, 7, Coder.A, 30, 35), new Span(1, 7, Coder.B, 35, 40),
                new Span(1, 8, Coder.B, 30, 35));
        List<Passage> all = Disagreements.passages(spans);
        assertThat(all).extracting(Passage::range).containsExactly(
                new TextRange(0, 20), new TextRange(30, 40), new TextRange(30, 35));
        assertThat(all.get(0).agrees()).isTrue();
        assertThat(Disagreements.find(spans)).extracting(Passage::kind)
                .containsExactly(Disagreements.Kind.EXTENT, Disagreements.Kind.ONLY_B);
    }

    @Test
    void everyResolutionAndReplacementMatchesCharacterArrays() {
        Random random = new Random(12);
        for (int round = 0; round < 2_000; round++) {
            List<TextRange> a = randomRanges(random);
            List<TextRange> b = randomRanges(random);
            boolean[] inA = chars(a);
            boolean[] inB = chars(b);
            assertThat(chars(Resolution.TAKE_A.of(a, b))).isEqualTo(inA);
            assertThat(chars(Resolution.TAKE_B.of(a, b))).isEqualTo(inB);
            boolean[] union = new boolean[LENGTH];
            boolean[] both = new boolean[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                union[i] = inA[i] || inB[i];
                both[i] = inA[i] && inB[i];
            }
            assertThat(chars(Resolution.UNION.of(a, b))).isEqualTo(union);
            assertThat(chars(Resolution.RECODE.of(a, b))).isEqualTo(union);
            assertThat(chars(Resolution.INTERSECTION.of(a, b))).isEqualTo(both);
            assertDisjointAndOrdered(Resolution.INTERSECTION.of(a, b));

            int start = random.nextInt(LENGTH);
            TextRange region = new TextRange(start, start + random.nextInt(LENGTH - start + 1));
            List<TextRange> replaced = Disagreements.replaceWithin(a, region, b);
            boolean[] expected = new boolean[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                expected[i] = region.contains(i) ? inB[i] : inA[i];
            }
            assertThat(chars(replaced)).as("%s with %s replaced by %s", a, region, b).isEqualTo(expected);
            assertDisjointAndOrdered(replaced);
        }
    }

    private static void assertDisjointAndOrdered(List<TextRange> ranges) {
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).start()).isGreaterThan(ranges.get(i - 1).end());
        }
        ranges.forEach(r -> assertThat(r.isEmpty()).isFalse());
    }

    private static List<TextRange> randomRanges(Random random) {
        List<TextRange> out = new ArrayList<>();
        for (int n = random.nextInt(5); n > 0; n--) {
            int start = random.nextInt(LENGTH - 1);
            out.add(new TextRange(start, start + 1 + random.nextInt(Math.min(15, LENGTH - start))));
        }
        return out;
    }

    private static boolean[] chars(List<TextRange> ranges) {
        boolean[] out = new boolean[LENGTH];
        for (TextRange r : ranges) {
            for (int i = r.start(); i < r.end(); i++) {
                out[i] = true;
            }
        }
        return out;
    }
}
