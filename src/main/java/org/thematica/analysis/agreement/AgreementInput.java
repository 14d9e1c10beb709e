package org.thematica.analysis.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What agreement is measured on: two coders' codings of some codes in some documents, with
 * every offset and length in Unicode code points (the units of character-level agreement).
 *
 * @param overlapPercent the overlap, 1 to 100, at which a coding counts as matched at segment level
 */
public record AgreementInput(String coderA, String coderB, List<Document> documents, List<Code> codes,
                             List<Coding> codings, int overlapPercent) {
    /** The default segment overlap: a coding is matched by one that overlaps it by 80% of their union. */
    public static final int DEFAULT_OVERLAP = 80;

    /** A document in scope and its length in code points. */
    public record Document(long id, String name, long length) {
    }

    public record Code(long id, String name) {
    }

    /** Which of the two coders made a coding. */
    public enum Coder { A, B }

    /** A coding of a code in scope in a document in scope: {@code [start, end)} in code points. */
    public record Coding(long documentId, long codeId, Coder coder, long start, long end) {
    }

    public AgreementInput {
        if (overlapPercent < 1 || overlapPercent > 100) {
            throw new IllegalArgumentException("overlap must be 1 to 100 percent, not " + overlapPercent);
        }
        documents = List.copyOf(documents);
        codes = List.copyOf(codes);
        codings = List.copyOf(codings);
        Set<Long> docs = new HashSet<>();
        documents.forEach(d -> docs.add(d.id()));
        Set<Long> codeIds = new HashSet<>();
        codes.forEach(c -> codeIds.add(c.id()));
        java.util.Map<Long, Long> lengths = new java.util.HashMap<>();
        documents.forEach(d -> lengths.put(d.id(), d.length()));
        for (Coding c : codings) {
            if (!docs.contains(c.documentId()) || !codeIds.contains(c.codeId())) {
                throw new IllegalArgumentException("coding outside the scope: " + c);
            }
            if (c.start() < 0 || c.end() <= c.start() || c.end() > lengths.get(c.documentId())) {
                throw new IllegalArgumentException("coding outside its document: " + c);
            }
        }
    }
}
