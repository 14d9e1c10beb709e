package org.thematica.ui.transcript;

import java.util.Locale;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.thematica.analysis.Highlights.Segment;
import org.thematica.model.SpeakerTurn;
import org.thematica.service.WorkspaceService.Transcript;

/**
 * Turns a transcript's highlight segments and speaker labels into RichTextFX style spans (inline
 * CSS). Pure and free of nodes, so it runs on the background thread; only the result is applied
 * on the FX thread, in one batch.
 */
public final class TranscriptStyles {
    private TranscriptStyles() {
    }

    public static StyleSpans<String> of(Transcript t, Map<Long, String> colours) {
        int n = t.text().length();
        // label ranges, in order and disjoint (turns do not overlap)
        int[] labelStart = new int[t.turns().size()];
        int[] labelEnd = new int[t.turns().size()];
        for (int i = 0; i < labelStart.length; i++) {
            labelStart[i] = t.turns().get(i).start();
            labelEnd[i] = labelEnd(t.text(), t.turns().get(i));
        }
        StyleSpansBuilder<String> builder = new StyleSpansBuilder<>(t.segments().size() + 2 * labelStart.length);
        Map<String, String> backgrounds = new java.util.HashMap<>(); // the same code sets recur all over a text
        int label = 0;
        int at = 0;
        for (Segment s : t.segments()) {
            String background = backgrounds.computeIfAbsent(java.util.Arrays.toString(s.codeIds()),
                    k -> background(s.codeIds(), colours));
            while (at < s.end()) {
                while (label < labelEnd.length && labelEnd[label] <= at) {
                    label++;
                }
                boolean bold = label < labelStart.length && labelStart[label] <= at;
                int next = s.end();
                if (label < labelStart.length) {
                    next = Math.min(next, bold ? labelEnd[label] : labelStart[label]);
                }
                builder.add(bold ? background + "-fx-font-weight: bold;" : background, next - at);
                at = next;
            }
        }
        if (at < n || n == 0) {
            builder.add("", n - at);
        }
        return builder.create();
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

    /** A translucent blend of the codes' colours; overlaps are stronger and underlined. */
    static String background(long[] codeIds, Map<Long, String> colours) {
        if (codeIds.length == 0) {
            return "";
        }
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
        String colour = String.format(Locale.ROOT, "#%02x%02x%02x", r / k, g / k, b / k);
        String alpha = k == 1 ? "66" : "99"; // visible on the dark theme too, text still readable on the light one
        String css = "-rtfx-background-color: " + colour + alpha + ";";
        if (k > 1) {
            css += "-rtfx-underline-color: " + colour + "; -rtfx-underline-width: 2;";
        }
        return css;
    }
}
