package org.thematica.service.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a merge brought in (or, for a preview, would): counts per kind of thing, the same-named
 * things and what became of them, every conflict and how it was resolved, and notes on what
 * could not come in. {@code historyId} is the undo step the merge made, 0 when nothing changed.
 *
 * @param added    new rows, per kind ("coding": 12)
 * @param changed  existing rows or relations changed, per kind
 * @param deleted  rows deleted, per kind
 * @param restored rows brought back, per kind
 */
public record MergeReport(String copy, String coder, boolean blind, boolean preview, long historyId,
                          Map<String, Integer> added, Map<String, Integer> changed, Map<String, Integer> deleted,
                          Map<String, Integer> restored, List<SameName> sameNames, List<Conflict> conflicts,
                          List<String> notes) {
    public MergeReport {
        added = Map.copyOf(added);
        changed = Map.copyOf(changed);
        deleted = Map.copyOf(deleted);
        restored = Map.copyOf(restored);
        sameNames = List.copyOf(sameNames);
        conflicts = List.copyOf(conflicts);
        notes = List.copyOf(notes);
    }

    /** True when the merge changed (or would change) the project. */
    public boolean changesProject() {
        return !added.isEmpty() || !changed.isEmpty() || !deleted.isEmpty() || !restored.isEmpty();
    }

    /** The report as plain maps and lists, for JSON. Counts are sorted by kind. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("copy", copy);
        m.put("coder", coder);
        m.put("blind", blind);
        m.put("preview", preview);
        m.put("changed_project", changesProject());
        m.put("history_id", historyId);
        m.put("added", new java.util.TreeMap<>(added));
        m.put("changed", new java.util.TreeMap<>(changed));
        m.put("deleted", new java.util.TreeMap<>(deleted));
        m.put("restored", new java.util.TreeMap<>(restored));
        List<Map<String, Object>> names = new ArrayList<>();
        for (SameName s : sameNames) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("kind", s.kind());
            n.put("name", s.name());
            n.put("their_guid", s.theirGuid());
            n.put("our_guid", s.ourGuid());
            n.put("mapped", s.mapped());
            n.put("kept_as", s.keptAs());
            names.add(n);
        }
        m.put("same_names", names);
        List<Map<String, Object>> cs = new ArrayList<>();
        for (Conflict c : conflicts) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", c.id());
            n.put("type", c.type().name().toLowerCase(java.util.Locale.ROOT));
            n.put("kind", c.kind());
            n.put("guid", c.guid());
            n.put("subject", c.subject());
            n.put("field", c.field());
            n.put("ours", c.ours());
            n.put("theirs", c.theirs());
            n.put("resolution", c.resolution().name().toLowerCase(java.util.Locale.ROOT));
            n.put("involves", c.involves());
            n.put("message", c.describe());
            cs.add(n);
        }
        m.put("conflicts", cs);
        m.put("notes", notes);
        return m;
    }
}
