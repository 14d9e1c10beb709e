package org.thematica.ui.workbench;

/** A request to show a passage: open the document and select {@code [start, end)} (UTF-16). */
public record Reveal(long documentId, int start, int end) {
}
