package org.thematica.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thematica.analysis.CodedPassages;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeCaseMatrix;
import org.thematica.analysis.ThemeCaseMatrix.Measure;
import org.thematica.analysis.ThemeCaseMatrix.Rows;
import org.thematica.analysis.ThemeCaseMatrix.Spec;
import org.thematica.analysis.WordCounter;
import org.thematica.model.Code;
import org.thematica.model.DocumentKind;
import org.thematica.model.ParentChain;
import org.thematica.model.Theme;
import org.thematica.service.Project;
import org.thematica.service.RetrievalService;
import org.thematica.service.RetrievalService.Filter;
import org.thematica.service.RetrievalService.Passage;
import org.thematica.service.RetrievalService.Target;

/**
 * The two tables a thesis takes from a project: the themes (description, status, codes, in how
 * many interviews each appears, example quotes with their document and case) and the codebook
 * (code, parent, description, themes, counts). Built once as plain text cells, then written as
 * Markdown, CSV or Word by {@link TableWriter}.
 *
 * <p>Counts follow {@code stats}: a theme appears in an interview when any coding of any of its
 * codes lies in it; a theme's coded passages are the distinct passages ({@link CodedPassages})
 * coded with any of its codes in all documents. {@link Options#passages} may count one coder's
 * codings only; the header and the note under each table say what was counted.
 *
 * <p>Example quotes are chosen so the same project always gives the same ones: among the
 * theme's passages in interviews that have {@value #MIN_WORDS} to {@link Options#maxWords}
 * words, the longest first (ties: document name, then position), at most one per document and
 * no text twice, and passages already quoted for an earlier theme (themes by name) only when
 * there are not enough others. When no passage is short enough, the shortest one is cut at the
 * word limit. A quote that starts or ends mid-sentence gets an ellipsis there.
 */
public final class ThesisTables {
    static final int MIN_WORDS = 3;

    /**
     * One table: a title, a note under it, a header row and rows of cells; a cell holds one or
     * more paragraphs (quotes are one paragraph each, followed by their source).
     */
    public record Table(String name, String title, String note, List<String> header, List<List<List<String>>> rows) {
    }

    /** The theme summary and the codebook. */
    public record Tables(Table themes, Table codebook) {
        public List<Table> all() {
            return List.of(themes, codebook);
        }
    }

    /** How many example quotes per theme, their longest length in words, and whose codings count. */
    public record Options(int quotes, int maxWords, CodedPassages passages) {
        public static final Options DEFAULT = new Options(3, 60);

        public Options(int quotes, int maxWords) {
            this(quotes, maxWords, CodedPassages.DISTINCT);
        }

        public Options {
            java.util.Objects.requireNonNull(passages);
        }

        public Options counting(CodedPassages p) {
            return new Options(quotes, maxWords, p);
        }
    }

    private ThesisTables() {
    }

    /** Call on the project thread: reads descriptions and quotes from the project. */
    public static Tables build(Project project, Corpus corpus, Options options) {
        return new Tables(themes(project, corpus, options), codebook(project, corpus, options.passages()));
    }

