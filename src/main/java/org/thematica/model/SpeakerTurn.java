package org.thematica.model;

/**
 * One speaker's turn in a transcript: its range in the text (covering the label and the speech),
 * the speaker label as written, and the media times when the source had them.
 *
 * @param startMs media time in milliseconds, or -1 when unknown
 * @param endMs   media time in milliseconds, or -1 when unknown
 */
public record SpeakerTurn(int start, int end, String speaker, long startMs, long endMs) {
    public SpeakerTurn {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad turn range [" + start + ", " + end + ")");
        }
    }

    public static SpeakerTurn untimed(int start, int end, String speaker) {
        return new SpeakerTurn(start, end, speaker, -1, -1);
    }

    public TextRange range() {
        return new TextRange(start, end);
    }
}
