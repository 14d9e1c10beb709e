package org.thematica.service.merge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.thematica.service.merge.Key.Field;
import org.thematica.service.merge.Key.Kind;

/**
 * What a merge will do, decided before anything is written: which of the copy's rows are new
 * here (created, or mapped onto ours), which fields and relations take the copy's value, and the
 * conflicts, same names and notes to report. Keys and values in {@link #changes} speak our
 * GUIDs; a row created by the merge keeps the copy's GUID.
 */
final class Plan {
    final Side ours;
    final Side theirs;
    /** The copy's GUIDs that are ours under another GUID (mapped or identical duplicates). */
    final Map<String, String> alias = new HashMap<>();
    /** The copy's GUIDs new in this merge: created here, or mapped onto ours now. */
    final Set<String> fresh = new HashSet<>();
    /** The copy's rows to create, per kind, by the copy's id, in the copy's order. */
    final Map<Kind, List<Long>> creates = new EnumMap<>(Kind.class);
    /** The names created rows get (a same-named one's is made distinct). */
    final Map<String, String> names = new HashMap<>();
    /** Fields and relations that take the copy's value. */
    final Map<Key, Object> changes = new LinkedHashMap<>();
    final List<Conflict> conflicts = new ArrayList<>();
    final List<SameName> sameNames = new ArrayList<>();
    /** Things of the copy that cannot come in, counted by reason. */
    final Map<String, Integer> left = new TreeMap<>();
    private final Map<Kind, Set<String>> created = new EnumMap<>(Kind.class);

    Plan(Side ours, Side theirs) {
        this.ours = ours;
        this.theirs = theirs;
        for (Kind k : Kind.values()) {
            creates.put(k, new ArrayList<>());
            created.put(k, new HashSet<>());
        }
    }

    /** A GUID of the copy, as this project knows it. */
    String tr(String theirGuid) {
        return theirGuid == null ? null : alias.getOrDefault(theirGuid, theirGuid);
    }

    void create(Kind kind, long theirId, String guid) {
        creates.get(kind).add(theirId);
        created.get(kind).add(guid);
        fresh.add(guid);
    }

    void uncreate(Kind kind, String guid) {
        Long id = theirs.id(kind, guid);
        creates.get(kind).remove(id);
        created.get(kind).remove(guid);
        fresh.remove(guid);
    }

    void map(String theirGuid, String ourGuid) {
        alias.put(theirGuid, ourGuid);
        fresh.add(theirGuid);
    }

    boolean isCreated(Kind kind, String guid) {
        return created.get(kind).contains(guid);
    }

    /** True when a row of our GUID {@code guid} will exist after the merge (ours, or created by it). */
    boolean exists(Kind kind, String guid) {
        return guid != null && (ours.has(kind, guid) || created.get(kind).contains(guid));
    }

    /** Whether a row will be live after the merge, by our GUID. */
    boolean liveAfter(Kind kind, String guid) {
        Object change = changes.get(Key.row(kind, guid, Field.DELETED));
        if (change != null) {
            return !(Boolean) change;
        }
        return created.get(kind).contains(guid) || ours.isLive(kind, guid);
    }

    /** A field's value after the merge, by our GUID: the change, else ours. */
    Object after(Key key) {
        return changes.containsKey(key) ? changes.get(key) : ours.value(key);
    }

    /** A code's parent after the merge (our GUIDs); for a new code, the copy's, if that comes in. */
    String parentOf(String guid) {
        Key key = Key.row(Kind.CODE, guid, Field.PARENT);
        if (changes.containsKey(key) || ours.has(Kind.CODE, guid)) {
            return (String) after(key);
        }
        String parent = tr((String) theirs.value(key));
        return exists(Kind.CODE, parent) ? parent : null;
    }

    void leaveOut(String why) {
        left.merge(why, 1, Integer::sum);
    }

    void conflict(Conflict c) {
        conflicts.removeIf(old -> old.id().equals(c.id()));
        conflicts.add(c);
    }

    /** The copy's rows this merge creates, of one kind, by the copy's GUID. */
    Set<String> created(Kind kind) {
        return created.get(kind);
    }

    /** A conflict's id: the key it is about. */
    static String id(Key key) {
        return key.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + key.a()
                + (key.b() == null || key.b().isEmpty() ? "" : ":" + key.b()) + ":"
                + key.field().name().toLowerCase(java.util.Locale.ROOT);
    }

    static Map<String, Integer> count(Map<String, Integer> into, String kind) {
        into.merge(kind, 1, Integer::sum);
        return into;
    }
}
