package org.thematica.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.thematica.analysis.Corpus.CaseInfo;
import org.thematica.analysis.Corpus.CodeInfo;
import org.thematica.analysis.Corpus.Doc;
import org.thematica.analysis.Corpus.Passage;
import org.thematica.analysis.Corpus.ThemeInfo;
import org.thematica.model.DocumentKind;

/**
 * How often each theme (or code) occurs: the data behind the theme frequency bar chart ("political
 * instability in 80% of the interviews"). Pure: it reads only the {@link Corpus}, in one pass
 * over the passages with primitive arrays (1,000 transcripts and 200,000 codings take a few
 * milliseconds).
 *
 * <h2>Definitions</h2>
 * <ul>
 * <li><b>Scope.</b> Only documents of the chosen kind count: interviews (the default), sources,
 *     or all documents. Only live documents, codes, themes and codings are in the corpus.</li>
 * <li><b>A passage's codes and themes.</b> A passage (one live coding) belongs to its code and to
 *     every theme that code is a member of; a code may be in several themes, and then counts for
 *     each. Sub-codes are not rolled up (see docs/architecture.md, "Theme membership is
 *     explicit").</li>
 * <li><b>Who said a passage.</b> Its cases: the case of the speaker turn it starts in when that
 *     turn is linked to a case, else the cases its whole document is linked to (possibly none);
 *     the Passages view and the CSV export say the same. A document's cases are the cases linked
 *     to the whole document and to any of its turns.</li>
 * <li><b>Appears in a document.</b> A theme appears in a document when any live coding of any of
 *     its codes lies in that document, exactly as {@code thematica stats} counts (so with no
 *     filter and no split, interviews, the shares here equal the shares there).</li>
 * <li><b>Appears for a case.</b> A theme appears for a case when one of its passages, in a
 *     document of the scope, is said by that case. The cases counted are those linked to a
 *     document of the scope.</li>
 * <li><b>Whose codings.</b> Every coder's by default, or one chosen coder's
 *     ({@link CodedPassages}); then every measure counts that coder's codings only.</li>
 * <li><b>Coded passages</b> (the measure {@code segments}) are the theme's distinct passages as
 *     {@link CodedPassages} defines them: codings with the same extent in the same document
 *     count once, so a passage coded with two codes of one theme, or by two coders, is one
 *     passage, in every group. Overlapping passages with different extents are different
 *     passages.</li>
 * <li><b>Coded words</b> are the words (as {@link WordCounter} counts them) of those distinct
 *     passages, summed; words in two overlapping passages count twice.</li>
 * <li><b>Attribute filter</b> (for example role = security expert). A case passes when it has
 *     that value. A document counts when one of its cases passes; a passage counts when one of
 *     its cases passes; a case counts when it passes.</li>
 * <li><b>Split</b> by an attribute (for example role) compares informant groups. Each unit
 *     belongs to the group of each of its cases that pass the filter; a case without a value,
 *     and a document or passage with no case at all, belong to the group "no role". A
 *     document can so be in two groups (an interview with two informants). Each group's value
 *     is computed within the group: the share of the group's documents in which a passage of
 *     the theme said by someone of the group lies, the share of the group's cases, or the
 *     group's segments and words.</li>
 * </ul>
 * One consequence of counting passages by who said them: a passage with no case in a document
 * that does have cases (an unlinked interviewer turn in a transcript whose informant is linked
 * through their turns only) counts for "no role" segments and words, but for no group's share
 * of documents, since that document is not in the "no role" group. The overall share, without a
 * split, counts it like {@code stats}.
 */
public final class ThemeFrequencies {
    /** What a bar measures. */
    public enum Measure {
        /** The share of documents (of the scope) in which the theme appears. */
        DOCUMENTS,
        /** The share of cases (informants) for whom it appears. */
        CASES,
        /** The number of its distinct coded passages (saved as "segments"). */
        SEGMENTS,
        /** The words in its distinct coded passages. */
        WORDS;

