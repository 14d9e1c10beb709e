package org.thematica.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** Large, broken and hostile input: readers answer with a transcript or an ImportException, quickly. */
class SubtitleRobustnessTest {
    private static final int CUES = 50_000;
    private static final List<DocumentReader> READERS = List.of(new VttReader(), new SrtReader(), new SbvReader());

    private static String clock(long ms, char decimal) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d",
                ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, decimal, ms % 1000);
    }

    private static String generate(String header, LongFunction<String> cue) {
        StringBuilder out = new StringBuilder(header);
        for (int i = 0; i < CUES; i++) {
            out.append(cue.apply(i));
        }
        return out.toString();
    }

    @Test
    void fiftyThousandWebVttCuesWithVoices() throws Exception {
        String vtt = generate("WEBVTT\n\n", i -> clock(i * 1000, '.') + " --> " + clock(i * 1000 + 900, '.')
                + "\n<v " + (i / 2 % 2 == 0 ? "Interviewer" : "Informant") + ">Sentence number " + i + ".\n\n");

        ImportedText imported = SubtitleFixtures.read(new VttReader(), "long.vtt", vtt);

        assertThat(imported.syncPoints()).hasSize(CUES);
        assertThat(imported.turns()).hasSize(CUES / 2);
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void fiftyThousandSubRipCues() throws Exception {
        String srt = generate("", i -> (i + 1) + "\r\n" + clock(i * 1000, ',') + " --> " + clock(i * 1000 + 900, ',')
                + "\r\n<i>Line " + i + "</i>\r\nsecond line\r\n\r\n");

        ImportedText imported = SubtitleFixtures.read(new SrtReader(), "long.srt", srt);

        assertThat(imported.syncPoints()).hasSize(CUES);
        assertThat(imported.text().split("\n")).hasSize(CUES);
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void fiftyThousandSbvCues() throws Exception {
        String sbv = generate("", i -> clock(i * 1000, '.') + "," + clock(i * 1000 + 900, '.') + "\nLine " + i + "\n\n");

        ImportedText imported = SubtitleFixtures.read(new SbvReader(), "long.sbv", sbv);

        assertThat(imported.syncPoints()).hasSize(CUES);
        assertThat(imported.text().split("\n")).hasSize(CUES);
    }

    @Test
    void manyProblemsAreCountedNotAllListed() throws Exception {
        StringBuilder srt = new StringBuilder("1\n00:00:00,000 --> 00:00:01,000\nfine\n\n");
        for (int i = 0; i < 500; i++) {
            srt.append("orphan text ").append(i).append("\n\n");
        }

        ImportedText imported = SubtitleFixtures.read(new SrtReader(), "noisy.srt", srt.toString());

        assertThat(imported.text()).isEqualTo("fine");
        assertThat(imported.warnings()).hasSize(CueCollector.MAX_WARNINGS + 1);
        assertThat(imported.warnings().get(0)).isEqualTo("line 5: missing timing for 'orphan text 0'; cue skipped");
        assertThat(imported.warnings().get(CueCollector.MAX_WARNINGS))
                .isEqualTo("400 more problems like these were not listed");
    }

    @Test
    void hostileMarkupDoesNotSlowReadingDown() {
        String[] floods = {"<", "&", "<rt>", "{\\", "<v ", "</rt>", "<ruby><rt>x", "&#", "-->"};
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String flood : floods) {
                String text = "WEBVTT\n\n00:00.000 --> 00:01.000\nstart " + flood.repeat(400_000 / flood.length());
                readOrRefuse(new VttReader(), text.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void mutatedFixturesNeverBreakTheReaders() {
        String[] fixtures = {"sample.vtt", "teams_timeframe.vtt", "youtube_dl.vtt", "comments.vtt", "cue_tags.vtt",
            "styles.vtt", "sample.srt", "missing_timeframe.srt", "sample.sbv", "missing_caption_text.sbv"};
        String[] tokens = {"<", ">", "</v>", "<v X>", "<v.a ", "&", ";", "&#x", "-->", " --> ", ":", ",", ".",
            "\n", "\r", "\r\n", "\n\n", "\uFEFF", "WEBVTT", "NOTE", "00:00:01.000", "0:0:0.5", "😀", "{\\", "}",
            "<rt>", "</ruby>", "\u0000", "DR. X: ", "- ", "1\n"};
        Random random = new Random(20240611L);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String fixture : fixtures) {
                byte[] original = SubtitleFixtures.bytes(fixture);
                for (int round = 0; round < 300; round++) {
                    byte[] mutated = mutate(original, tokens, random);
                    for (DocumentReader reader : READERS) {
                        readOrRefuse(reader, mutated);
                    }
                }
            }
        });
    }

    /** Reading ends in a consistent transcript or a plain refusal, never in the reader's safety net. */
    private static void readOrRefuse(DocumentReader reader, byte[] bytes) {
        try {
            TranscriptAssertions.assertOffsetsConsistent(reader.read(Path.of("fuzz"), bytes, ReadOptions.defaults()));
        } catch (ImportException refused) {
            assertThat(refused.getCause()).as("refusal %s comes from a bug", refused.getMessage()).isNull();
        }
    }

    private static byte[] mutate(byte[] original, String[] tokens, Random random) {
        byte[] current = original;
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = current.length == 0 ? 0 : random.nextInt(current.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(current, 0, at);
            switch (random.nextInt(3)) {
                case 0 -> out.writeBytes(tokens[random.nextInt(tokens.length)].getBytes(StandardCharsets.UTF_8));
                case 1 -> out.write(random.nextInt(256));
                default -> at = Math.min(current.length, at + 1 + random.nextInt(20));
            }
            out.write(current, at, current.length - at);
            current = out.toByteArray();
        }
        return current;
    }
}
