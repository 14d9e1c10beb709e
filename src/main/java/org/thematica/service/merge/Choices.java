package org.thematica.service.merge;

import java.util.List;
import java.util.Map;

/**
 * What the user decided before a merge: which of the copy's new things are the same as one of
 * ours ({@code mappings}, the copy's GUID to ours), and how each conflict is resolved (by its
 * {@link Conflict#id}). Anything not decided takes the default: a same-named thing is kept
 * separate under a name that says whose it is, and a conflict keeps ours.
 */
public record Choices(Map<String, String> mappings, Map<String, Resolution> resolutions, List<ByName> byName) {
    /** Which side's version a conflict takes. */
    public enum Resolution { OURS, THEIRS }

    /** A mapping as people give it: the copy's new {@code kind} (code, theme, case, document) named so is ours named so. */
    public record ByName(String kind, String theirName, String ourName) {
    }

    public static final Choices DEFAULT = new Choices(Map.of(), Map.of(), List.of());

    public Choices {
        mappings = Map.copyOf(mappings);
        resolutions = Map.copyOf(resolutions);
        byName = List.copyOf(byName);
    }

    public Choices(Map<String, String> mappings, Map<String, Resolution> resolutions) {
        this(mappings, resolutions, List.of());
    }

    Resolution resolution(String conflictId) {
        return resolutions.getOrDefault(conflictId, Resolution.OURS);
    }
}