        public boolean isShare() {
            return this == DOCUMENTS || this == CASES;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Measure parse(String key) {
            return ThemeFrequencies.parse(Measure.class, key);
        }
    }

    /** What the bars are: themes or codes. */
    public enum Subject {
        THEMES, CODES;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Subject parse(String key) {
            return ThemeFrequencies.parse(Subject.class, key);
        }
    }

    /** Which documents count. */
    public enum Scope {
        INTERVIEWS(DocumentKind.INTERVIEW), SOURCES(DocumentKind.SOURCE), ALL(null);

        private final DocumentKind kind;

        Scope(DocumentKind kind) {
            this.kind = kind;
        }

        /** The one kind of document in scope, or null for all. */
        public DocumentKind kind() {
            return kind;
        }

        public boolean includes(DocumentKind k) {
            return kind == null || kind == k;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Scope parse(String key) {
            return ThemeFrequencies.parse(Scope.class, key);
        }
    }

    /** The order of the bars: largest value first (ties by name), or by name. */
    public enum Sort {
        VALUE, NAME;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Sort parse(String key) {
            return ThemeFrequencies.parse(Sort.class, key);
        }
    }

    /**
     * What to compute.
     *
     * @param filterAttribute with {@code filterValue}: only cases with this value count; null: all
     * @param splitAttribute  compare the groups of this attribute's values; null: no split
     * @param passages        whose codings count (every coder's, each passage once, by default)
     */
    public record Query(Measure measure, Subject subject, Scope scope, String filterAttribute, String filterValue,
                        String splitAttribute, Sort sort, CodedPassages passages) {
        /** Every coder's codings, each passage once. */
        public Query(Measure measure, Subject subject, Scope scope, String filterAttribute, String filterValue,
                     String splitAttribute, Sort sort) {
            this(measure, subject, scope, filterAttribute, filterValue, splitAttribute, sort, CodedPassages.DISTINCT);
        }

        public Query {
            Objects.requireNonNull(passages);
            Objects.requireNonNull(measure);
            Objects.requireNonNull(subject);
            Objects.requireNonNull(scope);
            Objects.requireNonNull(sort);
            filterAttribute = blankToNull(filterAttribute);
            filterValue = blankToNull(filterValue);
            if (filterAttribute == null || filterValue == null) {
                filterAttribute = null;
                filterValue = null;
            }
            splitAttribute = blankToNull(splitAttribute);
        }

        /** Share of interviews per theme, largest first: the chart of the reference study. */
        public static Query defaults() {
            return new Query(Measure.DOCUMENTS, Subject.THEMES, Scope.INTERVIEWS, null, null, null, Sort.VALUE);
        }

        public boolean filtered() {
            return filterAttribute != null;
        }

        public boolean split() {
            return splitAttribute != null;
        }
    }

    /**
     * A group of informants (or, without a split, everything the filter lets through).
     *
     * @param value     the attribute value; null for the "no value" group and when not split
     * @param missing   true for the group of the units without a value ("no role")
     * @param documents the documents of the scope in the group
     * @param cases     the cases in the group that are linked to a document of the scope
     */
    public record Group(String label, String value, boolean missing, int documents, int cases) {
    }

    /**
     * One theme or code.
     *
     * @param counts  per group: documents or cases in which it appears, segments, or words
     * @param values  per group: the count as a share of the group (for shares), else the count
     * @param overall the value over all groups together (what sorting by value uses)
     */
    public record Row(long id, String name, String colour, long[] counts, double[] values, long overallCount,
                      double overall) {
        public long count(int group) {
            return counts[group];
        }

        public double value(int group) {
            return values[group];
        }
    }

    /**
     * The result: rows in the chosen order, the groups (one when not split), the whole
     * selection as one group, for its denominators, and how many coders' codings were counted.
     */
    public record Result(Query query, List<Group> groups, List<Row> rows, Group overall, int coders) {
        /** The denominator of a share in group {@code g}: its documents or its cases. */
        public int denominator(int g) {
            return denominator(groups.get(g));
        }

