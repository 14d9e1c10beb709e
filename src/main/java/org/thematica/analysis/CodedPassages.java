package org.thematica.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.thematica.analysis.Corpus.CoderInfo;
import org.thematica.analysis.Corpus.Doc;
import org.thematica.analysis.Corpus.Passage;

/**
 * What a count of coded passages counts, and whose codings it counts. The theme × case matrix,
 * the bar chart, the thesis tables and {@code stats} all count through this one rule.
 *
 * <p><b>A coded passage is a distinct extent:</b> one document, one start, one end. Codings of
 * the same extent are one passage, whoever coded them and, for a theme, whichever of its codes
 * they carry. Extents that overlap without being equal (one coder codes [10, 50), another
 * [12, 50)) are two passages: a count counts extents, and whether two coders meant the same
 * passage is a question of agreement, which a count does not judge.
 *
 * <p>By default every coder's codings count, each passage once. A coder can be chosen instead
 * (by name, as figures save it): then only that coder's codings count, for every measure
 * (documents, cases and words too). A coder without codings in the corpus has nothing counted.
 *
 * @param coder the name of the coder whose codings count; null: every coder's
 */
public record CodedPassages(String coder) {
    /** Every coder's codings, each passage once: the default. */
    public static final CodedPassages DISTINCT = new CodedPassages(null);

    public CodedPassages {
        coder = coder == null || coder.isBlank() ? null : coder.strip();
    }

    public static CodedPassages of(String coder) {
        return new CodedPassages(coder);
    }

    public boolean everyCoder() {
        return coder == null;
    }

    /** Which of a corpus's codings count under this choice. */
    Counted in(Corpus corpus) {
        if (coder == null) {
            return new Counted(false, 0);
        }
        long id = corpus.coders().stream().filter(c -> c.name().equals(coder)).mapToLong(CoderInfo::id)
                .findFirst().orElse(Long.MIN_VALUE); // no such coder: nothing counts
        return new Counted(true, id);
    }

    /** The choice made concrete for one corpus. */
    record Counted(boolean oneCoder, long coderId) {
        boolean counts(Passage p) {
            return !oneCoder || p.coderId() == coderId;
        }
    }

    // ---- what the counts say ------------------------------------------------------------------

    /** What a count of passages counts: "coded passages", or "passages coded by Dana". */
    public String noun() {
        return coder == null ? "coded passages" : "passages coded by " + coder;
    }

    /** "10 coded passages (distinct; 2 coders)", "1 passage coded by Dana". */
    public String count(long n, int coders) {
        String noun = n != 1 ? noun() : coder == null ? "coded passage" : "passage coded by " + coder;
        String q = qualifier(coders);
        return String.format(java.util.Locale.ROOT, "%,d %s", n, noun) + (q == null ? "" : " (" + q + ")");
    }

    /** {@link #noun()} with a capital, for headers and axes. */
    public String title() {
        String n = noun();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /**
     * What to add to a count of passages: "distinct; 2 coders" for every coder (so a span coded
     * by both counts once), null for one chosen coder (the noun says it).
     */
    public String qualifier(int coders) {
        if (coder != null) {
            return null;
        }
        return coders == 0 ? "distinct" : "distinct; " + coders + (coders == 1 ? " coder" : " coders");
    }

    /** "coded passages (distinct; 2 coders)", "passages coded by Dana": the whole of it in one phrase. */
    public String describe(int coders) {
        String q = qualifier(coders);
        return q == null ? noun() : noun() + " (" + q + ")";
    }

    /**
     * What to add to a count of something else that rests on codings (documents, cases, words):
     * null for every coder, "codings by Dana" for one.
     */
    public String whose() {
        return coder == null ? null : "codings by " + coder;
    }

    /** The names of the corpus's coders, for choosing one. */
    public static List<String> coders(Corpus corpus) {
        return corpus.coders().stream().map(CoderInfo::name).toList();
    }

    // ---- counting -----------------------------------------------------------------------------

    /** A document's passages ordered by extent (the corpus keeps them in text order: usually already so). */
    static List<Passage> inExtentOrder(List<Passage> passages) {
        for (int i = 1; i < passages.size(); i++) {
            Passage a = passages.get(i - 1);
            Passage b = passages.get(i);
            if (a.start() > b.start() || a.start() == b.start() && a.end() > b.end()) {
                List<Passage> sorted = new ArrayList<>(passages);
                sorted.sort(Comparator.comparingInt(Passage::start).thenComparingInt(Passage::end));
                return sorted;
            }
        }
        return passages;
    }

    /**
     * Numbers the passages of a walk over documents, each in extent order: codings of one
     * extent get the same number, every other extent a new one. An analysis counts a passage
     * once per row by remembering the last number it counted there.
     */
    static final class Extents {
        private long document = Long.MIN_VALUE;
        private int start = -1;
        private int end = -1;
        private int number;

        int of(Passage p) {
            if (p.documentId() != document || p.start() != start || p.end() != end) {
                document = p.documentId();
                start = p.start();
                end = p.end();
                number++;
            }
            return number;
        }
    }

    /** The distinct coders of the codings counted (few: a linear look suffices). */
    static final class Coders {
        private long[] ids = new long[4];
        private int n;
        private long last = Long.MIN_VALUE;

        void saw(long coderId) {
            if (coderId == last) {
                return;
            }
            last = coderId;
            for (int i = 0; i < n; i++) {
                if (ids[i] == coderId) {
                    return;
                }
            }
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
            }
            ids[n++] = coderId;
        }

        int count() {
            return n;
        }
    }

    /** How much was coded: distinct passages, the codings behind them, and their coders. */
    public record Totals(int passages, int codings, int coders) {
    }

    /** The passages, codings and coders this choice counts in every live document. */
    public Totals totals(Corpus corpus) {
        Counted counted = in(corpus);
        Extents extents = new Extents();
        Coders coders = new Coders();
        int passages = 0;
        int codings = 0;
        int last = 0;
        for (Doc d : corpus.documents()) {
            for (Passage p : inExtentOrder(corpus.passages(d.id()))) {
                int extent = extents.of(p);
                if (!counted.counts(p)) {
                    continue;
                }
                codings++;
                coders.saw(p.coderId());
                if (extent != last) {
                    last = extent;
                    passages++;
                }
            }
        }
        return new Totals(passages, codings, coders.count());
    }
}
