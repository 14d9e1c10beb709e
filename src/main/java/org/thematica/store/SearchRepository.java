package org.thematica.store;

import java.util.ArrayList;
import java.util.List;
import org.thematica.analysis.KeywordSearch;
import org.thematica.analysis.Kwic;
import org.thematica.model.TextRange;

/** Full-text search over document text (SQLite FTS5, diacritics folded). */
public final class SearchRepository {
    private final Database db;
    private final DocumentRepository documents;

    SearchRepository(Database db, DocumentRepository documents) {
        this.db = db;
        this.documents = documents;
    }

    /** A document that matches, with a line around its first occurrence (occurrences in [brackets]). */
    public record Hit(long documentId, String documentName, String snippet) {
    }

    /**
     * Searches live documents. Words must all occur; a quoted part is a phrase, a trailing *
     * a prefix; OR between two words or phrases means either, AND is allowed and changes
     * nothing. Nothing else of FTS5's syntax is passed through, so no input can make the
     * query fail to parse.
     */
    public List<Hit> search(String query, int limit) {
        String match = toFtsQuery(query);
        if (match.isEmpty()) {
            return List.of();
        }
        // the index ranks quickly (bm25 over its position lists: 4 ms for 1,000 documents), but
        // FTS5's snippet() walks every hit of a document for every candidate fragment, about
        // 25 ms per 2 MB transcript: so the snippet is made here, around the first occurrence
        List<Match> ranked = db.query("SELECT d.id, d.name FROM document_fts JOIN live_document d"
                        + " ON d.id = document_fts.rowid WHERE document_fts MATCH ? ORDER BY rank LIMIT ?",
                rs -> new Match(rs.getLong(1), rs.getString(2)), match, limit);
        List<KeywordSearch.Term> terms = KeywordSearch.terms(query);
        List<Hit> hits = new ArrayList<>(ranked.size());
        for (Match m : ranked) {
            hits.add(new Hit(m.documentId(), m.documentName(), snippet(documents.text(m.documentId()), terms)));
        }
        return hits;
    }

    private static final int SNIPPET_CONTEXT = 60;
    private static final int WINDOW = 8192;
    private static final int OVERLAP = 512;

    /**
     * About {@value #SNIPPET_CONTEXT} characters either side of the first occurrence of any of
     * the terms, on one line, occurrences in [brackets]. The text is searched in overlapping
     * windows, so a long transcript is not folded whole for one line.
     */
    static String snippet(String text, List<KeywordSearch.Term> terms) {
        for (int from = 0; from < text.length(); from += WINDOW - OVERLAP) {
            int to = Math.min(text.length(), from + WINDOW);
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to++;
            }
            for (TextRange r : KeywordSearch.find(text.substring(from, to), terms, Integer.MAX_VALUE)) {
                // a match at a window's edge may be part of a longer word: the overlap finds it whole
                boolean wholeStart = r.start() > 0 || from == 0;
                boolean wholeEnd = r.end() < to - from || to == text.length();
                if (wholeStart && wholeEnd) {
                    Kwic.Line line = Kwic.around(text, from + r.start(), from + r.end(), SNIPPET_CONTEXT);
                    return bracket(line.left(), terms) + "[" + line.match() + "]" + bracket(line.right(), terms);
                }
            }
            if (to == text.length()) {
                break;
            }
        }
        Kwic.Line start = Kwic.around(text, 0, 0, 2 * SNIPPET_CONTEXT); // the index and we fold a word differently
        return start.right();
    }

    private static String bracket(String context, List<KeywordSearch.Term> terms) {
        StringBuilder out = new StringBuilder(context.length() + 8);
        int at = 0;
        for (TextRange r : KeywordSearch.find(context, terms, Integer.MAX_VALUE)) {
            out.append(context, at, r.start()).append('[').append(context, r.start(), r.end()).append(']');
            at = r.end();
        }
        return out.append(context, at, context.length()).toString();
    }

    private record Match(long documentId, String documentName) {
    }

    static String toFtsQuery(String query) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= query.length(); i++) {
            char c = i < query.length() ? query.charAt(i) : ' ';
            if (c == '"') {
                if (quoted) {
                    addTerm(tokens, current.toString(), false);
                    current.setLength(0);
                } else {
                    addWord(tokens, current.toString());
                    current.setLength(0);
                }
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                addWord(tokens, current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addTerm(tokens, current.toString(), !quoted);
        // an OR needs a term on both sides
        List<String> parts = new ArrayList<>();
        for (String t : tokens) {
            if (t.equals("OR") && (parts.isEmpty() || parts.get(parts.size() - 1).equals("OR"))) {
                continue;
            }
            parts.add(t);
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).equals("OR")) {
            parts.remove(parts.size() - 1);
        }
        return String.join(" ", parts);
    }

    private static void addWord(List<String> tokens, String raw) {
        String word = raw.strip();
        if (word.equals("OR")) {
            tokens.add("OR");
        } else if (!word.equals("AND")) {
            addTerm(tokens, word, true);
        }
    }

    private static void addTerm(List<String> tokens, String raw, boolean allowPrefix) {
        String text = raw.strip();
        boolean prefix = allowPrefix && text.endsWith("*");
        if (prefix) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty() || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        tokens.add("\"" + text.replace("\"", "\"\"") + "\"" + (prefix ? "*" : ""));
    }

    /**
     * Runs FTS5's own consistency check; returns null when the index matches the document text.
     * It needs a writable project, so a project open read-only (as {@code check} opens it) gets
     * the part a read can tell: every document, and only documents, in the index.
     */
    public String integrityProblem() {
        if (db.isReadOnly()) {
            long missing = db.queryLong("SELECT COUNT(*) FROM document d"
                    + " WHERE NOT EXISTS (SELECT 1 FROM document_fts_docsize s WHERE s.id = d.id)");
            long extra = db.queryLong("SELECT COUNT(*) FROM document_fts_docsize s"
                    + " WHERE NOT EXISTS (SELECT 1 FROM document d WHERE d.id = s.id)");
            return missing + extra == 0 ? null : missing + " document(s) missing from the search index, " + extra
                    + " indexed that do not exist";
        }
        try {
            db.update("INSERT INTO document_fts (document_fts) VALUES ('integrity-check')");
            return null;
        } catch (StoreException e) {
            return e.getMessage();
        }
    }
}
