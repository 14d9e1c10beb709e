package org.thematica.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.thematica.analysis.Corpus.CaseInfo;
import org.thematica.analysis.Corpus.CodeInfo;
import org.thematica.analysis.Corpus.Doc;
import org.thematica.analysis.Corpus.Passage;
import org.thematica.analysis.Corpus.ThemeInfo;
import org.thematica.model.DocumentKind;

/**
 * Themes (or codes) against cases (or the values of a case attribute such as role): how often
 * each theme was coded for each informant or group. One pass over the passages.
 *
 * <p>What belongs to a cell (row r, column c):
 * <ul>
 * <li>Only the codings the {@link CodedPassages} choice counts: every coder's, or one coder's.
 * <li>A passage belongs to row r when its code is r (code rows) or a member of theme r (theme
 *     rows; a code in two themes counts in both). A passage is a distinct extent
 *     ({@link CodedPassages}): a span coded by two coders, or with two codes of one theme,
 *     counts once in the row.
 * <li>A passage's cases are {@link Passage#cases()}: the case of the speaker turn it starts
 *     in, else its document's cases. It belongs to every column one of its cases maps to (once
 *     per column: two political actors in one passage count once under "political actor"). A
 *     case maps to its own column, or to the column of its attribute value, or to
 *     "(no ROLE)" when it has no value; a passage without a case belongs to "(no case)".
 * <li>A document belongs to a column when one of its cases maps there ({@link Doc#cases()}:
 *     linked as a whole or through its turns); to "(no case)" when it has no case or when
 *     some passage in it has none. These are the column's documents; its cases are the
 *     cases that map there and belong to at least one counted document.
 * <li>Only documents of the chosen kind count (all kinds when none is chosen).
 * </ul>
 * Cells: coded passages, documents (distinct documents with such a passage), presence (at
 * least one), the share of the column's documents with the row, and the share of the column's
 * cases for whom the row was coded. The "all" column counts every passage once and is what
 * {@code stats} reports for interviews.
 */
