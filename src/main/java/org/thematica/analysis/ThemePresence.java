package org.thematica.analysis;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.thematica.analysis.Corpus.Doc;
import org.thematica.analysis.Corpus.Passage;
import org.thematica.analysis.Corpus.ThemeInfo;
import org.thematica.model.DocumentKind;

/**
 * How widely each theme is coded, counted as {@code thematica stats} counts it: a theme appears
 * in a document when any live coding of any of its codes lies in that document; its share is
 * the interviews it appears in over all interviews (0 when there are none).
 */
public final class ThemePresence {
    /**
     * @param interviews interview documents the theme appears in
     * @param share      {@code interviews} over all interviews
     * @param documents  documents of any kind it appears in
     * @param codings    codings of its codes: every coding, so a span coded by two coders or with two of
     *                   its codes counts twice (unlike {@link CodedPassages}, which counts passages)
     */
    public record Reach(long themeId, int interviews, double share, int documents, int codings) {
    }

    /**
     * @param interviews the number of interviews in the corpus
     * @param themes     per theme id, in the corpus's theme order
     * @param codeCodings codings per code id (the map sizes its code dots by them)
     */
    public record Result(int interviews, Map<Long, Reach> themes, Map<Long, Integer> codeCodings) {
        public Reach of(long themeId) {
            return themes.getOrDefault(themeId, new Reach(themeId, 0, 0, 0, 0));
        }
    }

    private ThemePresence() {
    }

    public static Result compute(Corpus corpus) {
        int interviews = 0;
        Map<Long, Set<Long>> codesIn = new HashMap<>(); // document -> codes coded in it
        Map<Long, Integer> codeCodings = new HashMap<>();
        for (Doc d : corpus.documents()) {
            if (d.kind() == DocumentKind.INTERVIEW) {
                interviews++;
            }
            Set<Long> codes = new HashSet<>();
            for (Passage p : corpus.passages(d.id())) {
                codes.add(p.codeId());
                codeCodings.merge(p.codeId(), 1, Integer::sum);
            }
            codesIn.put(d.id(), codes);
        }
        Map<Long, Reach> themes = new LinkedHashMap<>();
        for (ThemeInfo t : corpus.themes()) {
            int inInterviews = 0;
            int inDocuments = 0;
            int codings = 0;
            for (long code : t.codeIds()) {
                codings += codeCodings.getOrDefault(code, 0);
            }
            for (Doc d : corpus.documents()) {
                Set<Long> codes = codesIn.get(d.id());
                boolean present = false;
                for (long code : t.codeIds()) {
                    if (codes.contains(code)) {
                        present = true;
                        break;
                    }
                }
                if (present) {
                    inDocuments++;
                    if (d.kind() == DocumentKind.INTERVIEW) {
                        inInterviews++;
                    }
                }
            }
            double share = interviews == 0 ? 0 : (double) inInterviews / interviews;
            themes.put(t.id(), new Reach(t.id(), inInterviews, share, inDocuments, codings));
        }
        return new Result(interviews, Collections.unmodifiableMap(themes), Collections.unmodifiableMap(codeCodings));
    }
}
