package org.thematica.ui.transcript;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thematica.analysis.Highlights.Segment;
import org.thematica.service.WorkspaceService.Transcript;
import org.thematica.text.Highlight;

/**
 * A document prepared off the FX thread for display, as rows: a row is a paragraph (text up to a
 * line break) or, past {@link TranscriptLayout#MAX_ROW} characters, a stretch of one, so that
 * no row is laid out or painted bigger than a screenful or two. Per row, in the row's own offsets:
 * the end of the speaker's bold label, whether the turn is the interviewer's, the direction of
 * its paragraph. A row's tints and margin codes are worked out from the document's coded segments
 * when the row is shown, so that an edit costs the rows on screen, not all 48,000 of a transcript.
 *
 * @param rowStarts   where each row starts in the text
 * @param rowEnds     where each row's text ends (before a line break)
 * @param continued   per row, whether it continues the paragraph of the row before it
 * @param rightToLeft per row, whether its paragraph is right-to-left (first strong character)
 * @param labelEnds   per row, the end of its bold speaker label (0: none)
 * @param interviewer per row, whether it belongs to an interviewer's turn (set apart)
 * @param codes       name and colour of every code, by id
 * @param maxBars     the most codes on any one row (the margin's width)
 */
public record TranscriptContent(Transcript transcript, int[] rowStarts, int[] rowEnds, boolean[] continued,
                                boolean[] rightToLeft, int[] labelEnds, boolean[] interviewer,
                                Map<Long, CodeLook> codes, int maxBars, Tints tints) {
    /** What the view needs to know of a code. */
    public record CodeLook(String name, String colour) {
    }

    /** The tint of each set of codes, worked out once per content (the same sets recur). */
    public interface Tints {
        Highlight of(long[] codeIds);
    }

    private static final Highlight[] NONE = new Highlight[0];
    private static final long[] NO_CODES = new long[0];

    public long documentId() {
        return transcript.document().id();
    }

    public String text() {
        return transcript.text();
    }

    public int rows() {
        return rowStarts.length;
    }

    public int start(int row) {
        return rowStarts[row];
    }

    public int end(int row) {
        return rowEnds[row];
    }

    public String rowText(int row) {
        return transcript.text().substring(rowStarts[row], rowEnds[row]);
    }

    /** The row holding {@code offset}; a line break belongs to the row it ends. */
    public int rowOf(int offset) {
        int i = Arrays.binarySearch(rowStarts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** The coded stretches of a row to tint, in its offsets. */
    public Highlight[] highlights(int row) {
        int from = rowStarts[row];
        int to = rowEnds[row];
        List<Segment> segments = transcript.segments();
        Highlight[] out = NONE;
        int n = 0;
        for (int k = firstSegment(from); k < segments.size() && segments.get(k).start() < to; k++) {
            Segment seg = segments.get(k);
            if (!seg.coded()) {
                continue;
            }
            Highlight tint = tints.of(seg.codeIds());
            if (n == out.length) {
                out = Arrays.copyOf(out, Math.max(2, 2 * n));
            }
            out[n++] = new Highlight(Math.max(seg.start(), from) - from, Math.min(seg.end(), to) - from, tint.argb(),
                    tint.underline());
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The ids of the codes coding some of a row, sorted (the margin's stripes). */
    public long[] rowCodes(int row) {
        return codesOver(transcript.segments(), rowStarts[row], rowEnds[row]);
    }

    /**
     * The ids of the codes of the segments over {@code [from, to)}, sorted; an empty stretch takes
     * the codes of a segment that starts where it stands. Most stretches touch one segment and
     * share its array.
     */
    static long[] codesOver(List<Segment> segments, int from, int to) {
        long[] codes = NO_CODES;
        for (int k = firstSegment(segments, from); k < segments.size()
                && segments.get(k).start() < Math.max(to, from + 1); k++) {
            long[] ids = segments.get(k).codeIds();
            if (ids.length > 0) {
                codes = codes.length == 0 ? ids : union(codes, ids);
            }
        }
        return codes;
    }

    /** The sorted union of two sorted id arrays. */
    static long[] union(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            long next = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[k++] = next;
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /** The first segment that ends after {@code offset} (segments cover the text in order). */
    private int firstSegment(int offset) {
        return firstSegment(transcript.segments(), offset);
    }

    private static int firstSegment(List<Segment> segments, int offset) {
        int lo = 0;
        int hi = segments.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (segments.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether row {@code r} looks different in {@code other} (same text, new codings). */
    boolean restyled(TranscriptContent other, int r) {
        long[] mine = rowCodes(r);
        if (!Arrays.equals(highlights(r), other.highlights(r)) || !Arrays.equals(mine, other.rowCodes(r))) {
            return true;
        }
        for (long id : mine) {
            if (!Objects.equals(codes.get(id), other.codes.get(id))) {
                return true; // renamed or recoloured: the margin shows it
            }
        }
        return false;
    }
}
