package org.thematica.importer;

import static org.thematica.importer.SubtitleImport.blank;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads YouTube SBV captions (.sbv) into a transcript; see {@link CueTranscript} for the
 * layout. A cue is a timing line {@code h:mm:ss.mmm,h:mm:ss.mmm} and text lines up to a blank
 * line or a valid timing line.
 */
public final class SbvReader implements DocumentReader {
    static final String FORMAT = "sbv";

    public SbvReader() {
    }

    @Override
    public ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        return SubtitleImport.read(file, bytes, options, FORMAT, SbvReader::parse);
    }

    private static void parse(Path file, String[] lines, CueCollector out) {
        int i = 0;
        while (i < lines.length) {
            i = blank(lines[i]) ? i + 1 : cue(lines, i, out);
        }
    }

    /** Reads the cue starting at {@code at}; returns the index after it. */
    private static int cue(String[] lines, int at, CueCollector out) {
        int end = endOfCue(lines, at + 1);
        if (!looksLikeTiming(lines[at])) {
            out.missingTiming(at + 1, lines[at]);
            return end;
        }
        CueTimes.Timing timing = CueTimes.sbv(lines[at]);
        if (timing.valid()) {
            out.add(at + 1, timing, Arrays.asList(lines).subList(at + 1, end));
        } else {
            out.invalidTiming(at + 1, timing);
        }
        return end;
    }

    private static int endOfCue(String[] lines, int from) {
        int i = from;
        while (i < lines.length && !blank(lines[i]) && !(looksLikeTiming(lines[i]) && CueTimes.sbv(lines[i]).valid())) {
            i++;
        }
        return i;
    }

    /** Starts with a digit and has the ':' and ',' of a timing: a broken timing, not text. */
    private static boolean looksLikeTiming(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9' && s.indexOf(':') > 0 && s.indexOf(',') > 0;
    }
}
