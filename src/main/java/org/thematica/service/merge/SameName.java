package org.thematica.service.merge;

/**
 * Something new in the copy that has the name of something of ours with another GUID: offered
 * for mapping (the same thing under two GUIDs), never silently doubled.
 *
 * @param mapped true when it was mapped onto ours (its codings, memos and memberships moved
 *               onto ours); false when it came in as a thing of its own, named {@code keptAs}
 */
public record SameName(String kind, String name, String theirGuid, String ourGuid, boolean mapped, String keptAs) {
    public String describe() {
        return mapped ? kind + " '" + name + "' from the copy is ours (mapped)"
                : kind + " '" + name + "' from the copy is not ours: kept as '" + keptAs + "'";
    }
}
