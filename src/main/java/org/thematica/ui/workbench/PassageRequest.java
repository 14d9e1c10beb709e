package org.thematica.ui.workbench;

import org.thematica.model.DocumentKind;

/**
 * The passages behind a figure's bar or cell: a theme's (or code's) passages narrowed to a case
 * attribute value, a document kind and a coder (when the figure counts one coder's codings).
 * Null parts mean "all".
 */
public record PassageRequest(String attribute, String value, DocumentKind kind, String coder) {
    /** Every coder's passages. */
    public PassageRequest(String attribute, String value, DocumentKind kind) {
        this(attribute, value, kind, null);
    }
}
