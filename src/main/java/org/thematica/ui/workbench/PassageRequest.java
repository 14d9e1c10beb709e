package org.thematica.ui.workbench;

import org.thematica.model.DocumentKind;

/**
 * The passages behind a figure's bar or cell: a theme's (or code's) passages narrowed to a case
 * attribute value and a document kind. Null parts mean "all".
 */
public record PassageRequest(String attribute, String value, DocumentKind kind) {
}
