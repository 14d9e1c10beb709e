package org.thematica.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thematica.analysis.DocumentWords.Cell;
import org.thematica.analysis.WordIndex.Entry;
import org.thematica.analysis.WordIndex.Snapshot;
import org.thematica.analysis.WordStems.Forms;
import org.thematica.analysis.WordStems.Latin;
import org.thematica.model.DocumentKind;

/**
 * Counts the words of a scope and ranks them, from a {@link WordIndex} snapshot: the words as
 * written are added up per document or per cell into one array, then grouped by key (folded,
 * then merged as {@link Forms} says), without stop words, short words and (unless asked)
 * numbers. Each key is shown in its most frequent written form. A word's colour is the theme
 * whose passages hold it most often in the scope (ties: the theme first by name).
 *
 * <p>Keys are computed once per distinct written word and kept, so a recount after an edit
 * costs one pass over the counts in scope. Thread-safe (one computation at a time).
 */
public final class WordFrequencies {
    /** A ranked word. {@code themeId} is 0 for a word in no passage of a theme. */
    public record Word(String text, String key, int count, long themeId, List<String> forms) {
    }

    /**
     * What a word cloud shows.
     *
     * @param scope       what was counted, in words ("the passages of code 'corruption'")
     * @param words       the most frequent words, most frequent first (ties in key order)
     * @param distinct    how many different words there were in the scope
     * @param occurrences how many words were counted in the scope, stop words and short words left out
     * @param problem     why there is nothing to show, or null
     */
    public record Result(String scope, List<Word> words, int distinct, long occurrences, String problem) {
    }

    /**
     * Which documents of a scope count, in corpus order, and which of their words (a null filter:
     * all); {@code problem} says why there is none (the theme was deleted).
     */
    public record Resolved(String description, List<Entry> documents, CellFilter filter, String problem) {
    }

    /** Which words of a document count, by the case of their turn and the codes holding them. */
    @FunctionalInterface
    public interface CellFilter {
        boolean test(long caseId, long[] codes);
    }

    /** The keys of one way of merging forms: their names, and the key of each folded word per document language. */
    private static final class Keys {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> names = new ArrayList<>();
        int[][] ofFolded = {new int[0], new int[0]};
        int filled;

        int id(String key) {
            return ids.computeIfAbsent(key, k -> {
                names.add(k);
                return names.size() - 1;
            });
        }
    }

    private final WordStems stems = new WordStems();
    private final ThemeTotals totals = new ThemeTotals();
    private final Map<Forms, Keys> keys = new EnumMap<>(Forms.class);
    private boolean[] included = new boolean[0];
    private int includedFilled;
    private Set<String> includedStops = Set.of();
    private int includedMinLength = -1;
    private boolean includedNumbers;

