package org.thematica.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thematica.model.TextRange;

/**
 * Finds where the words of a search query occur in a text, as exact UTF-16 ranges of it.
 *
 * <p>The query syntax is the project search's (store.SearchRepository): words, "quoted
 * phrases", a trailing * for a prefix, OR and AND as operators. A document matches when all
 * words of one OR-branch occur anywhere in it; then every occurrence of each word and phrase
 * is marked, so one row per occurrence can be shown in context. Like the full-text index, it
 * matches whole words (a prefix: the start of a word, taken to the word's end), ignores case
 * and accents, and lets a phrase's words be separated by any spaces or punctuation, line
 * breaks included. Unlike the index, it also ignores the marks of other scripts (Arabic
 * harakat, Hebrew points), as readers type words without them.
 */
public final class KeywordSearch {
    private static final String WORD = "[\\p{L}\\p{N}\\p{M}]";
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    private KeywordSearch() {
    }

    /** A word or phrase to mark; {@code words} are folded; {@code prefix} applies to the last word. */
    public record Term(List<String> words, boolean prefix) {
        public Term {
            words = List.copyOf(words);
        }
    }

    /**
     * A parsed query: OR-separated branches of words and phrases that must all occur. As in
     * the index, AND binds tighter than OR: "a b OR c" is "(a and b) or c".
     */
    public record Query(List<List<Term>> branches) {
        public Query {
            branches = branches.stream().map(List::copyOf).toList();
        }

        /** Every word and phrase once, in the order typed. */
        public List<Term> terms() {
            List<Term> all = new ArrayList<>();
            for (List<Term> branch : branches) {
                for (Term t : branch) {
                    if (!all.contains(t)) {
                        all.add(t);
                    }
                }
            }
            return all;
        }

        public boolean isEmpty() {
            return branches.isEmpty();
        }

