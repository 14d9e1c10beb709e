package org.thematica.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thematica.analysis.agreement.Agreement;
import org.thematica.analysis.agreement.AgreementInput;
import org.thematica.analysis.agreement.AgreementReport;
import org.thematica.analysis.agreement.Disagreements;
import org.thematica.service.AdjudicationService.Disagreement;

/**
 * What the Agreement window shows for two coders: the report, how many passages differ for each
 * code, and the first of them (of one code, or of all) with their excerpts. Built in three phases
 * so that only reading holds the project's one thread, and the measuring (a second or more on a
 * large project) runs beside it: {@link AdjudicationService#read} (project thread), {@link #measure}
 * (pure, any thread), {@link AdjudicationService#excerpt} (project thread: the listed passages'
 * texts).
 */
public final class AgreementOverview {
    private AgreementOverview() {
    }

    /**
     * Everything read from the project.
     *
     * @param codes     the scope's codes' names by id
     * @param documents every live document's name by id
     */
    public record Reading(AgreementInput input, List<Disagreements.Span> spans, Map<Long, String> codes,
                          Map<Long, String> documents, AgreementService.Choices choices) {
    }

    /** The measures, and the passages to list, not yet excerpted. */
    public record Measured(Reading reading, AgreementReport report, Map<String, Integer> perCode, int total,
                           List<Disagreements.Passage> listed, int more) {
    }

    /**
     * The overview.
     *
     * @param perCode the number of passages where the coders differ, by code name
     * @param total   the passages where they differ, over every code in scope
     * @param listed  the first passages of the code asked for (or of all), by document, position and code
     * @param more    how many more passages of that code (or of all) there are beyond those listed
     */
    public record Overview(AgreementReport report, Map<String, Integer> perCode, int total, List<Disagreement> listed,
                           int more, AgreementService.Choices choices) {
    }

    /**
     * Phase 2: the report, the passages where the coders differ counted per code, and the first
     * {@code limit} of {@code code}'s (null: of every code's). Touches no project.
     *
     * @param limit how many passages to list at most: excerpts need the documents' texts, and a
     *              large project's coders can differ in hundreds of thousands of passages
     */
    public static Measured measure(Reading reading, String code, int limit) {
        AgreementReport report = Agreement.compute(reading.input());
        List<Disagreements.Passage> found = sorted(Disagreements.find(reading.spans()), reading);
        Map<String, Integer> perCode = new HashMap<>();
        List<Disagreements.Passage> ofCode = new ArrayList<>();
        for (Disagreements.Passage p : found) {
            String name = reading.codes().get(p.codeId());
            perCode.merge(name, 1, Integer::sum);
            if (code == null || code.equals(name)) {
                ofCode.add(p);
            }
        }
        List<Disagreements.Passage> listed = List.copyOf(ofCode.subList(0, Math.min(limit, ofCode.size())));
        return new Measured(reading, report, Map.copyOf(perCode), found.size(), listed, ofCode.size() - listed.size());
    }

    /**
     * By document name, position and code name: the order the window lists them in. The names
     * are ranked once, so sorting hundreds of thousands of passages compares numbers.
     */
    static List<Disagreements.Passage> sorted(List<Disagreements.Passage> passages, Reading reading) {
        Map<Long, Integer> documentRank = rank(reading.documents());
        Map<Long, Integer> codeRank = rank(reading.codes());
        int n = passages.size();
        int[] document = new int[n];
        int[] start = new int[n];
        int[] code = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Disagreements.Passage p = passages.get(i);
            document[i] = documentRank.getOrDefault(p.documentId(), 0);
            start[i] = p.range().start();
            code[i] = codeRank.getOrDefault(p.codeId(), 0);
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> document[i]).thenComparingInt(i -> start[i])
                .thenComparingInt(i -> code[i]));
        List<Disagreements.Passage> out = new ArrayList<>(n);
        for (Integer i : order) {
            out.add(passages.get(i));
        }
        return out;
    }

    /** Each id's place when the names are in case-insensitive order (then by id). */
    private static Map<Long, Integer> rank(Map<Long, String> names) {
        List<Map.Entry<Long, String>> entries = new ArrayList<>(names.entrySet());
        entries.sort(Map.Entry.<Long, String>comparingByValue(String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Map.Entry.comparingByKey()));
        Map<Long, Integer> out = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            out.put(entries.get(i).getKey(), i);
        }
        return out;
    }
}
