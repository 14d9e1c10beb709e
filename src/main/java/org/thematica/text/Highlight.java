package org.thematica.text;

/**
 * A tinted stretch of a paragraph, {@code [start, end)} in its offsets, painted behind the text.
 *
 * @param argb      the tint, with its alpha
 * @param underline also underlined (where several codes overlap)
 */
public record Highlight(int start, int end, int argb, boolean underline) {
}
