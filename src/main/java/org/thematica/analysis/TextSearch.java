package org.thematica.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Find in a document: every place the query occurs, ignoring case, as UTF-16 offsets into the
 * text itself. Compares in place rather than lower-casing the text, because lower-casing can
 * change the length (Turkish "İ" becomes two characters) and so shift every offset after it.
 */
public final class TextSearch {
    private TextSearch() {
    }

    /** Start offsets of the matches, in order, at most {@code limit} of them. */
    public static List<Integer> find(String text, String query, int limit) {
        List<Integer> hits = new ArrayList<>();
        if (query.isEmpty()) {
            return hits;
        }
        int n = query.length();
        char first = query.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        char firstLower = Character.toLowerCase(first);
        for (int i = 0; i + n <= text.length() && hits.size() < limit; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper || c == firstLower || Character.toLowerCase(c) == firstLower)
                    && text.regionMatches(true, i, query, 0, n)) {
                hits.add(i);
                i += n - 1;
            }
        }
        return hits;
    }
}
