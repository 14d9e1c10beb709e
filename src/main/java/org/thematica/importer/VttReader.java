package org.thematica.importer;

import static org.thematica.importer.CueTimes.ARROW;
import static org.thematica.importer.SubtitleImport.blank;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads WebVTT captions (.vtt: YouTube, Zoom, Microsoft Teams, browsers) into a transcript; see
 * {@link CueTranscript} for the layout.
 *
 * <p>Block structure follows the W3C parser: header lines after {@code WEBVTT} up to the first
 * blank line are metadata ({@code Kind:}, {@code Language:}, YouTube's {@code Style:});
 * {@code NOTE}, {@code STYLE} and {@code REGION} blocks are skipped; a cue is an optional
 * identifier line, a timing line and text lines up to a blank line or up to a line containing
 * "-->", which starts the next cue (as in files from youtube-dl that omit the blank line).
 * Cue settings after the end time are ignored.
 */
public final class VttReader implements DocumentReader {
    static final String FORMAT = "vtt";

    public VttReader() {
    }

    @Override
    public ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        return SubtitleImport.read(file, bytes, options, FORMAT, VttReader::parse);
    }

    private static void parse(Path file, String[] lines, CueCollector out) throws ImportException {
        if (!isSignature(lines[0])) {
            throw new ImportException(file, "is not a WebVTT file (the first line must be WEBVTT)");
        }
        int i = 1;
        while (i < lines.length && !blank(lines[i]) && !lines[i].contains(ARROW)) {
            i++;
        }
        while (i < lines.length) {
            i = blank(lines[i]) ? i + 1 : block(lines, i, out);
        }
    }

    /** "WEBVTT" alone or followed by a space or tab and any text. */
    static boolean isSignature(String line) {
        return line.startsWith("WEBVTT")
                && (line.length() == 6 || line.charAt(6) == ' ' || line.charAt(6) == '\t');
    }

    /** Reads the block starting at {@code at}; returns the index after it. */
    private static int block(String[] lines, int at, CueCollector out) {
        int timingAt;
        if (lines[at].contains(ARROW)) {
            timingAt = at;
        } else if (at + 1 < lines.length && lines[at + 1].contains(ARROW)) {
            timingAt = at + 1; // lines[at] is the cue identifier, which a transcript does not need
        } else {
            if (!isCommentOrStyle(lines[at])) {
                out.missingTiming(at + 1, lines[at]);
            }
            return endOfBlock(lines, at + 1);
        }
        CueTimes.Timing timing = CueTimes.arrow(lines[timingAt]);
        int end = endOfBlock(lines, timingAt + 1);
        if (timing.valid()) {
            out.add(timingAt + 1, timing, Arrays.asList(lines).subList(timingAt + 1, end));
        } else {
            out.invalidTiming(timingAt + 1, timing);
        }
        return end;
    }

    private static int endOfBlock(String[] lines, int from) {
        int i = from;
        while (i < lines.length && !blank(lines[i]) && !lines[i].contains(ARROW)) {
            i++;
        }
        return i;
    }

    private static boolean isCommentOrStyle(String line) {
        return startsWithWord(line, "NOTE") || startsWithWord(line, "STYLE") || startsWithWord(line, "REGION");
    }

    private static boolean startsWithWord(String line, String word) {
        return line.startsWith(word)
                && (line.length() == word.length() || Character.isWhitespace(line.charAt(word.length())));
    }
}
