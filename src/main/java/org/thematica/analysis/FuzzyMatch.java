package org.thematica.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks code names against what the coder types in the code finder: every typed character must
 * appear in order; a match at the start of the name or of a word, and consecutive characters,
 * count more; shorter names win ties. Case and accents do not matter.
 */
public final class FuzzyMatch {
    private FuzzyMatch() {
    }

    /** A score for {@code name}, or -1 when {@code query} does not match it at all. */
    public static int score(String query, String name) {
        String q = fold(query.strip());
        String n = fold(name);
        if (q.isEmpty()) {
            return 0;
        }
        if (n.equals(q)) {
            return 10_000;
        }
        int score = n.startsWith(q) ? 2_000 : n.contains(q) ? 1_000 : 0;
        int at = 0;
        int previous = -2;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == ' ') {
                continue;
            }
            int found = n.indexOf(c, at);
            if (found < 0) {
                return -1;
            }
            if (found == 0 || !Character.isLetterOrDigit(n.charAt(found - 1))) {
                score += 30;
            }
            if (found == previous + 1) {
                score += 15;
            }
            score += Math.max(0, 10 - (found - at));
            previous = found;
            at = found + 1;
        }
        return score - Math.min(n.length(), 60);
    }

    /** The names that match, best first. */
    public static List<String> rank(String query, List<String> names) {
        List<String> matches = new ArrayList<>();
        for (String n : names) {
            if (score(query, n) >= 0) {
                matches.add(n);
            }
        }
        matches.sort(Comparator.comparingInt((String n) -> -score(query, n)).thenComparing(n -> n.toLowerCase(Locale.ROOT)));
        return matches;
    }

    /** An entry of a code chooser: an existing name, or the typed text offered as a new one. */
    public record Choice(String name, boolean isNew) {
    }

    /**
     * What a code chooser lists for {@code query}: the matching names, best first, and, unless a
     * name is exactly the typed text (case aside), the typed text as a new name after the five
     * closest matches, so that a near match still comes first but creating stays one key away.
     */
    public static List<Choice> choices(String query, List<String> names) {
        List<Choice> out = new ArrayList<>();
        for (String n : rank(query, names)) {
            out.add(new Choice(n, false));
        }
        String typed = query.strip();
        if (!typed.isEmpty() && names.stream().noneMatch(n -> n.equalsIgnoreCase(typed))) {
            out.add(Math.min(out.size(), 5), new Choice(typed, true));
        }
        return out;
    }

    private static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        String decomposed = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }
}