    static Table themes(Project project, Corpus corpus, Options options) {
        CodedPassages counting = options.passages();
        ThemeCaseMatrix interviews = ThemeCaseMatrix.compute(corpus,
                new Spec(Rows.THEMES, null, Measure.DOCUMENTS, DocumentKind.INTERVIEW, counting));
        ThemeCaseMatrix everything = ThemeCaseMatrix.compute(corpus,
                new Spec(Rows.THEMES, null, Measure.SEGMENTS, null, counting));
        Map<Long, Theme> themes = project.repos().themes.all().stream()
                .collect(Collectors.toMap(Theme::id, Function.identity()));
        RetrievalService retrieval = new RetrievalService(project);
        int n = interviews.allColumn().documents();
        Set<Long> quoted = new HashSet<>();
        List<List<List<String>>> rows = new ArrayList<>();
        for (int r = 0; r < interviews.rows().size(); r++) {
            ThemeCaseMatrix.Row row = interviews.rows().get(r);
            Theme theme = themes.get(row.id());
            Corpus.ThemeInfo info = corpus.theme(row.id());
            List<String> codes = new ArrayList<>();
            for (long id : info.codeIds()) {
                Corpus.CodeInfo code = corpus.code(id);
                if (code != null) {
                    codes.add(code.name());
                }
            }
            codes.sort(String.CASE_INSENSITIVE_ORDER);
            int appears = interviews.total(r).documents();
            List<Passage> passages = retrieval.passages(Target.theme(row.id()),
                    new Filter(null, DocumentKind.INTERVIEW, counting.coder())).rows();
            List<String> quotes = new ArrayList<>();
            for (Passage p : quotes(passages, options, quoted)) {
                quoted.add(p.coding().id());
                quotes.add("“" + quoteText(p, options.maxWords()) + "”");
                quotes.add("— " + p.document() + (p.cases().isEmpty() ? "" : " (" + p.cases() + ")"));
            }
            rows.add(List.of(List.of(row.name()),
                    List.of(theme == null ? "" : theme.description()),
                    List.of(info.status().key()),
                    List.of(String.join("; ", codes)),
                    List.of(String.valueOf(appears)),
                    List.of(percent(appears, n)),
                    List.of(String.valueOf(everything.total(r).segments())),
                    quotes));
        }
        return new Table("theme-summary", "Themes",
                "Interviews: in how many of the " + n + " interviews any code of the theme is coded"
                        + (counting.everyCoder() ? "" : " by " + counting.coder()) + ". " + counted(everything)
                        + ": passages coded with any of the theme's codes in all documents, each once"
                        + (counting.everyCoder() ? " however many coders or codes it has."
                        : "; the quotes are " + counting.coder() + "'s too."),
                List.of("Theme", "Description", "Status", "Codes", "Interviews", "Share of interviews",
                        counting.title(), "Example quotes"), rows);
    }

    /** "Coded passages (distinct; 2 coders)", "Passages coded by Dana": what a passage column counted. */
    private static String counted(ThemeCaseMatrix m) {
        String q = m.spec().passages().qualifier(m.coders());
        return m.spec().passages().title() + (q == null ? "" : " (" + q + ")");
    }