        public int denominator(Group g) {
            return query.measure() == Measure.CASES ? g.cases() : g.documents();
        }
    }

    private ThemeFrequencies() {
    }

    public static Result compute(Corpus corpus, Query q) {
        // the subjects (bars) and, for each code, the subjects its passages count for
        List<CodeInfo> codes = corpus.codes();
        LongIndex codeIndex = new LongIndex(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            codeIndex.put(codes.get(i).id(), i);
        }
        long[] ids;
        String[] names;
        String[] colours;
        int[][] subjectsOfCode = new int[codes.size()][];
        if (q.subject() == Subject.THEMES) {
            List<ThemeInfo> themes = corpus.themes();
            ids = new long[themes.size()];
            names = new String[themes.size()];
            colours = new String[themes.size()];
            int[] memberships = new int[codes.size()];
            for (ThemeInfo t : themes) {
                for (long c : t.codeIds()) {
                    int ci = codeIndex.get(c);
                    if (ci >= 0) {
                        memberships[ci]++;
                    }
                }
            }
            for (int ci = 0; ci < codes.size(); ci++) {
                subjectsOfCode[ci] = new int[memberships[ci]];
            }
            int[] filled = new int[codes.size()];
            for (int ti = 0; ti < themes.size(); ti++) {
                ThemeInfo t = themes.get(ti);
                ids[ti] = t.id();
                names[ti] = t.name();
                colours[ti] = t.colour();
                for (long c : t.codeIds()) {
                    int ci = codeIndex.get(c);
                    if (ci >= 0) {
                        subjectsOfCode[ci][filled[ci]++] = ti;
                    }
                }
            }
        } else {
            ids = new long[codes.size()];
            names = new String[codes.size()];
            colours = new String[codes.size()];
            for (int ci = 0; ci < codes.size(); ci++) {
                ids[ci] = codes.get(ci).id();
                names[ci] = codes.get(ci).name();
                colours[ci] = codes.get(ci).colour();
                subjectsOfCode[ci] = new int[] {ci};
            }
        }
        int subjects = ids.length;

        // cases: which pass the filter, and their group
        List<CaseInfo> cases = corpus.cases();
        int caseCount = cases.size();
        LongIndex caseIndex = new LongIndex(caseCount);
        List<String> values = new ArrayList<>();
        if (q.split()) {
            values = cases.stream().filter(c -> passes(c, q)).map(c -> c.attributes().get(q.splitAttribute()))
                    .filter(Objects::nonNull).distinct()
                    .sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())).toList();
        }
        int groupCount = q.split() ? values.size() + 1 : 1;
        int none = groupCount - 1; // without a split, the one group
        int all = groupCount; // an extra column: every group together
        int width = groupCount + 1;
        Map<String, Integer> groupOfValue = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            groupOfValue.put(values.get(i), i);
        }
        int[] caseGroup = new int[caseCount];
        for (int i = 0; i < caseCount; i++) {
            CaseInfo c = cases.get(i);
            caseIndex.put(c.id(), i);
            if (!passes(c, q)) {
                caseGroup[i] = -1;
            } else if (q.split()) {
                caseGroup[i] = groupOfValue.getOrDefault(c.attributes().get(q.splitAttribute()), none);
            } else {
                caseGroup[i] = 0;
            }
        }

