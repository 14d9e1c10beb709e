package org.thematica.model;

/**
 * A document's metadata. The text itself is loaded separately because it can be megabytes.
 *
 * @param format   how it was read: txt, md, docx, odt, pdf, vtt, srt, sbv
 * @param encoding the character encoding assumed for text files, or null
 * @param origin   the file it was imported from, as given at import time
 */
public record Document(long id, String guid, String name, DocumentKind kind, String sha256, String origin,
                       String format, String encoding, int length, int wordCount, String importedAt) {
}