    /** Counts and ranks the words of the scope in {@code options}. */
    public synchronized Result compute(Snapshot index, Corpus corpus, WordCloudOptions options, Set<String> stopWords) {
        Vocabulary.View v = index.vocabulary();
        Keys k = keys(v, options.forms());
        include(v, stopWords, options.minLength(), options.numbers());
        Resolved scope = resolve(index, corpus, options.scope());
        if (scope.problem() != null) {
            return new Result(scope.description(), List.of(), 0, 0, scope.problem());
        }
        int[][] counts = {new int[v.size()], new int[v.size()]};
        for (Entry e : scope.documents()) {
            int[] into = counts[e.language().ordinal()];
            if (scope.filter() == null) {
                e.words().addTo(into);
            } else {
                for (Cell c : e.cells()) {
                    if (scope.filter().test(c.caseId(), c.codes())) {
                        c.words().addTo(into);
                    }
                }
            }
        }
        int keyCount = k.names.size();
        int[] byKey = new int[keyCount];
        int[] best = new int[keyCount];
        int[] bestCount = new int[keyCount];
        for (int s = 0; s < v.size(); s++) {
            int c0 = counts[0][s];
            int c1 = counts[1][s];
            if (c0 == 0 && c1 == 0 || !included[v.foldedOf(s)]) {
                continue;
            }
            int f = v.foldedOf(s);
            int k0 = k.ofFolded[0][f];
            int k1 = k.ofFolded[1][f];
            if (k0 == k1) {
                add(v, byKey, best, bestCount, k0, s, c0 + c1);
            } else {
                if (c0 > 0) {
                    add(v, byKey, best, bestCount, k0, s, c0);
                }
                if (c1 > 0) {
                    add(v, byKey, best, bestCount, k1, s, c1);
                }
            }
        }
        int distinct = 0;
        long occurrences = 0;
        for (int key = 0; key < keyCount; key++) {
            if (byKey[key] > 0) {
                distinct++;
                occurrences += byKey[key];
            }
        }
        List<Integer> top = top(byKey, distinct, options.maxWords(), Comparator
                .comparingInt((Integer key) -> -byKey[key])
                .thenComparing(key -> k.names.get(key))
                .thenComparing(key -> v.word(best[key])));
        int[] topIndex = new int[keyCount];
        Arrays.fill(topIndex, -1);
        for (int i = 0; i < top.size(); i++) {
            topIndex[top.get(i)] = i;
        }
        List<List<int[]>> forms = forms(v, k, counts, topIndex, top.size());
        long[] themes = !options.themeColours() ? new long[top.size()]
                : scope.filter() == null && (options.scope().kind() == WordScope.Kind.CORPUS
                        || options.scope().kind() == WordScope.Kind.INTERVIEWS)
                ? themesFromTotals(index, corpus, options.scope().kind(), forms)
                : themes(scope, corpus, v, k, topIndex, top.size());
        List<Word> words = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            int key = top.get(i);
            List<String> written = new ArrayList<>();
            forms.get(i).stream().sorted(Comparator.comparingInt((int[] p) -> -p[1]).thenComparing(p -> v.word(p[0])))
                    .forEach(p -> written.add(v.word(p[0])));
            words.add(new Word(v.word(best[key]), k.names.get(key), byKey[key], themes[i], List.copyOf(written)));
        }
        String problem = words.isEmpty() ? "No words to show in " + scope.description()
                + (scope.filter() != null ? " yet." : " (all are stop words or shorter than "
                + options.minLength() + " letters).") : null;
        return new Result(scope.description(), words, distinct, occurrences, problem);
    }

    /**
     * The {@code n} keys with the highest counts in {@code order}: the counts are sorted as
     * numbers, and only the keys that can make the cut (ties at the last place included) are
     * compared in full.
     */
    private static List<Integer> top(int[] byKey, int distinct, int n, Comparator<Integer> order) {
        long[] packed = new long[distinct];
        int m = 0;
        for (int key = 0; key < byKey.length; key++) {
            if (byKey[key] > 0) {
                packed[m++] = (long) byKey[key] << 32 | key;
            }
        }
        Arrays.sort(packed);
        List<Integer> candidates = new ArrayList<>();
        int i = packed.length - 1;
        for (; i >= 0 && candidates.size() < n; i--) {
            candidates.add((int) packed[i]);
        }
        if (!candidates.isEmpty()) {
            long last = packed[i + 1] >>> 32;
            for (; i >= 0 && packed[i] >>> 32 == last; i--) {
                candidates.add((int) packed[i]);
            }
        }
        candidates.sort(order);
        return candidates.subList(0, Math.min(n, candidates.size()));
    }

    private static void add(Vocabulary.View v, int[] byKey, int[] best, int[] bestCount, int key, int s, int c) {
        byKey[key] += c;
        if (c > bestCount[key] || c == bestCount[key] && v.word(s).compareTo(v.word(best[key])) < 0) {
            best[key] = s;
            bestCount[key] = c;
        }
    }

    /**
     * The written forms of each shown word, with their counts in scope and the document
     * languages they were counted in ({1 << language}).
     */
    private List<List<int[]>> forms(Vocabulary.View v, Keys k, int[][] counts, int[] topIndex, int n) {
        List<List<int[]>> forms = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            forms.add(new ArrayList<>());
        }
        for (int s = 0; s < v.size(); s++) {
            int c = counts[0][s] + counts[1][s];
            if (c == 0 || !included[v.foldedOf(s)]) {
                continue;
            }
            int f = v.foldedOf(s);
            int t0 = counts[0][s] > 0 ? topIndex[k.ofFolded[0][f]] : -1;
            int t1 = counts[1][s] > 0 ? topIndex[k.ofFolded[1][f]] : -1;
            if (t0 >= 0 && t0 == t1) {
                forms.get(t0).add(new int[] {s, c, 3});
            } else {
                if (t0 >= 0) {
                    forms.get(t0).add(new int[] {s, counts[0][s], 1});
                }
                if (t1 >= 0) {
                    forms.get(t1).add(new int[] {s, counts[1][s], 2});
                }
            }
        }
        return forms;
    }

    /**
     * The themes of the shown words of the whole corpus or the interviews, from running totals
     * per theme that follow the index document by document (a recount after an edit then
     * reads one document's cells, not every document's).
     */
    private long[] themesFromTotals(Snapshot index, Corpus corpus, WordScope.Kind kind, List<List<int[]>> forms) {
        List<Corpus.ThemeInfo> all = corpus.themes();
        long[] out = new long[forms.size()];
        if (all.isEmpty()) {
            return out;
        }
        totals.update(index, all);
        int t = all.size();
        for (int i = 0; i < forms.size(); i++) {
            int[] counts = new int[t];
            for (int[] form : forms.get(i)) {
                for (int lang = 0; lang < 2; lang++) {
                    if ((form[2] & 1 << lang) == 0) {
                        continue;
                    }
                    for (int theme = 0; theme < t; theme++) {
                        counts[theme] += totals.get(0, lang, theme, form[0]);
                        if (kind == WordScope.Kind.CORPUS) {
                            counts[theme] += totals.get(1, lang, theme, form[0]);
                        }
                    }
                }
            }
            out[i] = winner(counts, all);
        }
        return out;
    }

    /** The theme with the highest count (the first by name on a tie), or 0 when all are 0. */
    private static long winner(int[] counts, List<Corpus.ThemeInfo> themes) {
        int winner = -1;
        for (int theme = 0; theme < counts.length; theme++) {
            if (counts[theme] > 0 && (winner < 0 || counts[theme] > counts[winner])) {
                winner = theme;
            }
        }
        return winner < 0 ? 0 : themes.get(winner).id();
    }

    /** The theme of each shown word: the theme whose passages hold it most often in the scope. */
    private long[] themes(Resolved scope, Corpus corpus, Vocabulary.View v, Keys k, int[] topIndex, int n) {
        List<Corpus.ThemeInfo> all = corpus.themes();
        int t = all.size();
        long[] out = new long[n];
        if (t == 0 || n == 0) {
            return out;
        }
        int[] counts = new int[n * t];
        totals.follow(all);
        for (Entry e : scope.documents()) {
            int lang = e.language().ordinal();
            for (Cell c : e.cells()) {
                if (c.codes().length == 0 || scope.filter() != null && !scope.filter().test(c.caseId(), c.codes())) {
                    continue;
                }
                int[] ts = totals.themesOf(c.codes());
                if (ts.length == 0) {
                    continue;
                }
                c.words().forEach((s, count) -> {
                    int f = v.foldedOf(s);
                    if (!included[f]) {
                        return;
                    }
                    int ti = topIndex[k.ofFolded[lang][f]];
                    if (ti >= 0) {
                        for (int theme : ts) {
                            counts[ti * t + theme] += count;
                        }
                    }
                });
            }
        }
        for (int i = 0; i < n; i++) {
            out[i] = winner(Arrays.copyOfRange(counts, i * t, (i + 1) * t), all);
        }
        return out;
    }

    /**
     * Occurrences per theme of each written word in the cells of every document, by document
     * kind and language, kept current document by document; and the themes of each set of codes.
     * Rebuilt when the themes or their codes change.
     */
    private static final class ThemeTotals {
        private String fingerprint = "";
        private final Map<long[], int[]> themesOf = new IdentityHashMap<>();
        private final Map<Long, Entry> seen = new HashMap<>();
        private IntCounts[][][] counts = new IntCounts[2][2][0];

        /** Follows the themes (forgetting everything when they changed). */
        void follow(List<Corpus.ThemeInfo> themes) {
            StringBuilder fp = new StringBuilder();
            for (Corpus.ThemeInfo t : themes) {
                long[] codes = t.codeIds().clone();
                Arrays.sort(codes);
                fp.append(t.id()).append(Arrays.toString(codes)).append(';');
            }
            if (fp.toString().equals(fingerprint)) {
                return;
            }
            fingerprint = fp.toString();
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < themes.size(); i++) {
                index.put(themes.get(i).id(), i);
            }
            themesOf.clear();
            seen.clear();
            counts = new IntCounts[2][2][themes.size()];
            for (IntCounts[][] byLang : counts) {
                for (IntCounts[] byTheme : byLang) {
                    for (int i = 0; i < byTheme.length; i++) {
                        byTheme[i] = new IntCounts();
                    }
                }
            }
            codeThemes = new HashMap<>();
            for (Corpus.ThemeInfo t : themes) {
                for (long code : t.codeIds()) {
                    codeThemes.computeIfAbsent(code, c -> new java.util.TreeSet<>()).add(index.get(t.id()));
                }
            }
        }

        private Map<Long, java.util.TreeSet<Integer>> codeThemes = Map.of();

        /** The distinct themes (by index, in name order) that hold one of these codes. */
        int[] themesOf(long[] codes) {
            return themesOf.computeIfAbsent(codes, cs -> {
                java.util.TreeSet<Integer> ts = new java.util.TreeSet<>();
                for (long code : cs) {
                    ts.addAll(codeThemes.getOrDefault(code, new java.util.TreeSet<>()));
                }
                return ts.stream().mapToInt(Integer::intValue).toArray();
            });
        }

        /** Brings the totals up to date with the index: documents changed, added or gone. */
        void update(Snapshot index, List<Corpus.ThemeInfo> themes) {
            follow(themes);
            for (java.util.Iterator<Map.Entry<Long, Entry>> it = seen.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Long, Entry> old = it.next();
                if (index.entry(old.getKey()) != old.getValue()) {
                    apply(old.getValue(), -1);
                    it.remove();
                }
            }
            for (Entry e : index.documents().values()) {
                if (seen.putIfAbsent(e.doc().id(), e) == null) {
                    apply(e, 1);
                }
            }
        }

        private void apply(Entry e, int sign) {
            IntCounts[] byTheme = counts[e.doc().kind() == DocumentKind.INTERVIEW ? 0 : 1][e.language().ordinal()];
            for (Cell c : e.cells()) {
                int[] ts = c.codes().length == 0 ? new int[0] : themesOf(c.codes());
                if (ts.length == 0) {
                    continue;
                }
                c.words().forEach((s, count) -> {
                    for (int theme : ts) {
                        byTheme[theme].add(s, sign * count);
                    }
                });
            }
        }

        int get(int kind, int lang, int theme, int word) {
            return counts[kind][lang][theme].get(word);
        }
    }

    /** The documents and words a scope counts. */
    public static Resolved resolve(Snapshot index, Corpus corpus, WordScope scope) {
        String description = scope.describe(corpus);
        if (description == null) {
            String what = scope.kind().label().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(one|a) ", "")
                    .replaceAll("'s.*", "");
            return new Resolved("a deleted " + what, List.of(), null,
                    "The " + what + " this word cloud was made for no longer exists; choose another.");
        }
        List<Entry> documents = new ArrayList<>();
        CellFilter filter = null;
        for (Corpus.Doc d : corpus.documents()) {
            Entry e = index.entry(d.id());
            if (e == null) {
                continue;
            }
            boolean in = switch (scope.kind()) {
                case INTERVIEWS -> d.kind() == DocumentKind.INTERVIEW;
                case DOCUMENT -> d.id() == scope.id();
                case CASE -> Arrays.stream(d.cases()).anyMatch(c -> c == scope.id());
                default -> true;
            };
            if (in) {
                documents.add(e);
            }
        }
        long id = scope.id();
        switch (scope.kind()) {
            case CASE_TURNS -> filter = (caseId, codes) -> caseId == id;
            case CODE -> filter = (caseId, codes) -> Arrays.binarySearch(codes, id) >= 0;
            case THEME -> {
                long[] members = corpus.theme(id).codeIds().clone();
                Arrays.sort(members);
                filter = (caseId, codes) -> {
                    for (long c : codes) {
                        if (Arrays.binarySearch(members, c) >= 0) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            default -> { }
        }
        return new Resolved(description, documents, filter, null);
    }

    /**
     * The written words that count as {@code key} in a scope's documents: per document language
     * ({@link Latin#ordinal()}), the numbers of the written words. For finding a word's
     * occurrences in the texts.
     */
    public synchronized Set<Integer>[] writtenForms(Vocabulary.View v, String key, Forms forms) {
        Keys k = keys(v, forms);
        Integer id = k.ids.get(key);
        @SuppressWarnings("unchecked")
        Set<Integer>[] out = new Set[] {new HashSet<Integer>(), new HashSet<Integer>()};
        if (id == null) {
            return out;
        }
        for (int s = 0; s < v.size(); s++) {
            int f = v.foldedOf(s);
            for (int lang = 0; lang < 2; lang++) {
                if (k.ofFolded[lang][f] == id) {
                    out[lang].add(s);
                }
            }
        }
        return out;
    }

    /** The keys of every folded word so far, computed once. */
    private Keys keys(Vocabulary.View v, Forms forms) {
        Keys k = keys.computeIfAbsent(forms, f -> new Keys());
        if (k.filled < v.foldedSize()) {
            int n = v.foldedSize();
            k.ofFolded[0] = Arrays.copyOf(k.ofFolded[0], Math.max(n, k.ofFolded[0].length * 2));
            k.ofFolded[1] = Arrays.copyOf(k.ofFolded[1], Math.max(n, k.ofFolded[1].length * 2));
            for (int f = k.filled; f < n; f++) {
                String folded = v.foldedWord(f);
                String en = stems.stem(folded, forms, Latin.ENGLISH);
                boolean latin = forms != Forms.EXACT && WordForms.isLatin(folded);
                String tr = latin ? stems.stem(folded, forms, Latin.TURKISH) : en;
                k.ofFolded[0][f] = k.id(en);
                k.ofFolded[1][f] = k.id(tr);
            }
            k.filled = n;
        }
        return k;
    }

    /** Which folded words count: not stop words, long enough, and numbers only when asked. */
    private void include(Vocabulary.View v, Set<String> stops, int minLength, boolean numbers) {
        if (!stops.equals(includedStops) || minLength != includedMinLength || numbers != includedNumbers) {
            includedStops = Set.copyOf(stops);
            includedMinLength = minLength;
            includedNumbers = numbers;
            includedFilled = 0;
        }
        int n = v.foldedSize();
        if (included.length < n) {
            included = Arrays.copyOf(included, Math.max(n, included.length * 2));
        }
        for (int f = includedFilled; f < n; f++) {
            String w = v.foldedWord(f);
            included[f] = !includedStops.contains(w) && WordForms.letters(w) >= minLength
                    && (numbers || !WordForms.isNumber(w));
        }
        includedFilled = Math.max(includedFilled, n);
    }
}
