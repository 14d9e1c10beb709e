package org.thematica.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.thematica.importer.ImportException;
import org.thematica.importer.ImportedText;
import org.thematica.importer.Importers;
import org.thematica.importer.ReadOptions;
import org.thematica.importer.TextNormalizer;

/**
 * Hostile input for every importer: random bytes under every extension, real files truncated,
 * flipped, padded with garbage, and hand-made attacks (deep XML, entity expansion, a zip bomb,
 * huge lines, invalid UTF-8). Each read must end within a few seconds in one of two ways only:
 * a normalised text, or an ImportException whose one-line message names the file. Anything
 * else (another exception, a hang) fails. Cases are seeded: see {@link Seeds}.
 */
class ImporterFuzzTest {
    static final List<String> EXTENSIONS = List.of("txt", "md", "docx", "odt", "pdf", "vtt", "srt", "sbv", "bin", "");
    static final Duration LIMIT = Duration.ofSeconds(20);
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-read");
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void stopRunner() {
        RUNNER.shutdownNow();
    }

    /** Reads the bytes as a file named with {@code extension}; fails on anything but the two allowed outcomes. */
    static String read(byte[] bytes, String extension) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        Path file = dir.resolve(extension.isEmpty() ? "input" : "input." + extension);
        Files.write(file, bytes);
        try {
            Future<ImportedText> read = RUNNER.submit(() -> Importers.read(file, ReadOptions.defaults()));
            try {
                ImportedText text = read.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
                assertThat(TextNormalizer.isNormalized(text.text())).isTrue();
                for (var turn : text.turns()) {
                    assertThat(turn.end()).isLessThanOrEqualTo(text.text().length());
                }
                return "read";
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                assertThat(cause).as("only ImportException may escape: " + cause).isInstanceOf(ImportException.class);
                assertThat(cause.getMessage()).startsWith(file.getFileName() + ": ");
                assertThat(cause.getMessage()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
                return "refused";
            } catch (java.util.concurrent.TimeoutException e) {
                read.cancel(true);
                throw new AssertionError("reading took longer than " + LIMIT + " for ." + extension);
            }
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    record Input(String extension, byte[] bytes) {
        @Override
        public String toString() {
            return "." + extension + ", " + bytes.length + " bytes";
        }
    }

    @TestFactory
    Stream<DynamicTest> randomBytesAreReadOrRefusedCleanly() {
        return Seeds.cases("random bytes", 150,
                r -> new Input(EXTENSIONS.get(r.nextInt(EXTENSIONS.size())), Seeds.bytes(r)),
                in -> read(in.bytes(), in.extension()));
    }

    private static final List<Input> REAL = List.of(
            new Input("docx", HostileFiles.resource("qualcoder-examples/ID1.docx")),
            new Input("odt", HostileFiles.resource("qualcoder-examples/ID2.odt")),
            new Input("pdf", HostileFiles.pdf()),
            new Input("vtt", HostileFiles.resource("subtitles/sample.vtt")),
            new Input("srt", HostileFiles.resource("subtitles/sample.srt")),
            new Input("sbv", HostileFiles.resource("subtitles/sample.sbv")),
            new Input("txt", HostileFiles.resource("udhr/udhr_arb.txt")),
            new Input("txt", HostileFiles.resource("qualcoder-examples/transcript.txt")),
            new Input("md", "# Notes\n\n- a *list* with [a link](http://x)\n\n> quote\n".getBytes(StandardCharsets.UTF_8)));

    @TestFactory
    Stream<DynamicTest> realFilesBrokenAtRandomAreReadOrRefusedCleanly() {
        return Seeds.cases("broken real file", 60, r -> {
            Input real = REAL.get(r.nextInt(REAL.size()));
            return new Input(real.extension(), HostileFiles.mutate(real.bytes(), r));
        }, in -> read(in.bytes(), in.extension()));
    }

    @Test
    void deepXmlIsReadOrRefusedWithoutAStackOverflow() throws Exception {
        assertThat(read(HostileFiles.deepDocx(200_000), "docx")).isIn("read", "refused");
    }

    @Test
    void anEntityExpansionBombIsRefused() throws Exception {
        assertThat(read(HostileFiles.entityBombOdt(), "odt")).isEqualTo("refused");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        assertThat(read(HostileFiles.zipBombDocx(), "docx")).isEqualTo("refused");
    }

    @Test
    void aHugeSingleLineIsRead() throws Exception {
        byte[] line = ("word ".repeat(1_200_000) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(read(line, "txt")).isEqualTo("read");
        assertThat(read(("WEBVTT\n\n00:00.000 --> 00:01.000\n" + "word ".repeat(1_200_000)).getBytes(StandardCharsets.UTF_8),
                "vtt")).isEqualTo("read");
    }

    @Test
    void invalidUtf8IsReadAsALegacyEncodingOrRefused() throws Exception {
        byte[] bytes = {'a', (byte) 0xC3, 0x28, 'b', (byte) 0xE2, (byte) 0x82, (byte) 0xFF, 'c'};
        assertThat(read(bytes, "txt")).isIn("read", "refused");
        assertThat(read(bytes, "vtt")).isEqualTo("refused"); // no WEBVTT header
    }
}
