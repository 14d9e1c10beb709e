package org.thematica.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Segment matching: overlap is intersection over union, at least the chosen percentage. */
class SegmentMatcherTest {

    @Test
    void overlapIsIntersectionOverUnion() {
        // 80 shared characters of a union of 100: exactly 80%
        assertThat(SegmentMatcher.overlaps(0, 100, 0, 80, 80)).isTrue();
        assertThat(SegmentMatcher.overlaps(0, 100, 0, 80, 81)).isFalse();
        // shifted by 20: 80 shared of 120, 67%; over the longer coding it would be 80%
        assertThat(SegmentMatcher.overlaps(0, 100, 20, 120, 80)).isFalse();
        assertThat(SegmentMatcher.overlaps(0, 100, 20, 120, 66)).isTrue();
        // a short quote inside a long passage is not the same segment
        assertThat(SegmentMatcher.overlaps(0, 100, 40, 50, 10)).isTrue();
        assertThat(SegmentMatcher.overlaps(0, 100, 40, 50, 11)).isFalse();
        // touching is not overlapping, whatever the threshold
        assertThat(SegmentMatcher.overlaps(0, 10, 10, 20, 1)).isFalse();
    }

    @Test
    void eachCodingCountsOnceAndOnlyOverlappingOnesAreTried() {
        long[] mine = {0, 100, 200, 300, 1000, 1010};
        long[] theirs = {5, 100, 150, 160, 190, 310, 400, 2000};
        // [0,100) ~ [5,100) 95%; [200,300) ~ [190,310) 83%; [1000,1010) lies inside [400,2000): 0.6%
        assertThat(SegmentMatcher.matched(mine, theirs, 80)).isEqualTo(2);
        assertThat(SegmentMatcher.matched(mine, theirs, 90)).isEqualTo(1);
        assertThat(SegmentMatcher.matched(theirs, mine, 80)).isEqualTo(2);
        assertThat(SegmentMatcher.matched(mine, new long[0], 1)).isZero();
    }
}
