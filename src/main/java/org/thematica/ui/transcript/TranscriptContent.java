package org.thematica.ui.transcript;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.thematica.service.WorkspaceService.Transcript;
import org.thematica.text.Highlight;

/**
 * A document prepared off the FX thread for display, as rows: a row is a paragraph (text up to a
 * line break) or, past {@link TranscriptLayout#MAX_ROW} characters, a stretch of one, so that
 * no row is laid out or painted bigger than a screenful or two. Everything else is per row, in
 * the row's own offsets: the end of the speaker's bold label, whether the turn is the
 * interviewer's, the direction of its paragraph, the highlights and the codes beside it.
 *
 * @param rowStarts      where each row starts in the text
 * @param rowEnds        where each row's text ends (before a line break)
 * @param continued      per row, whether it continues the paragraph of the row before it
 * @param rightToLeft    per row, whether its paragraph is right-to-left (first strong character)
 * @param labelEnds      per row, the end of its bold speaker label (0: none)
 * @param interviewer    per row, whether it belongs to an interviewer's turn (set apart)
 * @param highlights     per row, the coded stretches to tint
 * @param rowCodes       per row, the ids of the codes coding some of it (the margin bars)
 * @param codes          name and colour of every code, by id
 * @param maxBars        the most codes on any one row (the margin's width)
 */
public record TranscriptContent(Transcript transcript, int[] rowStarts, int[] rowEnds, boolean[] continued,
                                boolean[] rightToLeft, int[] labelEnds, boolean[] interviewer,
                                Highlight[][] highlights, long[][] rowCodes, Map<Long, CodeLook> codes, int maxBars) {
    /** What the view needs to know of a code. */
    public record CodeLook(String name, String colour) {
    }

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

    /** Whether row {@code r} looks different in {@code other} (same text, new codings). */
    boolean restyled(TranscriptContent other, int r) {
        if (!Arrays.equals(highlights[r], other.highlights[r]) || !Arrays.equals(rowCodes[r], other.rowCodes[r])) {
            return true;
        }
        for (long id : rowCodes[r]) {
            if (!Objects.equals(codes.get(id), other.codes.get(id))) {
                return true; // renamed or recoloured: the margin shows it
            }
        }
        return false;
    }
}
