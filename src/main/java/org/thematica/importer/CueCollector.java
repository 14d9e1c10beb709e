package org.thematica.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the captions of one file and the problems met on the way, in file order, and turns
 * them into an {@link ImportedText}. Warnings name the line (1-based, counted after CRLF became
 * LF, as editors count) so a researcher can find the problem in the file.
 */
final class CueCollector {
    /** Beyond this, further problems are only counted: a thousand warnings help nobody. */
    static final int MAX_WARNINGS = 100;
    private static final int MAX_QUOTE = 40;

    private final List<SubtitleCue> cues = new ArrayList<>();
    private final List<String> warnings;
    private String firstProblem;
    private int problems;

    CueCollector(List<String> decodingWarnings) {
        this.warnings = new ArrayList<>(decodingWarnings);
    }

    void invalidTiming(int line, CueTimes.Timing timing) {
        warn(line, "invalid timing '" + quote(timing.invalidPart()) + "'; cue skipped");
    }

    void missingTiming(int line, String text) {
        warn(line, "missing timing for '" + quote(text) + "'; cue skipped");
    }

    /** Adds a caption with a valid timing line at {@code line}, or says why it is skipped. */
    void add(int line, CueTimes.Timing timing, List<String> textLines) {
        List<CueText.Part> parts = CueText.parse(textLines);
        if (parts.isEmpty()) {
            warn(line, "no caption text; cue skipped");
            return;
        }
        if (timing.endMs() < timing.startMs()) {
            // The words matter more than the times; keep them and let the user check the timing.
            warn(line, "ends at " + timing.end() + ", before it starts at " + timing.start() + "; cue kept");
        }
        for (CueText.Part part : parts) {
            cues.add(new SubtitleCue(timing.startMs(), timing.endMs(), part.speaker(), part.text()));
        }
    }

    ImportedText finish(Path file, String format, SubtitleText source) throws ImportException {
        if (cues.isEmpty()) {
            String why = firstProblem == null ? ""
                    : " (" + firstProblem + (problems > 1 ? ", and " + problems(problems - 1) : "") + ")";
            throw new ImportException(file, "contains no captions" + why);
        }
        List<String> all = new ArrayList<>(warnings);
        if (problems > MAX_WARNINGS) {
            all.add(problems(problems - MAX_WARNINGS) + " like these were not listed");
        }
        CueTranscript transcript = CueTranscript.build(cues);
        return new ImportedText(transcript.text(), format, source.encoding(), transcript.turns(),
                transcript.syncPoints(), all);
    }

    private void warn(int line, String problem) {
        String warning = "line " + line + ": " + problem;
        problems++;
        if (firstProblem == null) {
            firstProblem = warning;
        }
        if (problems <= MAX_WARNINGS) {
            warnings.add(warning);
        }
    }

    private static String problems(int count) {
        return count + (count == 1 ? " more problem" : " more problems");
    }

    private static String quote(String text) {
        String line = text.strip();
        return line.length() <= MAX_QUOTE ? line : line.substring(0, MAX_QUOTE) + "…";
    }
}