        /** Whether a text matches as the index decides it: every term of some branch occurs in it. */
        public boolean matches(FoldedText text) {
            for (List<Term> branch : branches) {
                if (branch.stream().allMatch(t -> new TermFinder(t).next(text.folded(), 0))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Reads a query; operators and terms without letters or digits are left out. */
    public static Query parse(String query) {
        List<List<Term>> branches = new ArrayList<>();
        List<Term> branch = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= query.length(); i++) {
            char c = i < query.length() ? query.charAt(i) : ' ';
            if (c == '"') {
                if (quoted) {
                    add(branch, current.toString(), false);
                } else {
                    branch = addWord(branches, branch, current.toString());
                }
                current.setLength(0);
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                branch = addWord(branches, branch, current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(branch, current.toString(), false); // an unclosed phrase
        if (!branch.isEmpty()) {
            branches.add(branch);
        }
        return new Query(branches);
    }

    /** The words and phrases of a query, each once. */
    public static List<Term> terms(String query) {
        return parse(query).terms();
    }

    /** Adds a word to the branch, or on OR closes the branch (if it has terms) and returns a new one. */
    private static List<Term> addWord(List<List<Term>> branches, List<Term> branch, String raw) {
        String word = raw.strip();
        if (word.equals("OR")) {
            if (!branch.isEmpty()) {
                branches.add(branch);
                return new ArrayList<>();
            }
        } else if (!word.equals("AND")) {
            add(branch, word, word.endsWith("*"));
        }
        return branch;
    }

    private static void add(List<Term> terms, String raw, boolean prefix) {
        List<String> words = new ArrayList<>();
        for (String w : SEPARATORS.split(FoldedText.foldString(raw))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (!words.isEmpty()) {
            Term term = new Term(words, prefix);
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
    }

    /** Whether a code point is part of a word for searching: a letter, digit or mark ({@code WORD}). */
    public static boolean isWordChar(int cp) {
        return ((WORD_TYPES >>> Character.getType(cp)) & 1) != 0;
    }

    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER
            | 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK | 1 << Character.COMBINING_SPACING_MARK;

    /** Receives one word of a folded text, {@code [start, end)}. */
    @FunctionalInterface
    public interface WordSink {
        void word(int start, int end);
    }

    /**
     * The words of a folded text as the terms match them: each run of letters, digits and marks.
     * A term occurs where its words are consecutive words of this list (a prefix: the last one
     * starts with it), which is what lets a count work from word numbers alone (SearchIndex).
     */
    public static void words(String folded, WordSink sink) {
        int start = -1;
        int n = folded.length();
        for (int i = 0; i < n; ) {
            char c = folded.charAt(i);
            boolean word;
            int width = 1;
            if (c < 0x80) { // ASCII: no look-ups (the folded text has no capitals)
                word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
            } else {
                int cp = folded.codePointAt(i);
                width = Character.charCount(cp);
                word = isWordChar(cp);
            }
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                sink.word(start, i);
                start = -1;
            }
            i += width;
        }
        if (start >= 0) {
            sink.word(start, n);
        }
    }

    /** Every occurrence of any of the terms, in text order, without overlaps, at most {@code limit}. */
    public static List<TextRange> find(String text, List<Term> terms, int limit) {
        return find(FoldedText.of(text), terms, limit);
    }

    public static List<TextRange> find(FoldedText text, List<Term> terms, int limit) {
        List<TextRange> found = new ArrayList<>();
        if (terms.isEmpty()) {
            return found;
        }
        // what pattern(terms) finds, scanning left to right and trying the longest term first at
        // each position; but each term is looked for with String.indexOf of its first word and
        // only checked by its regex there: a regex starting with a look-behind is tried at every
        // character, which made searching a large project take seconds
        String folded = text.folded();
        List<TermFinder> finders = ordered(terms).stream().map(TermFinder::new).toList();
        for (TermFinder f : finders) {
            f.next(folded, 0);
        }
        while (found.size() < limit) {
            TermFinder first = null;
            for (TermFinder f : finders) {
                if (f.start >= 0 && (first == null || f.start < first.start)) {
                    first = f; // on a tie the earlier (longer) term wins, as in the alternation
                }
            }
            if (first == null) {
                break;
            }
            found.add(new TextRange(text.originalStart(first.start), text.originalEnd(first.end)));
            int resume = first.end;
            for (TermFinder f : finders) {
                if (f.start >= 0 && f.start < resume) {
                    f.next(folded, resume);
                }
            }
        }
        return found;
    }

    /** The next occurrence of one term in a folded text, found from where its first word occurs. */
    private static final class TermFinder {
        private final String firstWord;
        private final Pattern pattern;
        private Matcher matcher;
        int start = -1;
        int end = -1;

        TermFinder(Term term) {
            firstWord = term.words().get(0);
            pattern = pattern(List.of(term));
        }

        /** Moves to the first occurrence at or after {@code from}; false (and start -1) when there is none. */
        boolean next(String folded, int from) {
            if (matcher == null) {
                matcher = pattern.matcher(folded).useTransparentBounds(true); // the look-behind sees before the region
            }
            for (int i = folded.indexOf(firstWord, from); i >= 0; i = folded.indexOf(firstWord, i + 1)) {
                matcher.region(i, folded.length());
                if (matcher.lookingAt()) {
                    start = i;
                    end = matcher.end();
                    return true;
                }
            }
            start = -1;
            end = -1;
            return false;
        }
    }

    /** The terms in the order they are tried at one place: longest first, so a phrase wins over a word it starts with. */
    static List<Term> ordered(List<Term> terms) {
        List<Term> ordered = new ArrayList<>(terms);
        ordered.sort(Comparator.comparingInt((Term t) -> -t.words().stream().mapToInt(String::length).sum()
                - t.words().size()));
        return ordered;
    }

    /** One alternation, longest terms first, so a phrase wins over a word it starts with. */
    static Pattern pattern(List<Term> terms) {
        List<Term> ordered = ordered(terms);
        StringBuilder regex = new StringBuilder();
        for (Term t : ordered) {
            if (!regex.isEmpty()) {
                regex.append('|');
            }
            // {1,2}: a look-behind of one character sees only the low half of a letter outside the
            // Basic Multilingual Plane (𝐀, 𠀀, Adlam), so "字" was found inside "𠀀字"
            regex.append("(?<!").append(WORD).append("{1,2})");
            for (int i = 0; i < t.words().size(); i++) {
                if (i > 0) {
                    regex.append("[^\\p{L}\\p{N}\\p{M}]+");
                }
                regex.append(Pattern.quote(t.words().get(i)));
            }
            regex.append(t.prefix() ? WORD + "*" : "(?!" + WORD + ")");
        }
        return Pattern.compile(regex.toString());
    }
}
