package org.thematica.bench;

import java.util.Random;

/**
 * Deterministic (seeded) interview transcripts that look like the real thing: speaker turns of
 * varied length, an interviewer and an informant, everyday English with some Arabic passages
 * and their translations, CRLF-free. Used by benchmarks; the same seed gives the same text.
 */
public final class TranscriptGenerator {
    private static final String[] WORDS = ("the of and to in a that was it we they he she not for on with as "
            + "government people security after war army militia state parliament city families water "
            + "electricity reconstruction federation influence power vacuum violence sectarian community "
            + "neighbourhood years remember because nobody trust corruption party ministry budget "
            + "displacement camp return school hospital bridge road checkpoint youth work salary police "
            + "negotiation constitution referendum withdrawal protest region border trade aid donor "
            + "think really know said told happened started changed became under between against before "
            + "during every many some other new old first last long small large local national foreign")
            .split(" ");
    private static final String[] ARABIC = {
        "الفراغ الأمني كان أخطر من الحرب نفسها",
        "الناس لا يطلبون المعجزات، يطلبون الكهرباء والماء",
        "لا أحد يعرف من المسؤول",
    };

    private TranscriptGenerator() {
    }

    /** A transcript of about {@code words} words. */
    public static String generate(long seed, int words) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(words * 7);
        int written = 0;
        boolean interviewer = true;
        while (written < words) {
            text.append(interviewer ? "Interviewer: " : "Informant: ");
            int turn = interviewer ? 8 + random.nextInt(25) : 40 + random.nextInt(260);
            for (int i = 0; i < turn; i++) {
                String w = WORDS[random.nextInt(WORDS.length)];
                if (i == 0) {
                    w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                }
                text.append(w);
                written++;
                if (random.nextInt(14) == 0) {
                    text.append(". ");
                } else if (random.nextInt(9) == 0) {
                    text.append(", ");
                } else {
                    text.append(' ');
                }
            }
            if (!interviewer && random.nextInt(6) == 0) {
                text.append(ARABIC[random.nextInt(ARABIC.length)]).append(" [Translation follows.] ");
                written += 8;
            }
            text.setLength(text.length() - 1);
            text.append(".\n");
            interviewer = !interviewer;
        }
        return text.toString();
    }

    /**
     * A transcript shaped like the largest real one measured (DESIGN.md, "Numbers to beat"):
     * {@code lines} short lines (about 27 characters each, 1.3 MB for 48,000 lines), turns of
     * one to eight lines, each turn's first line starting with its speaker's label.
     */
    public static String shortLines(long seed, int lines) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(lines * 28);
        boolean interviewer = true;
        int written = 0;
        while (written < lines) {
            int turnLines = interviewer ? 1 + random.nextInt(2) : 1 + random.nextInt(8);
            for (int l = 0; l < turnLines && written < lines; l++, written++) {
                if (l == 0) {
                    text.append(interviewer ? "Interviewer: " : "Informant: ");
                }
                if (!interviewer && random.nextInt(40) == 0) {
                    text.append(ARABIC[random.nextInt(ARABIC.length)]);
                } else {
                    int words = 2 + random.nextInt(4);
                    for (int i = 0; i < words; i++) {
                        text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                    }
                }
                text.append(random.nextInt(3) == 0 ? ".\n" : "\n");
            }
            interviewer = !interviewer;
        }
        return text.toString();
    }

    /** The speakers of {@link #realShaped}: the interviewer, informants, two with names in Arabic script. */
    static final String[] SPEAKERS = {"Interviewer", "Hassan", "Amira", "Karim", "Layla", "Omar", "Dana", "Tom",
        "Yusuf", "Mariam", "Sami", "Nadia", "Faris", "Rana", "Ali", "Huda", "Jamal", "Sarah", "حسن", "ليلى"};
    /** Short Arabic lines, with punctuation and digits (what JavaFX's own text misdraws). */
    private static final String[] ARABIC_LINES = {
        "الفراغ الأمني كان أخطر من الحرب نفسها.",
        "الناس لا يطلبون المعجزات، يطلبون الكهرباء والماء.",
        "لا أحد يعرف من المسؤول",
        "في عام 2014 تغير كل شيء.",
        "قالوا لنا: انتظروا، وانتظرنا سنوات",
    };

    /**
     * A transcript shaped like the real ones measured side by side with QualCoder (issue 11, the
     * largest 1.27 MB in 48,598 lines with about 11,000 speaker turns): about 1.3 M characters in
     * {@code lines} lines for 48,000. Each turn opens with its speaker's label and a timestamp
     * ({@code Amira: [01:12:09] ...}), runs on for a few short hard-wrapped lines (an
     * interviewer's question is usually one line, an answer one to eight), and ends with a blank
     * line: so most paragraphs are one short line. About 20 speakers; some lines are Arabic, a
     * few English lines quote Arabic, and two informants speak only Arabic.
     */
    public static String realShaped(long seed, int lines) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(lines * 28);
        int written = 0;
        int seconds = 0;
        int speaker = 0;
        while (written < lines) {
            boolean asks = speaker == 0;
            String name = SPEAKERS[speaker];
            boolean arabicSpeaker = Character.UnicodeBlock.of(name.charAt(0)) == Character.UnicodeBlock.ARABIC;
            int turnLines = asks ? (random.nextInt(5) == 0 ? 2 : 1) : 1 + random.nextInt(random.nextInt(3) == 0 ? 16 : 5);
            text.append(name).append(": ").append(String.format(java.util.Locale.ROOT, "[%02d:%02d:%02d] ",
                    seconds / 3600, seconds / 60 % 60, seconds % 60));
            for (int l = 0; l < turnLines && written < lines; l++, written++) {
                if (arabicSpeaker || random.nextInt(30) == 0) {
                    text.append(ARABIC_LINES[random.nextInt(ARABIC_LINES.length)]);
                } else {
                    int words = 2 + random.nextInt(4);
                    for (int i = 0; i < words; i++) {
                        String w = WORDS[random.nextInt(WORDS.length)];
                        text.append(i == 0 ? "" : " ").append(i == 0 && l == 0
                                ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                    }
                    if (random.nextInt(25) == 0) {
                        text.append(" «").append(ARABIC_LINES[random.nextInt(ARABIC_LINES.length)]).append('»');
                    }
                    text.append(asks && l == turnLines - 1 ? "?" : random.nextInt(3) == 0 ? "." : "");
                }
                text.append('\n');
            }
            if (written < lines) {
                text.append('\n'); // the blank line between turns
                written++;
            }
            seconds += 2 + random.nextInt(12);
            // after a question an informant answers; after an answer the interviewer asks, or another
            // informant takes up the point, as in a group discussion
            speaker = !asks && random.nextInt(5) < 3 ? 0 : other(random, speaker);
        }
        return text.toString();
    }

    /** An informant other than {@code speaker}. */
    private static int other(Random random, int speaker) {
        int next;
        do {
            next = 1 + random.nextInt(SPEAKERS.length - 1);
        } while (next == speaker);
        return next;
    }
}
