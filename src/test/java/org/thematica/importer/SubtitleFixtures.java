package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.thematica.model.SyncPoint;

/**
 * The webvtt-py subtitle fixtures (MIT, see fixtures/subtitles/LICENSE), read from the test
 * classpath so the tests run without ../shared, and small helpers to read files in tests.
 */
final class SubtitleFixtures {
    static final String DIRECTORY = "/fixtures/subtitles/";

    private SubtitleFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = SubtitleFixtures.class.getResourceAsStream(DIRECTORY + name)) {
            assertThat(in).as("fixture %s on the classpath", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a fixture and checks the offsets of what came back. */
    static ImportedText read(DocumentReader reader, String name) throws ImportException {
        return checked(reader.read(Path.of(name), bytes(name), ReadOptions.defaults()));
    }

    /** Reads text written in a test, as UTF-8, and checks the offsets of what came back. */
    static ImportedText read(DocumentReader reader, String name, String content) throws ImportException {
        return checked(reader.read(Path.of(name), content.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults()));
    }

    /** The message of the refusal of a fixture. */
    static String refusal(DocumentReader reader, String name) {
        return refusal(reader, name, bytes(name));
    }

    static String refusal(DocumentReader reader, String name, byte[] content) {
        ImportException refused = catchThrowableOfType(ImportException.class,
                () -> reader.read(Path.of(name), content, ReadOptions.defaults()));
        assertThat(refused).as("%s is refused", name).isNotNull();
        return refused.getMessage();
    }

    static List<Long> times(ImportedText imported) {
        return imported.syncPoints().stream().map(SyncPoint::timeMs).collect(Collectors.toList());
    }

    /** The text at each sync point up to the end of its line: what the cue contributed first. */
    static List<String> syncedLines(ImportedText imported) {
        String text = imported.text();
        return imported.syncPoints().stream().map(point -> {
            int end = text.indexOf('\n', point.offset());
            return text.substring(point.offset(), end < 0 ? text.length() : end);
        }).collect(Collectors.toList());
    }

    private static ImportedText checked(ImportedText imported) {
        TranscriptAssertions.assertOffsetsConsistent(imported);
        return imported;
    }
}