        Tally tally = new Tally(q, subjects, width, caseCount);
        CodedPassages.Counted counted = q.passages().in(corpus);
        CodedPassages.Extents extents = new CodedPassages.Extents();
        CodedPassages.Coders coders = new CodedPassages.Coders();
        Units units = new Units(caseIndex, caseGroup, q.filtered(), none, width);
        int[] docsInGroup = new int[width];
        boolean[] caseInScope = new boolean[caseCount];
        int[] docGroups = new int[width];
        int[] passageGroups = new int[width];
        for (Doc d : corpus.documents()) {
            if (!q.scope().includes(d.kind())) {
                continue;
            }
            int dn = units.groups(d.cases(), docGroups);
            if (dn < 0) {
                continue; // none of its cases passes the filter
            }
            tally.nextDocument();
            for (int j = 0; j < dn; j++) {
                docsInGroup[docGroups[j]]++;
                tally.documentIn(docGroups[j]);
            }
            docsInGroup[all]++;
            tally.documentIn(all);
            for (long c : d.cases()) {
                int ci = caseIndex.get(c);
                if (ci >= 0 && caseGroup[ci] >= 0) {
                    caseInScope[ci] = true;
                }
            }
            for (Passage p : CodedPassages.inExtentOrder(corpus.passages(d.id()))) {
                tally.extent = extents.of(p);
                int ci = codeIndex.get(p.codeId());
                if (ci < 0 || subjectsOfCode[ci].length == 0 || !counted.counts(p)) {
                    continue;
                }
                int[] subs = subjectsOfCode[ci];
                if (q.measure() == Measure.CASES) {
                    coderSaid(coders, p, caseIndex, caseGroup);
                    for (long c : p.cases()) {
                        int k = caseIndex.get(c);
                        if (k >= 0 && caseGroup[k] >= 0) {
                            for (int s : subs) {
                                tally.caseSays(s, k, caseGroup[k], all);
                            }
                        }
                    }
                    continue;
                }
                int pn = units.groups(p.cases(), passageGroups);
                if (pn < 0) {
                    continue;
                }
                coders.saw(p.coderId());
                passageGroups[pn++] = all;
                for (int s : subs) {
                    for (int j = 0; j < pn; j++) {
                        tally.passage(s, passageGroups[j], p.words());
                    }
                }
            }
        }
        int[] casesInGroup = new int[width];
        for (int ci = 0; ci < caseCount; ci++) {
            if (caseInScope[ci]) {
                casesInGroup[caseGroup[ci]]++;
                casesInGroup[all]++;
            }
        }
        return result(q, values, ids, names, colours, tally.counts, docsInGroup, casesInGroup, coders.count());
    }

    /** The passage's coder counts when one of its cases is in scope. */
    private static void coderSaid(CodedPassages.Coders coders, Passage p, LongIndex caseIndex, int[] caseGroup) {
        for (long c : p.cases()) {
            int k = caseIndex.get(c);
            if (k >= 0 && caseGroup[k] >= 0) {
                coders.saw(p.coderId());
                return;
            }
        }
    }

    private static Result result(Query q, List<String> values, long[] ids, String[] names, String[] colours,
                                 long[] counts, int[] docsInGroup, int[] casesInGroup, int coders) {
        int width = docsInGroup.length;
        int all = width - 1;
        int subjects = ids.length;
        // the groups shown: those with documents (or cases) in scope, or with something counted
        List<Integer> shown = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < all; g++) {
            String label;
            String value;
            if (!q.split()) {
                label = "all";
                value = null;
            } else if (g < values.size()) {
                label = values.get(g);
                value = values.get(g);
            } else {
                label = "no " + q.splitAttribute();
                value = null;
            }
            int denominator = q.measure() == Measure.CASES ? casesInGroup[g] : docsInGroup[g];
            boolean any = denominator > 0;
            for (int s = 0; s < subjects && !any; s++) {
                any = counts[s * width + g] > 0;
            }
            if (any || !q.split()) {
                shown.add(g);
                groups.add(new Group(label, value, q.split() && value == null, docsInGroup[g], casesInGroup[g]));
            }
        }
        Group overall = new Group("all", null, false, docsInGroup[all], casesInGroup[all]);
        List<Row> rows = new ArrayList<>(subjects);
        for (int s = 0; s < subjects; s++) {
            long[] c = new long[shown.size()];
            double[] v = new double[shown.size()];
            for (int j = 0; j < shown.size(); j++) {
                int g = shown.get(j);
                c[j] = counts[s * width + g];
                v[j] = value(q, c[j], q.measure() == Measure.CASES ? casesInGroup[g] : docsInGroup[g]);
            }
            long oc = counts[s * width + all];
            double ov = value(q, oc, q.measure() == Measure.CASES ? casesInGroup[all] : docsInGroup[all]);
            rows.add(new Row(ids[s], names[s], colours[s], c, v, oc, ov));
        }
        Comparator<Row> byName = Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Row::name).thenComparingLong(Row::id);
        rows.sort(q.sort() == Sort.NAME ? byName
                : Comparator.comparingDouble(Row::overall).reversed().thenComparing(byName));
        return new Result(q, List.copyOf(groups), List.copyOf(rows), overall, coders);
    }

    private static double value(Query q, long count, int denominator) {
        if (!q.measure().isShare()) {
            return count;
        }
        return denominator == 0 ? 0 : (double) count / denominator;
    }

    private static boolean passes(CaseInfo c, Query q) {
        return !q.filtered() || q.filterValue().equals(c.attributes().get(q.filterAttribute()));
    }

    /** Which groups a document or passage belongs to, from its cases. */
    private static final class Units {
        private final LongIndex caseIndex;
        private final int[] caseGroup;
        private final boolean filtered;
        private final int none;
        private final int[] seen;
        private int stamp;

        Units(LongIndex caseIndex, int[] caseGroup, boolean filtered, int none, int width) {
            this.caseIndex = caseIndex;
            this.caseGroup = caseGroup;
            this.filtered = filtered;
            this.none = none;
            this.seen = new int[width];
        }

        /**
         * Writes the unit's groups into {@code out} (without duplicates) and returns how many;
         * -1 when the filter leaves none of its cases.
         */
        int groups(long[] unitCases, int[] out) {
            stamp++;
            int n = 0;
            for (long c : unitCases) {
                int ci = caseIndex.get(c);
                if (ci < 0) {
                    continue;
                }
                int g = caseGroup[ci];
                if (g >= 0 && seen[g] != stamp) {
                    seen[g] = stamp;
                    out[n++] = g;
                }
            }
            if (n == 0) {
                if (filtered) {
                    return -1;
                }
                out[n++] = none;
            }
            return n;
        }
    }

    /** The counters, per subject and group, and the stamps that make each unit count once. */
    private static final class Tally {
        private final Measure measure;
        private final int width;
        private final int caseCount;
        final long[] counts;
        private final int[] seen;
        private final int[] documentGroups;
        private final boolean[] caseSeen;
        private int document;
        /** The current passage's extent number ({@link CodedPassages.Extents}). */
        int extent;

        Tally(Query q, int subjects, int width, int caseCount) {
            this.measure = q.measure();
            this.width = width;
            this.caseCount = caseCount;
            counts = new long[subjects * width];
            seen = new int[subjects * width];
            documentGroups = new int[width];
            caseSeen = measure == Measure.CASES ? new boolean[subjects * caseCount] : new boolean[0];
        }

        void nextDocument() {
            document++;
        }

        /** The current document is in group {@code g}. */
        void documentIn(int g) {
            documentGroups[g] = document;
        }

        /** A passage of subject {@code s} in group {@code g}. */
        void passage(int s, int g, int words) {
            int key = s * width + g;
            switch (measure) {
                case DOCUMENTS -> {
                    // counted once per document, and only where the document itself is in the group
                    if (documentGroups[g] == document && seen[key] != document) {
                        seen[key] = document;
                        counts[key]++;
                    }
                }
                case SEGMENTS, WORDS -> {
                    if (seen[key] != extent) {
                        seen[key] = extent;
                        counts[key] += measure == Measure.WORDS ? words : 1;
                    }
                }
                default -> throw new IllegalStateException(measure.name());
            }
        }

        /** Case {@code k} (of group {@code g}) said a passage of subject {@code s}. */
        void caseSays(int s, int k, int g, int all) {
            int key = s * caseCount + k;
            if (!caseSeen[key]) {
                caseSeen[key] = true;
                counts[s * width + g]++;
                counts[s * width + all]++;
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String key) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(key.strip().replace('-', '_'))) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + key
                + "' (use " + String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList()) + ")");
    }
}