    static Table codebook(Project project, Corpus corpus, CodedPassages counting) {
        ThemeCaseMatrix all = ThemeCaseMatrix.compute(corpus,
                new Spec(Rows.CODES, null, Measure.SEGMENTS, null, counting));
        ThemeCaseMatrix interviews = ThemeCaseMatrix.compute(corpus,
                new Spec(Rows.CODES, null, Measure.DOCUMENTS, DocumentKind.INTERVIEW, counting));
        Map<Long, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < all.rows().size(); r++) {
            rowOf.put(all.rows().get(r).id(), r);
        }
        List<Code> codes = project.repos().codes.all();
        Map<Long, Code> byId = codes.stream().collect(Collectors.toMap(Code::id, Function.identity()));
        // the codebook's tree: each code followed by its sub-codes, by name at every level
        Map<Long, List<Code>> children = new HashMap<>();
        List<Code> roots = new ArrayList<>();
        Map<Long, Long> parents = new HashMap<>();
        codes.forEach(c -> parents.put(c.id(), c.parentId()));
        Set<Long> looped = ParentChain.onLoops(parents); // a damaged codebook's loop still gets its rows
        for (Code c : codes) {
            Long parent = ParentChain.shownParent(c.id(), parents, looped);
            if (parent != null && byId.containsKey(parent)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
            } else {
                roots.add(c);
            }
        }
        Comparator<Code> byName = Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(Code::id);
        List<Code> ordered = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        roots.sort(byName);
        for (Code root : roots) {
            walk(root, children, byName, ordered, seen);
        }
        List<List<List<String>>> rows = new ArrayList<>();
        for (Code c : ordered) {
            Integer r = rowOf.get(c.id());
            List<String> themes = new ArrayList<>();
            for (long t : corpus.themesOf(c.id())) {
                Corpus.ThemeInfo info = corpus.theme(t);
                if (info != null) {
                    themes.add(info.name());
                }
            }
            themes.sort(String.CASE_INSENSITIVE_ORDER);
            Code parent = c.parentId() == null ? null : byId.get(c.parentId());
            rows.add(List.of(List.of(c.name()), List.of(parent == null ? "" : parent.name()),
                    List.of(c.description() == null ? "" : c.description()), List.of(String.join("; ", themes)),
                    List.of(String.valueOf(r == null ? 0 : all.total(r).segments())),
                    List.of(String.valueOf(r == null ? 0 : all.total(r).documents())),
                    List.of(String.valueOf(r == null ? 0 : interviews.total(r).documents()))));
        }
        return new Table("codebook", "Codebook",
                counted(all) + " and documents: all " + all.allColumn().documents() + " documents; interviews: of "
                        + interviews.allColumn().documents()
                        + (counting.everyCoder() ? "" : "; only " + counting.coder() + "'s codings count")
                        + ". Sub-codes follow their parent; a code's counts "
                        + "do not include its sub-codes.",
                List.of("Code", "Parent", "Description", "Themes", counting.title(), "Documents", "Interviews"), rows);
    }

    private static void walk(Code code, Map<Long, List<Code>> children, Comparator<Code> order, List<Code> out,
                             Set<Long> seen) {
        if (!seen.add(code.id())) {
            return;
        }
        out.add(code);
        List<Code> kids = new ArrayList<>(children.getOrDefault(code.id(), List.of()));
        kids.sort(order);
        for (Code kid : kids) {
            walk(kid, children, order, out, seen);
        }
    }

    /** The example quotes of one theme (see the class comment for the rule); {@code quoted}: codings used before. */
    static List<Passage> quotes(List<Passage> passages, Options options, Set<Long> quoted) {
        record Candidate(Passage passage, int words, String text) {
        }
        List<Candidate> all = new ArrayList<>();
        for (Passage p : passages) {
            String text = clean(p.coding().text());
            all.add(new Candidate(p, WordCounter.count(text), text));
        }
        Comparator<Candidate> place = Comparator.comparing((Candidate c) -> c.passage().document(),
                String.CASE_INSENSITIVE_ORDER).thenComparingInt(c -> c.passage().coding().start())
                .thenComparingLong(c -> c.passage().coding().id());
        List<Candidate> fitting = all.stream()
                .filter(c -> c.words() >= MIN_WORDS && c.words() <= options.maxWords())
                .sorted(Comparator.comparingInt(Candidate::words).reversed().thenComparing(place)).toList();
        List<Passage> chosen = new ArrayList<>();
        Set<String> documents = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (boolean reuse : new boolean[] {false, true}) {
            for (Candidate c : fitting) {
                if (chosen.size() == options.quotes()) {
                    break;
                }
                boolean fresh = !quoted.contains(c.passage().coding().id());
                if ((fresh || reuse) && !chosen.contains(c.passage()) && !documents.contains(c.passage().document())
                        && !texts.contains(c.text().toLowerCase(Locale.ROOT))) {
                    documents.add(c.passage().document());
                    texts.add(c.text().toLowerCase(Locale.ROOT));
                    chosen.add(c.passage());
                }
            }
        }
        if (chosen.isEmpty() && options.quotes() > 0) {
            all.stream().filter(c -> c.words() > options.maxWords())
                    .min(Comparator.comparingInt(Candidate::words).thenComparing(place))
                    .ifPresent(c -> chosen.add(c.passage()));
        }
        return chosen;
    }

    /**
     * The passage's words on one line, cut at {@code maxWords} with "…"; "…" also marks a
     * passage that starts inside a sentence (with a small letter) or ends inside one.
     */
    static String quoteText(Passage p, int maxWords) {
        String text = clean(p.coding().text());
        String lead = !text.isEmpty() && Character.isLowerCase(text.codePointAt(0)) ? "… " : "";
        if (WordCounter.count(text) <= maxWords) {
            int last = text.isEmpty() ? '.' : text.codePointBefore(text.length());
            boolean ends = !Character.isLetterOrDigit(last) && ",;:،؛".indexOf(last) < 0;
            return lead + text + (ends ? "" : " …");
        }
        String[] words = text.split(" ");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            String next = out.isEmpty() ? w : out + " " + w;
            if (WordCounter.count(next) > maxWords) {
                break;
            }
            out.setLength(0);
            out.append(next);
        }
        return lead + out + " …";
    }

    private static String clean(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + "%";
    }
}
