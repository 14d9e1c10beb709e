package org.thematica.ui.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thematica.analysis.Highlights.Segment;
import org.thematica.analysis.TextDirection;
import org.thematica.model.Code;
import org.thematica.model.SpeakerTurn;
import org.thematica.service.WorkspaceService.Transcript;
import org.thematica.text.Highlight;

/**
 * Prepares a transcript for display, on the background thread: paragraphs, bold speaker labels,
 * interviewer turns set apart, highlights and the codes beside each paragraph. Nothing here
 * touches a node, and nothing here lays text out: that happens per visible paragraph.
 */
public final class TranscriptLayout {
    /** Speaker labels that name the interviewer rather than an informant. */
    private static final Set<String> INTERVIEWERS = Set.of("interviewer", "interviewers", "i", "q", "int",
            "moderator", "facilitator", "researcher", "المحاور", "المحاورة", "الباحث", "görüşmeci");
    /**
     * The longest row: a longer paragraph is shown as several rows, cut at a space, so that a
     * document imported without line breaks is still laid out a screenful at a time. Each row of
     * such a paragraph keeps the paragraph's direction; the bidi algorithm then runs per row.
     */
    static final int MAX_ROW = 2_000;

    private TranscriptLayout() {
    }

    public static TranscriptContent prepare(Transcript t, List<Code> codes) {
        return prepare(t, codes, null);
    }

    /**
     * As {@link #prepare(Transcript, List)}; with {@code before} (the same document shown before
     * an edit) its rows, labels and turns are kept, since a stored text never changes, and only
     * what the codings decide is computed again.
     */
    public static TranscriptContent prepare(Transcript t, List<Code> codes, TranscriptContent before) {
        Map<Long, String> colours = new HashMap<>();
        Map<Long, TranscriptContent.CodeLook> looks = new HashMap<>();
        for (Code c : codes) {
            colours.put(c.id(), c.colour());
            looks.put(c.id(), new TranscriptContent.CodeLook(c.name(), c.colour()));
        }
        boolean same = before != null && before.text().equals(t.text());
        Rows rows = same ? new Rows(before.rowStarts(), before.rowEnds(), before.continued(), before.rightToLeft())
                : rows(t.text());
        int n = rows.starts.length;
        int[] labelEnds = same ? before.labelEnds() : new int[n];
        boolean[] interviewer = same ? before.interviewer() : new boolean[n];
        if (!same) {
            turns(t, rows, labelEnds, interviewer);
        }
        Map<String, Highlight> byCodes = new java.util.concurrent.ConcurrentHashMap<>();
        TranscriptContent.Tints tints = ids -> byCodes.computeIfAbsent(java.util.Arrays.toString(ids),
                key -> tint(ids, colours));
        return new TranscriptContent(t, rows.starts, rows.ends, rows.continued, rows.rightToLeft, labelEnds,
                interviewer, looks, maxBars(rows, t.segments()), tints);
    }

    /** The rows of a text: its paragraphs, long ones cut at a space before {@link #MAX_ROW}. */
    record Rows(int[] starts, int[] ends, boolean[] continued, boolean[] rightToLeft) {
    }

    static Rows rows(String text) {
        java.util.stream.IntStream.Builder starts = java.util.stream.IntStream.builder();
        java.util.stream.IntStream.Builder ends = java.util.stream.IntStream.builder();
        int count = 0;
        java.util.BitSet continued = new java.util.BitSet();
        java.util.BitSet rtl = new java.util.BitSet();
        int at = 0;
        while (true) {
            int lineBreak = text.indexOf('\n', at);
            int end = lineBreak < 0 ? text.length() : lineBreak;
            boolean rightToLeft = TextDirection.isRightToLeft(text, at, end);
            int from = at;
            do {
                int to = cut(text, from, end);
                continued.set(count, from > at);
                rtl.set(count, rightToLeft);
                starts.add(from);
                ends.add(to);
                count++;
                from = to;
            } while (from < end);
            if (lineBreak < 0) {
                break;
            }
            at = lineBreak + 1;
        }
        boolean[] c = new boolean[count];
        boolean[] r = new boolean[count];
        for (int i = 0; i < count; i++) {
            c[i] = continued.get(i);
            r[i] = rtl.get(i);
        }
        return new Rows(starts.build().toArray(), ends.build().toArray(), c, r);
    }

