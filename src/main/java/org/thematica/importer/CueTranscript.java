package org.thematica.importer;

import java.util.ArrayList;
import java.util.List;
import org.thematica.model.SpeakerTurn;
import org.thematica.model.SyncPoint;

/**
 * The readable transcript made from a list of captions; media times stay outside the text as
 * sync points and turn times.
 *
 * <p>Layout: when no caption names a speaker, each caption is one line. Otherwise each turn is
 * one paragraph {@code Speaker: speech}, consecutive captions of the same speaker joined with a
 * space, turns separated by a single LF, no trailing LF. A caption without a speaker continues
 * the current turn, because captioners usually name a speaker only when the voice changes;
 * captions before the first named speaker stay lines of their own, outside any turn.
 *
 * <p>Each turn covers its paragraph, label included, LF excluded, and runs from the start time
 * of its first caption to the end time of its last. Each caption adds one sync point at the
 * offset where its text starts, with its start time.
 */
record CueTranscript(String text, List<SpeakerTurn> turns, List<SyncPoint> syncPoints) {
    CueTranscript {
        turns = List.copyOf(turns);
        syncPoints = List.copyOf(syncPoints);
    }

    static CueTranscript build(List<SubtitleCue> cues) {
        boolean voiced = cues.stream().anyMatch(cue -> cue.speaker() != null);
        StringBuilder text = new StringBuilder();
        List<SpeakerTurn> turns = new ArrayList<>();
        List<SyncPoint> syncPoints = new ArrayList<>(cues.size());
        String speaker = null;
        int turnStart = 0;
        long turnStartMs = 0;
        long turnEndMs = 0;
        for (SubtitleCue cue : cues) {
            boolean newTurn = voiced && cue.speaker() != null && !cue.speaker().equals(speaker);
            boolean sameTurn = voiced && !newTurn && speaker != null;
            if (newTurn && speaker != null) {
                turns.add(new SpeakerTurn(turnStart, text.length(), speaker, turnStartMs, turnEndMs));
            }
            if (sameTurn) {
                text.append(' ');
            } else if (text.length() > 0) {
                text.append('\n');
            }
            if (newTurn) {
                speaker = cue.speaker();
                turnStart = text.length();
                turnStartMs = cue.startMs();
                text.append(speaker).append(": ");
            }
            syncPoints.add(new SyncPoint(text.length(), cue.startMs()));
            text.append(cue.text());
            turnEndMs = cue.endMs();
        }
        if (speaker != null) {
            turns.add(new SpeakerTurn(turnStart, text.length(), speaker, turnStartMs, turnEndMs));
        }
        return new CueTranscript(text.toString(), turns, syncPoints);
    }
}
