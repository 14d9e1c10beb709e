package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the copied fixtures and the reader tests in step: a fixture added to the folder must
 * get an expectation in VttReaderTest, SrtReaderTest or SbvReaderTest and be listed here.
 */
class SubtitleFixtureCoverageTest {
    /** Every fixture whose exact outcome a reader test asserts. */
    private static final Set<String> TESTED = Set.of(
            "captions_with_bom.vtt", "comments.vtt", "cue_tags.vtt", "empty.vtt", "invalid.vtt",
            "invalid_timeframe.vtt", "invalid_timeframe_in_cue_text.vtt", "metadata_headers.vtt",
            "metadata_headers_multiline.vtt", "missing_caption_text.vtt", "missing_timeframe.vtt",
            "no_captions.vtt", "one_caption.vtt", "sample.vtt", "styles.vtt", "teams_timeframe.vtt",
            "using_identifiers.vtt", "youtube_dl.vtt",
            "invalid_format1.srt", "invalid_format2.srt", "invalid_format3.srt", "invalid_format4.srt",
            "invalid_timeframe.srt", "missing_caption_text.srt", "missing_timeframe.srt", "one_caption.srt",
            "sample.srt",
            "invalid_format.sbv", "invalid_timeframe.sbv", "missing_caption_text.sbv", "missing_timeframe.sbv",
            "sample.sbv", "two_captions.sbv");

    private static Set<String> names(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copied() throws URISyntaxException {
        return Path.of(SubtitleFixtureCoverageTest.class.getResource(SubtitleFixtures.DIRECTORY + "LICENSE").toURI()).getParent();
    }

    @Test
    void everyCopiedFixtureHasATestAndTheLicenceTravelsWithThem() throws Exception {
        Set<String> copied = names(copied());

        assertThat(copied).contains("LICENSE");
        copied.remove("LICENSE");
        assertThat(copied).isEqualTo(new TreeSet<>(TESTED));
    }

    @Test
    void copiesMatchTheSharedFixtures() throws Exception {
        String shared = System.getProperty("thematica.fixtures");
        Path source = shared == null ? null : Path.of(shared, "subtitles");
        assumeTrue(source != null && Files.isDirectory(source), "shared fixtures not present");

        assertThat(names(copied())).isEqualTo(names(source));
        for (String name : names(source)) {
            assertThat(SubtitleFixtures.bytes(name)).as(name).isEqualTo(Files.readAllBytes(source.resolve(name)));
        }
    }
}
