package org.thematica.model;

/** A directed, labelled link the analyst draws between two themes on the thematic map. */
public record ThemeLink(long id, String guid, long fromThemeId, long toThemeId, String label, String kind) {
}
