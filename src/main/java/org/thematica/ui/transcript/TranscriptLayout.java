package org.thematica.ui.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.thematica.analysis.Highlights.Segment;
import org.thematica.analysis.TextDirection;
import org.thematica.model.Code;
import org.thematica.model.SpeakerTurn;
import org.thematica.service.WorkspaceService.Transcript;

/**
 * Prepares a transcript for display, on the background thread: paragraph styles (right-to-left
 * paragraphs, interviewer turns set apart), character styles (highlights, bold speaker labels),
 * and the codes beside each paragraph. Nothing here touches a node.
 */
public final class TranscriptLayout {
    /** Speaker labels that name the interviewer rather than an informant. */
    private static final Set<String> INTERVIEWERS = Set.of("interviewer", "interviewers", "i", "q", "int",
            "moderator", "facilitator", "researcher", "المحاور", "المحاورة", "الباحث", "görüşmeci");

    private TranscriptLayout() {
    }

    public static TranscriptContent prepare(Transcript t, List<Code> codes, boolean withDocument) {
        Map<Long, String> colours = new HashMap<>();
        Map<Long, TranscriptContent.CodeLook> looks = new HashMap<>();
        for (Code c : codes) {
            colours.put(c.id(), c.colour());
            looks.put(c.id(), new TranscriptContent.CodeLook(c.name(), c.colour()));
        }
        StyleSpans<String> styles = TranscriptStyles.of(t, colours);
        String text = t.text();
        int[] starts = paragraphStarts(text);
        long[][] paragraphCodes = paragraphCodes(starts, text.length(), t.segments());
        int maxBars = 0;
        for (long[] p : paragraphCodes) {
            maxBars = Math.max(maxBars, p.length);
        }
        ReadOnlyStyledDocument<String, String, String> document = withDocument ? document(t, styles, starts) : null;
        return new TranscriptContent(t, document, styles, paragraphCodes, looks, maxBars);
    }

    static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** For each paragraph, the codes of the segments that overlap it (segments are in order). */
    static long[][] paragraphCodes(int[] starts, int length, List<Segment> segments) {
        long[][] out = new long[starts.length][];
        int s = 0;
        for (int p = 0; p < starts.length; p++) {
            int from = starts[p];
            int to = p + 1 < starts.length ? starts[p + 1] - 1 : length;
            while (s < segments.size() && segments.get(s).end() <= from) {
                s++;
            }
            TreeSet<Long> codes = new TreeSet<>();
            for (int k = s; k < segments.size() && segments.get(k).start() < Math.max(to, from + 1); k++) {
                for (long id : segments.get(k).codeIds()) {
                    codes.add(id);
                }
            }
            out[p] = codes.stream().mapToLong(Long::longValue).toArray();
        }
        return out;
    }

    private static ReadOnlyStyledDocument<String, String, String> document(Transcript t, StyleSpans<String> styles,
                                                                             int[] starts) {
        String text = t.text();
        ReadOnlyStyledDocumentBuilder<String, String, String> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), "", starts.length);
        int turn = 0;
        List<SpeakerTurn> turns = t.turns();
        for (int p = 0; p < starts.length; p++) {
            int from = starts[p];
            int to = p + 1 < starts.length ? starts[p + 1] - 1 : text.length();
            while (turn < turns.size() && turns.get(turn).end() <= from) {
                turn++;
            }
            boolean interviewer = turn < turns.size() && turns.get(turn).start() <= from
                    && INTERVIEWERS.contains(turns.get(turn).speaker().toLowerCase(Locale.ROOT));
            String style = (TextDirection.isRightToLeft(text, from, to) ? "-fx-node-orientation: right-to-left; -fx-text-alignment: right;" : "")
                    + (interviewer ? "-fx-background-color: -th-turn;" : ""); // a theme colour (app.css, dark.css)
            StyleSpans<String> spans = to > from ? styles.subView(from, to) : StyleSpans.singleton("", 0);
            builder.addParagraph(text.substring(from, to), spans, style);
        }
        return builder.build();
    }
}
