package org.thematica.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thematica.analysis.agreement.AgreementInput.Code;
import org.thematica.analysis.agreement.AgreementInput.Coder;
import org.thematica.analysis.agreement.AgreementInput.Coding;
import org.thematica.analysis.agreement.AgreementInput.Document;
import org.thematica.analysis.agreement.AgreementReport.CodeAgreement;
import org.thematica.analysis.agreement.UnitizingAlpha.Disagreement;

/**
 * Agreement between two coders, per code and pooled (docs/agreement.md defines every figure):
 * <ul>
 * <li>character level (NVivo's definition): each code point of the documents in scope is a
 * unit, coded by a coder for a code when it lies inside any of that coder's codings of it;
 * percent agreement, Cohen's kappa and Krippendorff's alpha (nominal) over those units;</li>
 * <li>Krippendorff's α_U over the stretches each coder coded, the documents laid end to end as
 * one continuum (in the order given);</li>
 * <li>segment level: the share of each coder's codings that a coding of the same code by the
 * other coder overlaps by at least the chosen percentage of their union.</li>
 * </ul>
 * Computed in phases: lay the documents out, gather each code's codings per coder, choose who
 * computes α_U (DKPro while small), then measure each code and pool.
 */
public final class Agreement {
    private Agreement() {
    }

    public static AgreementReport compute(AgreementInput input) {
        Map<Long, Long> offsets = layOut(input.documents());
        long length = input.documents().stream().mapToLong(Document::length).sum();
        Map<Long, CodeUnits> units = gather(input, offsets);
        boolean dkpro = dkproComputesUnitizing(units.values(), length);
        List<CodeAgreement> rows = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (Code code : sortedByName(input.codes())) {
            CodeUnits u = units.get(code.id());
            Disagreement d = u.anyUnits() ? (dkpro ? UnitizingAlpha.dkpro(length, u.unionA, u.unionB)
                    : UnitizingAlpha.exact(length, u.unionA, u.unionB)) : Disagreement.NONE;
            disagreements.add(d);
            rows.add(measure(code.name(), u, d, length, input));
        }
        CodeAgreement overall = pool(rows, disagreements, units.values(), input);
        return new AgreementReport(input.coderA(), input.coderB(), input.documents(), length, input.overlapPercent(),
                List.copyOf(rows), overall);
    }

    /** Phase 1: where each document starts on the continuum (the documents end to end, in the given order). */
    private static Map<Long, Long> layOut(List<Document> documents) {
        Map<Long, Long> offsets = new HashMap<>();
        long at = 0;
        for (Document d : documents) {
            offsets.put(d.id(), at);
            at += d.length();
        }
        return offsets;
    }

    /** One code's codings by each coder on the continuum (sorted), and what each coder covered with it. */
    private static final class CodeUnits {
        long[] codingsA = new long[0];
        long[] codingsB = new long[0];
        long[] unionA = new long[0];
        long[] unionB = new long[0];

        boolean anyUnits() {
            return unionA.length > 0 || unionB.length > 0;
        }
    }

