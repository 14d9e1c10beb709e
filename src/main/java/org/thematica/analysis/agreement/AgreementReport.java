package org.thematica.analysis.agreement;

import java.util.List;

/**
 * Agreement between two coders: per code and pooled over the codes.
 *
 * @param units the code points in scope (the documents' lengths added up)
 * @param codes one row per code, by name
 * @param overall the codes pooled: the units are (code point, code) pairs, so the 2×2 tables and
 *                the α_U disagreements of the codes are summed, and the codings are matched
 *                within their codes
 */
public record AgreementReport(String coderA, String coderB, List<AgreementInput.Document> documents, long units,
                              int overlapPercent, List<CodeAgreement> codes, CodeAgreement overall) {

    /**
     * One code's agreement (or the pooled row, whose {@code code} is null).
     *
     * @param table    the character-level 2×2 table
     * @param percent  percent agreement over the characters, 0 to 100
     * @param kappa    Cohen's kappa over the characters
     * @param alpha    Krippendorff's alpha (nominal) over the characters
     * @param alphaU   Krippendorff's unitizing alpha over the coded stretches
     * @param segments the segment-level matches
     */
    public record CodeAgreement(String code, BinaryTable table, Measure percent, Measure kappa, Measure alpha,
                                Measure alphaU, SegmentShare segments) {
    }
}
