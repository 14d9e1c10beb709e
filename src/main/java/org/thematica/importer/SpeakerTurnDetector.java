package org.thematica.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thematica.model.SpeakerTurn;

/**
 * Finds speaker turns in a speaker-labelled transcript (labels as in {@link SpeakerLabel}).
 *
 * <p><b>When is a text a transcript?</b> Prose has lines such as "Note: ..." or
 * "Conclusion: ...", so one label line proves nothing. A label counts as <em>established</em>
 * when it occurs at least twice, or when it is a usual interview role (Interviewer, Interviewee,
 * Respondent, Participant, Moderator, Speaker, Q, A, I, R, P, also numbered as R1 or Speaker 2,
 * and a few Arabic and Turkish equivalents such as المحاور). The text is a transcript when it
 * has at least two distinct established labels. Then every label line is a turn, including a
 * speaker who speaks only once; metadata words (Date:, Location:, Note:) and transcription notes
 * ([inaudible], [laughter]) are never labels. Otherwise the text has no turns.
 *
 * <p><b>Extent of a turn.</b> From the start of its label's line to the start of the next label's
 * line, minus trailing whitespace (blank lines); text between two labels belongs to the earlier
 * speaker, and text before the first label belongs to no one. Offsets are UTF-16 indices into the
 * text given, which must already be normalised (LF line ends).
 */
public final class SpeakerTurnDetector {
    private static final Set<String> ROLES = Set.of(
            "interviewer", "interviewee", "respondent", "participant", "moderator", "facilitator",
            "researcher", "informant", "speaker", "question", "answer", "int", "iv", "q", "a", "i", "r", "p",
            "المحاور", "المحاورة", "الباحث", "الباحثة", "المشارك", "المشاركة", "المستجيب", "المستجيبة",
            "سؤال", "جواب", "س", "ج",
            "görüşmeci", "katılımcı", "katilimci", "soru", "cevap", "yanıt", "yanit");

    private SpeakerTurnDetector() {
    }

    private record Label(int lineStart, String speaker, String key) {
    }

    public static List<SpeakerTurn> detect(String text) {
        List<Label> labels = findLabels(text);
        if (!isTranscript(labels)) {
            return List.of();
        }
        List<SpeakerTurn> turns = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            int start = labels.get(i).lineStart();
            int end = i + 1 < labels.size() ? labels.get(i + 1).lineStart() : text.length();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            turns.add(SpeakerTurn.untimed(start, end, labels.get(i).speaker()));
        }
        return turns;
    }

    private static List<Label> findLabels(String text) {
        List<Label> labels = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String speaker = SpeakerLabel.at(text, lineStart, lineEnd);
            if (speaker != null) {
                labels.add(new Label(lineStart, speaker, speaker.toLowerCase(Locale.ROOT)));
            }
            lineStart = lineEnd + 1;
        }
        return labels;
    }

    private static boolean isTranscript(List<Label> labels) {
        Map<String, Integer> counts = new HashMap<>();
        for (Label label : labels) {
            counts.merge(label.key(), 1, Integer::sum);
        }
        Set<String> established = new HashSet<>();
        counts.forEach((key, count) -> {
            if (count >= 2 || isRole(key)) {
                established.add(key);
            }
        });
        return established.size() >= 2;
    }

    /** A role word, possibly numbered: "R1", "speaker 2", "participant 12". */
    static boolean isRole(String key) {
        int end = key.length();
        while (end > 0 && Character.isDigit(key.charAt(end - 1))) {
            end--;
        }
        if (end < key.length() && end > 0 && key.charAt(end - 1) == ' ') {
            end--;
        }
        return end > 0 && ROLES.contains(key.substring(0, end));
    }
}
