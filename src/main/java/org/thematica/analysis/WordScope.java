package org.thematica.analysis;

import java.util.Locale;

/**
 * Which words a word cloud counts: every document, the interviews, one document, one case (the
 * documents it is linked to, or only its own speaker turns), or the passages coded with a theme
 * or a code. Stored in the figure's options as {@link #key()}: "corpus", "theme:12".
 *
 * @param id the document, case, theme or code; 0 when the kind needs none
 */
public record WordScope(Kind kind, long id) {
    public static final WordScope CORPUS = new WordScope(Kind.CORPUS, 0);

    /** The kinds of scope, with what they count. */
    public enum Kind {
        CORPUS("corpus", "All documents"),
        INTERVIEWS("interviews", "Interviews"),
        DOCUMENT("document", "One document"),
        CASE("case", "A case's documents"),
        CASE_TURNS("case-turns", "A case's turns"),
        THEME("theme", "A theme's passages"),
        CODE("code", "A code's passages");

        private final String key;
        private final String label;

        Kind(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** True when the kind names something (a document, case, theme or code). */
        public boolean needsTarget() {
            return this != CORPUS && this != INTERVIEWS;
        }
    }

    public WordScope {
        if (!kind.needsTarget()) {
            id = 0;
        }
    }

    public String key() {
        return kind.needsTarget() ? kind.key() + ":" + id : kind.key();
    }

    /** Reads {@link #key()}; anything unreadable is the whole corpus. */
    public static WordScope parse(String key) {
        if (key == null) {
            return CORPUS;
        }
        String k = key.strip().toLowerCase(Locale.ROOT);
        int colon = k.indexOf(':');
        String kind = colon < 0 ? k : k.substring(0, colon);
        for (Kind c : Kind.values()) {
            if (c.key().equals(kind)) {
                if (!c.needsTarget()) {
                    return new WordScope(c, 0);
                }
                try {
                    return new WordScope(c, Long.parseLong(k.substring(colon + 1)));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    return CORPUS;
                }
            }
        }
        return CORPUS;
    }

    /** What the scope counts, in words: "the passages of theme 'security vacuum'"; null when its target is gone. */
    public String describe(Corpus corpus) {
        switch (kind) {
            case CORPUS:
                return "all documents";
            case INTERVIEWS:
                return "the interviews";
            case DOCUMENT: {
                Corpus.Doc d = corpus.document(id);
                return d == null ? null : "document '" + d.name() + "'";
            }
            case CASE: {
                Corpus.CaseInfo c = corpus.caseInfo(id);
                return c == null ? null : "the documents of case '" + c.name() + "'";
            }
            case CASE_TURNS: {
                Corpus.CaseInfo c = corpus.caseInfo(id);
                return c == null ? null : "what case '" + c.name() + "' said";
            }
            case THEME: {
                Corpus.ThemeInfo t = corpus.theme(id);
                return t == null ? null : "the passages of theme '" + t.name() + "'";
            }
            case CODE: {
                Corpus.CodeInfo c = corpus.code(id);
                return c == null ? null : "the passages of code '" + c.name() + "'";
            }
            default:
                throw new AssertionError(kind);
        }
    }
}