    /** Where the row starting at {@code from} ends: {@code end}, or a space before MAX_ROW. */
    private static int cut(String text, int from, int end) {
        if (end - from <= MAX_ROW) {
            return end;
        }
        int limit = from + MAX_ROW;
        for (int i = limit; i > from + MAX_ROW / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        // no space (one enormous word): never split a surrogate pair
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** Marks each turn's label (bold) and interviewer turns, in one pass over turns and rows. */
    private static void turns(Transcript t, Rows rows, int[] labelEnds, boolean[] interviewer) {
        String text = t.text();
        int[] starts = rows.starts();
        int r = 0;
        for (SpeakerTurn turn : t.turns()) {
            while (r + 1 < starts.length && starts[r + 1] <= turn.start()) {
                r++;
            }
            int end = labelEnd(text, turn);
            if (end > turn.start() && turn.start() - starts[r] <= 2 && end <= rows.ends()[r]) {
                labelEnds[r] = end - starts[r];
            }
            boolean asks = INTERVIEWERS.contains(turn.speaker().toLowerCase(Locale.ROOT));
            for (int q = r; asks && q < starts.length && starts[q] < turn.end(); q++) {
                interviewer[q] = true;
            }
        }
    }

    /** The end of the speaker label at the start of a turn ("Karim:" or "[Karim]"). */
    static int labelEnd(String text, SpeakerTurn turn) {
        // the label sits at the turn's start, after at most a bracket or a direction mark;
        // look only there (searching onwards would cost the whole text per turn)
        int at = -1;
        for (int i = turn.start(); i <= turn.start() + 2 && at < 0; i++) {
            if (text.startsWith(turn.speaker(), i)) {
                at = i;
            }
        }
        if (at < 0) {
            return turn.start();
        }
        int end = at + turn.speaker().length();
        if (end < text.length() && (text.charAt(end) == ':' || text.charAt(end) == ']' || text.charAt(end) == '\uFF1A')) {
            end++;
        }
        return Math.min(end, turn.end());
    }

    /**
     * The most codes on any one row, up to the most the margin shows ({@link TranscriptView#MAX_BARS}):
     * the margin's width. Worked out after every edit, so in one pass over rows and segments
     * together, and without building a row's set of codes where one segment covers it.
     */
    static int maxBars(Rows rows, List<Segment> segments) {
        int max = 0;
        int k = 0;
        int[] starts = rows.starts();
        int[] ends = rows.ends();
        for (int r = 0; r < starts.length && max < TranscriptView.MAX_BARS; r++) {
            int from = starts[r];
            int to = Math.max(ends[r], from + 1);
            while (k < segments.size() && segments.get(k).end() <= from) {
                k++;
            }
            int here = k + 1 < segments.size() && segments.get(k + 1).start() < to
                    ? TranscriptContent.codesOver(segments, from, ends[r]).length // several segments: their union
                    : k < segments.size() && segments.get(k).start() < to ? segments.get(k).codeIds().length : 0;
            max = Math.max(max, here);
        }
        return Math.min(max, TranscriptView.MAX_BARS);
    }

    /**
     * A translucent blend of the codes' colours; where codes overlap the tint is deeper and
     * underlined. Visible on the dark theme too, with the text still readable on the light one.
     */
    static Highlight tint(long[] codeIds, Map<Long, String> colours) {
        int r = 0;
        int g = 0;
        int b = 0;
        for (long id : codeIds) {
            int rgb = Integer.parseInt(colours.getOrDefault(id, "#999999").substring(1), 16);
            r += (rgb >> 16) & 0xFF;
            g += (rgb >> 8) & 0xFF;
            b += rgb & 0xFF;
        }
        int k = codeIds.length;
        int alpha = k == 1 ? 0x66 : 0x99;
        return new Highlight(0, 0, alpha << 24 | (r / k) << 16 | (g / k) << 8 | (b / k), k > 1);
    }
}