public final class ThemeCaseMatrix {
    /** What the rows are. */
    public enum Rows {
        THEMES, CODES;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Rows parse(String key) {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** What a cell shows. */
    public enum Measure {
        SEGMENTS("coded passages"), DOCUMENTS("documents"), PRESENCE("coded at all"),
        DOCUMENT_SHARE("share of the column's documents"), CASE_SHARE("share of the column's cases");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isShare() {
            return this == DOCUMENT_SHARE || this == CASE_SHARE;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Measure parse(String key) {
            return valueOf(key.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /**
     * What to compute.
     *
     * @param attribute the case attribute whose values are the columns, or null for one column per case
     * @param kind      only documents of this kind, or null for all
     * @param passages  whose codings count (every coder's, each passage once, by default)
     */
    public record Spec(Rows rows, String attribute, Measure measure, DocumentKind kind, CodedPassages passages) {
        public Spec {
            java.util.Objects.requireNonNull(passages);
        }

        /** Every coder's codings, each passage once. */
        public Spec(Rows rows, String attribute, Measure measure, DocumentKind kind) {
            this(rows, attribute, measure, kind, CodedPassages.DISTINCT);
        }
    }

    /** A row: a theme or a code. */
    public record Row(long id, boolean theme, String name, String colour) {
    }

    /** What a column stands for. */
    public enum ColumnKind { CASE, VALUE, NO_VALUE, NO_CASE, ALL }

    /**
     * A column.
     *
     * @param caseId    the case (CASE columns), else 0
     * @param value     the attribute value (VALUE columns), else null
     * @param documents the column's documents
     * @param cases     the column's cases
     */
    public record Column(ColumnKind kind, long caseId, String value, String label, int documents, int cases) {
    }

    /** One cell's counts; {@link #value} turns them into the measure. */
    public record Cell(int segments, int documents, int cases, int columnDocuments, int columnCases) {
        /** The measure's value: a count, 0 or 1, or a share (NaN when the column has no documents or cases). */
        public double value(Measure m) {
            return switch (m) {
                case SEGMENTS -> segments;
                case DOCUMENTS -> documents;
                case PRESENCE -> segments > 0 ? 1 : 0;
                case DOCUMENT_SHARE -> columnDocuments == 0 ? Double.NaN : (double) documents / columnDocuments;
                case CASE_SHARE -> columnCases == 0 ? Double.NaN : (double) cases / columnCases;
            };
        }
    }

    private final Spec spec;
    private final List<Row> rows;
    private final List<Column> columns;
    private final Column all;
    private final int[] segments;
    private final int[] documents;
    private final int[] cases;
    private final int[] allSegments;
    private final int[] allDocuments;
    private final int[] allCases;
    private final int coders;

    private ThemeCaseMatrix(Spec spec, List<Row> rows, List<Column> columns, Column all, int[] segments,
                            int[] documents, int[] cases, int[] allSegments, int[] allDocuments, int[] allCases,
                            int coders) {
        this.spec = spec;
        this.rows = rows;
        this.columns = columns;
        this.all = all;
        this.segments = segments;
        this.documents = documents;
        this.cases = cases;
        this.allSegments = allSegments;
        this.allDocuments = allDocuments;
        this.allCases = allCases;
        this.coders = coders;
    }

    public Spec spec() {
        return spec;
    }

    public List<Row> rows() {
        return rows;
    }

    /** How many coders' codings were counted. */
    public int coders() {
        return coders;
    }

    /** What the cells count, in words: "coded passages", "passages coded by Dana", "documents". */
    public String counted() {
        return spec.measure() == Measure.SEGMENTS ? spec.passages().noun() : spec.measure().label();
    }

    /**
     * What to add to {@link #counted()}: "distinct; 2 coders" for passages of every coder,
     * "codings by Dana" for another measure of one coder's codings; null when nothing.
     */
    public String countedNote() {
        return spec.measure() == Measure.SEGMENTS ? spec.passages().qualifier(coders) : spec.passages().whose();
    }

    /** The columns, without the "all" column. */
    public List<Column> columns() {
        return columns;
    }

    /** The "all" column: every counted document and case. */
    public Column allColumn() {
        return all;
    }

    public Cell cell(int row, int column) {
        Column c = columns.get(column);
        int i = row * columns.size() + column;
        return new Cell(segments[i], documents[i], cases[i], c.documents(), c.cases());
    }

    /** The row's cell in the "all" column. */
    public Cell total(int row) {
        return new Cell(allSegments[row], allDocuments[row], allCases[row], all.documents(), all.cases());
    }

    public double value(int row, int column) {
        return cell(row, column).value(spec.measure());
    }

    /** The largest value among the cells (not the "all" column), 0 when there is none. */
    public double max() {
        double max = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                double v = value(r, c);
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        return max;
    }

    // ---- computing ----------------------------------------------------------------------------

    public static ThemeCaseMatrix compute(Corpus corpus, Spec spec) {
        // rows, and the rows each code counts in
        List<Row> rows = new ArrayList<>();
        Map<Long, int[]> rowsOfCode = new HashMap<>();
        if (spec.rows() == Rows.THEMES) {
            Map<Long, List<Integer>> of = new HashMap<>();
            for (ThemeInfo t : corpus.themes()) {
                int r = rows.size();
                rows.add(new Row(t.id(), true, t.name(), t.colour()));
                for (long code : t.codeIds()) {
                    List<Integer> list = of.computeIfAbsent(code, k -> new ArrayList<>());
                    if (!list.contains(r)) {
                        list.add(r);
                    }
                }
            }
            of.forEach((code, list) -> rowsOfCode.put(code, list.stream().mapToInt(Integer::intValue).toArray()));
        } else {
            for (CodeInfo c : corpus.codes()) {
                rowsOfCode.put(c.id(), new int[] {rows.size()});
                rows.add(new Row(c.id(), false, c.name(), c.colour()));
            }
        }

        // the documents that count, and the cases they hold
        List<Doc> docs = new ArrayList<>();
        for (Doc d : corpus.documents()) {
            if (spec.kind() == null || d.kind() == spec.kind()) {
                docs.add(d);
            }
        }
        List<CaseInfo> allCases = corpus.cases();
        Map<Long, Integer> caseIndex = new HashMap<>();
        for (int k = 0; k < allCases.size(); k++) {
            caseIndex.put(allCases.get(k).id(), k);
        }
        boolean[] caseUsed = new boolean[allCases.size()];
        for (Doc d : docs) {
            for (long id : d.cases()) {
                Integer k = caseIndex.get(id);
                if (k != null) {
                    caseUsed[k] = true;
                }
            }
        }

        // columns: one per used case, or one per value of the attribute, then "(no value)"
        int[] columnOfCase = new int[allCases.size()];
        Arrays.fill(columnOfCase, -1);
        List<ColumnKind> kinds = new ArrayList<>();
        List<Long> caseIds = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (spec.attribute() == null) {
            for (int k = 0; k < allCases.size(); k++) {
                if (caseUsed[k]) {
                    columnOfCase[k] = kinds.size();
                    kinds.add(ColumnKind.CASE);
                    caseIds.add(allCases.get(k).id());
                    values.add(null);
                    labels.add(allCases.get(k).name());
                }
            }
        } else {
            TreeMap<String, List<Integer>> byValue = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            List<Integer> noValue = new ArrayList<>();
            for (int k = 0; k < allCases.size(); k++) {
                if (caseUsed[k]) {
                    String v = allCases.get(k).attributes().get(spec.attribute());
                    if (v == null || v.isBlank()) {
                        noValue.add(k);
                    } else {
                        byValue.computeIfAbsent(v, x -> new ArrayList<>()).add(k);
                    }
                }
            }
            byValue.forEach((v, ks) -> {
                ks.forEach(k -> columnOfCase[k] = kinds.size());
                kinds.add(ColumnKind.VALUE);
                caseIds.add(0L);
                values.add(v);
                labels.add(v);
            });
            if (!noValue.isEmpty()) {
                noValue.forEach(k -> columnOfCase[k] = kinds.size());
                kinds.add(ColumnKind.NO_VALUE);
                caseIds.add(0L);
                values.add(null);
                labels.add("(no " + spec.attribute() + ")");
            }
        }
        int noCase = kinds.size(); // the "(no case)" column, kept only if something falls into it
        int width = noCase + 1;
        int n = rows.size();
        int[] segments = new int[n * width];
        int[] documents = new int[n * width];
        int[] stamp = new int[n * width];
        int[] allSegments = new int[n];
        int[] allDocuments = new int[n];
        int[] allStamp = new int[n];
        Arrays.fill(stamp, -1);
        Arrays.fill(allStamp, -1);
        int[] columnDocuments = new int[width];
        int[] columnStamp = new int[width];
        Arrays.fill(columnStamp, -1);
        int cases = allCases.size();
        boolean[] present = new boolean[n * Math.max(1, cases)];
        int[] cols = new int[4];
        int[] rowExtent = new int[n];
        CodedPassages.Counted counted = spec.passages().in(corpus);
        CodedPassages.Extents extents = new CodedPassages.Extents();
        CodedPassages.Coders coders = new CodedPassages.Coders();

        for (int d = 0; d < docs.size(); d++) {
            Doc doc = docs.get(d);
            if (cols.length < doc.cases().length + 1) {
                cols = new int[doc.cases().length + 1];
            }
            int docColumns = columnsOf(doc.cases(), caseIndex, columnOfCase, noCase, cols);
            for (int j = 0; j < docColumns; j++) {
                if (columnStamp[cols[j]] != d) {
                    columnStamp[cols[j]] = d;
                    columnDocuments[cols[j]]++;
                }
            }
            for (Passage p : CodedPassages.inExtentOrder(corpus.passages(doc.id()))) {
                int extent = extents.of(p);
                int[] rowsOf = rowsOfCode.get(p.codeId());
                if (rowsOf == null || !counted.counts(p)) {
                    continue;
                }
                coders.saw(p.coderId());
                if (cols.length < p.cases().length + 1) {
                    cols = new int[p.cases().length + 1];
                }
                int m = columnsOf(p.cases(), caseIndex, columnOfCase, noCase, cols);
                if (p.cases().length == 0 && columnStamp[noCase] != d) {
                    columnStamp[noCase] = d; // text without a case in a document that has cases
                    columnDocuments[noCase]++;
                }
                for (int r : rowsOf) {
                    if (rowExtent[r] == extent) {
                        continue; // this passage already counted in the row: same extent, same cases, same columns
                    }
                    rowExtent[r] = extent;
                    allSegments[r]++;
                    if (allStamp[r] != d) {
                        allStamp[r] = d;
                        allDocuments[r]++;
                    }
                    for (int j = 0; j < m; j++) {
                        int i = r * width + cols[j];
                        segments[i]++;
                        if (stamp[i] != d) {
                            stamp[i] = d;
                            documents[i]++;
                        }
                    }
                    for (long id : p.cases()) {
                        Integer k = caseIndex.get(id);
                        if (k != null) {
                            present[r * cases + k] = true;
                        }
                    }
                }
            }
        }

        // cases per cell: each case for whom the row was coded counts once, in its column
        int[] casesPerCell = new int[n * width];
        int[] allCasesPerRow = new int[n];
        int[] columnCases = new int[width];
        int usedCases = 0;
        for (int k = 0; k < cases; k++) {
            if (caseUsed[k] && columnOfCase[k] >= 0) {
                columnCases[columnOfCase[k]]++;
                usedCases++;
            }
        }
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < cases; k++) {
                if (present[r * cases + k] && caseUsed[k] && columnOfCase[k] >= 0) {
                    casesPerCell[r * width + columnOfCase[k]]++;
                    allCasesPerRow[r]++;
                }
            }
        }

        // drop the "(no case)" column when nothing is in it
        boolean keepNoCase = columnDocuments[noCase] > 0;
        int kept = keepNoCase ? width : noCase;
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < noCase; c++) {
            columns.add(new Column(kinds.get(c), caseIds.get(c), values.get(c), labels.get(c), columnDocuments[c],
                    columnCases[c]));
        }
        if (keepNoCase) {
            columns.add(new Column(ColumnKind.NO_CASE, 0, null, "(no case)", columnDocuments[noCase], 0));
        }
        int[] s = new int[n * kept];
        int[] dd = new int[n * kept];
        int[] cc = new int[n * kept];
        for (int r = 0; r < n; r++) {
            System.arraycopy(segments, r * width, s, r * kept, kept);
            System.arraycopy(documents, r * width, dd, r * kept, kept);
            System.arraycopy(casesPerCell, r * width, cc, r * kept, kept);
        }
        Column all = new Column(ColumnKind.ALL, 0, null, "All", docs.size(), usedCases);
        return new ThemeCaseMatrix(spec, List.copyOf(rows), List.copyOf(columns), all, s, dd, cc, allSegments,
                allDocuments, allCasesPerRow, coders.count());
    }

    /**
     * The distinct columns of some cases into {@code out} (long enough for one per case); no
     * case: the "(no case)" column. Returns how many.
     */
    private static int columnsOf(long[] ids, Map<Long, Integer> caseIndex, int[] columnOfCase, int noCase, int[] out) {
        if (ids.length == 0) {
            out[0] = noCase;
            return 1;
        }
        int m = 0;
        for (long id : ids) {
            Integer k = caseIndex.get(id);
            int c = k == null ? -1 : columnOfCase[k];
            if (c < 0) {
                continue;
            }
            boolean seen = false;
            for (int j = 0; j < m; j++) {
                seen |= out[j] == c;
            }
            if (!seen) {
                out[m++] = c;
            }
        }
        return m;
    }

    /** A plain-text table, for tests and the command line. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("row");
        for (Column c : columns) {
            out.append('\t').append(c.label());
        }
        out.append("\tAll\n");
        for (int r = 0; r < rows.size(); r++) {
            out.append(rows.get(r).name());
            for (int c = 0; c < columns.size(); c++) {
                out.append('\t').append(format(value(r, c)));
            }
            out.append('\t').append(format(total(r).value(spec.measure()))).append('\n');
        }
        return out.toString();
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
