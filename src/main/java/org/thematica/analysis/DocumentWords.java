package org.thematica.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thematica.analysis.Corpus.Passage;

/**
 * The words of one document, for the word cloud: all of them, and split into cells by who said
 * them and how they are coded.
 *
 * <ul>
 *   <li><b>Speaker labels</b> ("Interviewer:", "[Karim]") are not words of the interview: the
 *       label at the start of each turn is left out, so "Interviewer" does not top every
 *       cloud.</li>
 *   <li><b>A word belongs to a passage</b> when at least half of it (in UTF-16 units) lies
 *       inside the passage, so a passage that starts or ends inside a word takes the word only
 *       when it holds most of it.</li>
 *   <li><b>A cell</b> is a case (the case whose turn holds the word; 0 for none) and the set of
 *       codes whose passages hold the word. Each word occurrence is in exactly one cell, so a
 *       word coded twice with one code counts once for that code, and the words of a theme's
 *       passages are those of every cell that has one of its codes: overlapping passages of a
 *       theme's codes count once.</li>
 * </ul>
 */
public final class DocumentWords {
    /** Raise when what counts as a word, or a label, changes: stored counts are then recounted. */
    public static final int RULES = 1;

    private DocumentWords() {
    }

    /** A speaker turn: its range, its label as written, and the case it is linked to (0: none). */
    public record Turn(int start, int end, String speaker, long caseId) {
    }

    /** The words said in one case's turns (0: no case) and coded with exactly {@code codes} (sorted). */
    public record Cell(long caseId, long[] codes, WordCounts words) {
        public boolean hasCode(long code) {
            return Arrays.binarySearch(codes, code) >= 0;
        }
    }

    /** Receives one word with its case (0: none) and the codes holding it (sorted; do not change the array). */
    @FunctionalInterface
    public interface Visitor {
        void word(int start, int end, long caseId, long[] codes);
    }

    /** All words of the text, speaker labels left out. */
    public static WordCounts count(String text, List<Turn> turns, Vocabulary vocabulary) {
        WordCounts.Builder b = new WordCounts.Builder();
        walk(text, turns, List.of(), (s, e, c, codes) -> b.add(vocabulary.intern(text, s, e)));
        return b.build();
    }

    /** {@link #count} in its stored form, computed on its own (at import). */
    public static String countText(String text, List<Turn> turns) {
        Vocabulary v = new Vocabulary();
        return count(text, turns, v).toText(v.view());
    }

    /** The document's cells (words in no case's turn and in no passage are in none). */
    public static List<Cell> cells(String text, List<Turn> turns, List<Passage> passages, Vocabulary vocabulary) {
        record Key(long caseId, long[] codes) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && k.caseId == caseId && Arrays.equals(k.codes, codes);
            }

            @Override
            public int hashCode() {
                return Long.hashCode(caseId) * 31 + Arrays.hashCode(codes);
            }
        }
        Map<Key, WordCounts.Builder> cells = new LinkedHashMap<>();
        Object[] last = new Object[3]; // case, codes, builder of the word before
        walk(text, turns, passages, (s, e, caseId, codes) -> {
            if (caseId == 0 && codes.length == 0) {
                return;
            }
            WordCounts.Builder b;
            if (last[2] != null && (Long) last[0] == caseId && last[1] == codes) {
                b = (WordCounts.Builder) last[2];
            } else {
                b = cells.computeIfAbsent(new Key(caseId, codes), k -> new WordCounts.Builder());
                last[0] = caseId;
                last[1] = codes;
                last[2] = b;
            }
            b.add(vocabulary.intern(text, s, e));
        });
        List<Cell> out = new ArrayList<>(cells.size());
        cells.forEach((k, b) -> out.add(new Cell(k.caseId(), k.codes(), b.build())));
        return out;
    }

    /** Visits every word outside speaker labels, in text order, with its case and codes. */
    public static void walk(String text, List<Turn> turns, List<Passage> passages, Visitor visitor) {
        List<Turn> ordered = new ArrayList<>(turns);
        ordered.sort(Comparator.comparingInt(Turn::start));
        int[] labelEnds = new int[ordered.size()];
        for (int i = 0; i < labelEnds.length; i++) {
            labelEnds[i] = labelEnd(text, ordered.get(i));
        }
        List<Passage> sorted = new ArrayList<>(passages);
        sorted.sort(Comparator.comparingInt(Passage::start));
        new Walk(text.length(), ordered, labelEnds, sorted, visitor).run(text);
    }

    /** Where the speaker label at the start of a turn ends (its start when the turn has none). */
    static int labelEnd(String text, Turn turn) {
        int p = turn.start();
        int limit = Math.min(turn.end(), text.length());
        while (p < limit && isLead(text.charAt(p))) {
            p++;
        }
        String speaker = turn.speaker();
        if (speaker != null && !speaker.isEmpty() && text.startsWith(speaker, p) && p + speaker.length() <= limit) {
            return p + speaker.length();
        }
        return turn.start();
    }

    private static boolean isLead(char c) {
        return c == ' ' || c == '\t' || c == '[' || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /** One pass over the words with a pointer into the turns and a sweep over the passages. */
    private static final class Walk {
        private static final long[] NONE = new long[0];
        private final int length;
        private final List<Turn> turns;
        private final int[] labelEnds;
        private final List<Passage> passages;
        private final Visitor visitor;
        private final List<Passage> active = new ArrayList<>();
        private int turn;
        private int next;
        private long[] lastCodes = NONE;
        private long[] buffer = new long[8];

        Walk(int length, List<Turn> turns, int[] labelEnds, List<Passage> passages, Visitor visitor) {
            this.length = length;
            this.turns = turns;
            this.labelEnds = labelEnds;
            this.passages = passages;
            this.visitor = visitor;
        }

        void run(String text) {
            WordTokens.scan(text, 0, length, this::word);
        }

        private void word(int s, int e) {
            while (turn < turns.size() && Math.max(turns.get(turn).end(), labelEnds[turn]) <= s) {
                turn++;
            }
            long caseId = 0;
            if (turn < turns.size() && turns.get(turn).start() <= s) {
                if (s < labelEnds[turn]) {
                    return; // the speaker's name in the label
                }
                if (s < turns.get(turn).end()) {
                    caseId = turns.get(turn).caseId();
                }
            }
            visitor.word(s, e, caseId, codes(s, e));
        }

        private long[] codes(int s, int e) {
            while (next < passages.size() && passages.get(next).start() < e) {
                active.add(passages.get(next++));
            }
            if (active.isEmpty()) {
                return NONE;
            }
            active.removeIf(p -> Math.min(p.end(), length) <= s);
            int n = 0;
            for (Passage p : active) {
                int overlap = Math.min(e, Math.min(p.end(), length)) - Math.max(s, p.start());
                if (2 * overlap >= e - s) {
                    if (n == buffer.length) {
                        buffer = Arrays.copyOf(buffer, n * 2);
                    }
                    buffer[n++] = p.codeId();
                }
            }
            if (n == 0) {
                return NONE;
            }
            Arrays.sort(buffer, 0, n);
            int distinct = 1;
            for (int i = 1; i < n; i++) {
                if (buffer[i] != buffer[distinct - 1]) {
                    buffer[distinct++] = buffer[i];
                }
            }
            if (distinct == lastCodes.length && Arrays.equals(buffer, 0, distinct, lastCodes, 0, distinct)) {
                return lastCodes;
            }
            lastCodes = Arrays.copyOf(buffer, distinct);
            return lastCodes;
        }
    }
}