    /** Phase 2: each code's codings per coder, placed on the continuum, sorted, and their unions. */
    private static Map<Long, CodeUnits> gather(AgreementInput input, Map<Long, Long> offsets) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Coding c : input.codings()) {
            counts.computeIfAbsent(c.codeId(), k -> new long[2])[c.coder().ordinal()]++;
        }
        Map<Long, CodeUnits> units = new LinkedHashMap<>();
        Map<Long, int[]> filled = new HashMap<>();
        for (Code code : input.codes()) {
            CodeUnits u = new CodeUnits();
            long[] n = counts.getOrDefault(code.id(), new long[2]);
            u.codingsA = new long[(int) (2 * n[0])];
            u.codingsB = new long[(int) (2 * n[1])];
            units.put(code.id(), u);
            filled.put(code.id(), new int[2]);
        }
        for (Coding c : input.codings()) {
            CodeUnits u = units.get(c.codeId());
            int[] at = filled.get(c.codeId());
            long offset = offsets.get(c.documentId());
            long[] into = c.coder() == Coder.A ? u.codingsA : u.codingsB;
            int i = at[c.coder().ordinal()];
            into[i] = offset + c.start();
            into[i + 1] = offset + c.end();
            at[c.coder().ordinal()] = i + 2;
        }
        for (CodeUnits u : units.values()) {
            u.codingsA = Intervals.sorted(u.codingsA);
            u.codingsB = Intervals.sorted(u.codingsB);
            u.unionA = Intervals.union(u.codingsA);
            u.unionB = Intervals.union(u.codingsB);
        }
        return units;
    }

    /** Phase 3: DKPro computes α_U for every code when its unit × gap steps, over all codes, stay small. */
    private static boolean dkproComputesUnitizing(Iterable<CodeUnits> units, long length) {
        long steps = 0;
        for (CodeUnits u : units) {
            steps += UnitizingAlpha.dkproSteps(length, u.unionA, u.unionB);
            if (steps > UnitizingAlpha.DKPRO_STEPS) {
                return false;
            }
        }
        return true;
    }

    /** Phase 4: one code's figures. */
    private static CodeAgreement measure(String code, CodeUnits u, Disagreement d, long length, AgreementInput input) {
        long coveredA = Intervals.length(u.unionA);
        long coveredB = Intervals.length(u.unionB);
        long both = Intervals.intersection(u.unionA, u.unionB);
        BinaryTable table = new BinaryTable(both, coveredA - both, coveredB - both,
                length - coveredA - coveredB + both);
        BinaryTable.Measures m = table.measures();
        Measure alphaU;
        if (u.unionA.length == 0 && u.unionB.length == 0) {
            alphaU = Measure.undefined(length == 0 ? "there is no text in scope" : "neither coder applied it here");
        } else if (u.unionA.length == 0 || u.unionB.length == 0) {
            alphaU = Measure.undefined("only " + (u.unionA.length == 0 ? input.coderB() : input.coderA())
                    + " applied it here, and α_U compares two coders' units");
        } else {
            alphaU = Measure.of(1 - d.observed() / d.expected());
        }
        int percent = input.overlapPercent();
        SegmentShare segments = new SegmentShare(SegmentMatcher.matched(u.codingsA, u.codingsB, percent),
                u.codingsA.length / 2, SegmentMatcher.matched(u.codingsB, u.codingsA, percent), u.codingsB.length / 2);
        return new CodeAgreement(code, table, m.percent(), m.kappa(), m.alpha(), alphaU, segments);
    }

    /**
     * Phase 5: the codes pooled. The tables and the segment counts add up; α_U is DKPro's over
     * several categories: the codes' disagreements summed (those only one coder applied
     * included: that is disagreement too), defined when some code was applied by both.
     */
    private static CodeAgreement pool(List<CodeAgreement> rows, List<Disagreement> disagreements,
                                      Iterable<CodeUnits> units, AgreementInput input) {
        BinaryTable table = BinaryTable.EMPTY;
        SegmentShare segments = SegmentShare.NONE;
        for (CodeAgreement row : rows) {
            table = table.plus(row.table());
            segments = segments.plus(row.segments());
        }
        Disagreement sum = Disagreement.NONE;
        for (Disagreement d : disagreements) {
            sum = sum.plus(d);
        }
        boolean anyA = false;
        boolean anyB = false;
        boolean shared = false;
        for (CodeUnits u : units) {
            anyA |= u.unionA.length > 0;
            anyB |= u.unionB.length > 0;
            shared |= u.unionA.length > 0 && u.unionB.length > 0;
        }
        Measure alphaU;
        if (shared) {
            alphaU = Measure.of(1 - sum.observed() / sum.expected());
        } else if (anyA || anyB) {
            alphaU = Measure.undefined(anyA && anyB ? "no code was applied by both coders"
                    : "only " + (anyA ? input.coderA() : input.coderB()) + " coded here");
        } else {
            alphaU = Measure.undefined(rows.isEmpty() ? "there are no codes in scope" : "neither coder coded here");
        }
        BinaryTable.Measures m = rows.isEmpty() ? noCodes() : table.measures();
        return new CodeAgreement(null, table, m.percent(), m.kappa(), m.alpha(), alphaU, segments);
    }

    private static BinaryTable.Measures noCodes() {
        Measure none = Measure.undefined("there are no codes in scope");
        return new BinaryTable.Measures(none, none, none);
    }

    private static List<Code> sortedByName(List<Code> codes) {
        Code[] sorted = codes.toArray(new Code[0]);
        Arrays.sort(sorted, (x, y) -> {
            int c = String.CASE_INSENSITIVE_ORDER.compare(x.name(), y.name());
            return c != 0 ? c : Long.compare(x.id(), y.id());
        });
        return List.of(sorted);
    }
}
