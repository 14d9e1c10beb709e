package org.thematica.analysis.agreement;

/**
 * The segment-level figure: how many of each coder's codings the other coder matched, a match
 * being a coding of the same code by the other coder that overlaps it by at least the chosen
 * percentage (see {@link SegmentMatcher#overlaps}).
 */
public record SegmentShare(int matchedA, int codingsA, int matchedB, int codingsB) {
    public static final SegmentShare NONE = new SegmentShare(0, 0, 0, 0);

    public SegmentShare plus(SegmentShare o) {
        return new SegmentShare(matchedA + o.matchedA, codingsA + o.codingsA, matchedB + o.matchedB,
                codingsB + o.codingsB);
    }

    /** The share of coder A's codings that B matched, 0 to 100. */
    public Measure percentA() {
        return codingsA == 0 ? Measure.undefined("the first coder has no codings here")
                : Measure.of(100.0 * matchedA / codingsA);
    }

    /** The share of coder B's codings that A matched, 0 to 100. */
    public Measure percentB() {
        return codingsB == 0 ? Measure.undefined("the second coder has no codings here")
                : Measure.of(100.0 * matchedB / codingsB);
    }

    /** The share of both coders' codings that the other matched, 0 to 100. */
    public Measure percent() {
        int codings = codingsA + codingsB;
        return codings == 0 ? Measure.undefined("neither coder has codings here")
                : Measure.of(100.0 * (matchedA + matchedB) / codings);
    }
}
