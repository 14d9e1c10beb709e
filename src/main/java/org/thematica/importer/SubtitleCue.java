package org.thematica.importer;

/**
 * One caption as the transcript builder sees it: plain speech with its media times. A source
 * cue in which the voice changes becomes several of these with the same times.
 *
 * @param speaker the voice or leading label, or null when the cue names nobody
 * @param text    plain text, markup removed, on one line, never empty
 */
record SubtitleCue(long startMs, long endMs, String speaker, String text) {
    SubtitleCue {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a cue needs text");
        }
    }
}
