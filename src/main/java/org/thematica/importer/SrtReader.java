package org.thematica.importer;

import static org.thematica.importer.CueTimes.ARROW;
import static org.thematica.importer.SubtitleImport.blank;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads SubRip captions (.srt) into a transcript; see {@link CueTranscript} for the layout.
 *
 * <p>A cue is an index line, a timing line {@code hh:mm:ss,mmm --> hh:mm:ss,mmm} and text lines
 * up to a blank line. Real files bend this, so the reader tolerates: a missing or non-numeric
 * index line, '.' instead of ',' in times, coordinates after the end time, extra blank lines,
 * and a missing blank line before the next cue (a valid timing line, or a number followed by
 * one, starts a new cue).
 */
public final class SrtReader implements DocumentReader {
    static final String FORMAT = "srt";

    public SrtReader() {
    }

    @Override
    public ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        return SubtitleImport.read(file, bytes, options, FORMAT, SrtReader::parse);
    }

    private static void parse(Path file, String[] lines, CueCollector out) {
        int i = 0;
        while (i < lines.length) {
            i = blank(lines[i]) ? i + 1 : cue(lines, i, out);
        }
    }

    /** Reads the cue starting at {@code at}; returns the index after it. */
    private static int cue(String[] lines, int at, CueCollector out) {
        int timingAt;
        if (lines[at].contains(ARROW)) {
            timingAt = at;
        } else if (at + 1 < lines.length && lines[at + 1].contains(ARROW)) {
            timingAt = at + 1;
        } else {
            boolean indexed = isIndex(lines[at]) && at + 1 < lines.length && !blank(lines[at + 1]);
            out.missingTiming(at + 1, indexed ? lines[at + 1] : lines[at]);
            return endOfCue(lines, at + 1);
        }
        CueTimes.Timing timing = CueTimes.arrow(lines[timingAt]);
        int end = endOfCue(lines, timingAt + 1);
        if (timing.valid()) {
            out.add(timingAt + 1, timing, Arrays.asList(lines).subList(timingAt + 1, end));
        } else {
            out.invalidTiming(timingAt + 1, timing);
        }
        return end;
    }

    private static int endOfCue(String[] lines, int from) {
        int i = from;
        while (i < lines.length && !blank(lines[i]) && !startsCue(lines, i)) {
            i++;
        }
        return i;
    }

    /** Only a timing line that parses may cut a cue short: "A --> B" can be caption text. */
    private static boolean startsCue(String[] lines, int i) {
        return isTiming(lines[i]) || (isIndex(lines[i]) && i + 1 < lines.length && isTiming(lines[i + 1]));
    }

    private static boolean isTiming(String line) {
        return line.contains(ARROW) && CueTimes.arrow(line).valid();
    }

    private static boolean isIndex(String line) {
        String number = line.strip();
        for (int i = 0; i < number.length(); i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return false;
            }
        }
        return !number.isEmpty();
    }
}
