package org.thematica.model;

/**
 * One code applied to one passage.
 *
 * @param text    the coded text as it was when coded, used to verify and re-anchor the range
 * @param created ISO-8601 instant
 */
public record Coding(long id, String guid, long documentId, long codeId, int start, int end, String text,
                     long coderId, String created) {
    public TextRange range() {
        return new TextRange(start, end);
    }
}
