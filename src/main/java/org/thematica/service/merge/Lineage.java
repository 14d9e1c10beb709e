package org.thematica.service.merge;

import java.util.Map;
import org.thematica.model.UserError;

/**
 * Where a coder copy comes from, kept in its project settings: the one home of the rules that
 * say whether a file may be merged into a project. Every copy keeps the project's GUID; it has
 * an id of its own, the id of the file it was made from (the project's GUID for the original,
 * else that copy's id), and the last history row it shares with that file (the base).
 */
final class Lineage {
    static final String ID = "copy.id";
    static final String FROM = "copy.from";
    static final String BASE = "copy.base";
    static final String CODER = "copy.coder";
    static final String BLIND = "copy.blind";
    static final String MADE = "copy.made";
    /** Ours, per copy merged: how far its history was merged, and which of its GUIDs are ours under another. */
    static final String MERGED = "merge.";

    private Lineage() {
    }

    /** The id a copy made from this file records as its origin. */
    static String idOf(Map<String, String> info) {
        String id = info.get(ID);
        return id != null ? id : info.get("guid");
    }

    /** Settings a merge never takes from a copy: identities and merge bookkeeping. */
    static boolean isBookkeeping(String key) {
        return key.equals("guid") || key.equals("created") || key.startsWith("copy.") || key.startsWith(MERGED);
    }

    /** Refuses a file that is not a coder copy made from this one; returns the copy's base. */
    static long check(Map<String, String> ours, Map<String, String> theirs, String file) throws UserError {
        if (!java.util.Objects.equals(ours.get("guid"), theirs.get("guid"))) {
            throw new UserError(file + " is not a copy of this project (it belongs to the project '"
                    + theirs.getOrDefault("name", "?") + "')");
        }
        if (theirs.get(ID) == null || theirs.get(BASE) == null) {
            throw new UserError(file + " is a copy of this project made without 'thematica coder-copy', so nothing"
                    + " says where it parted from it; only a coder copy can be merged");
        }
        if (!idOf(ours).equals(theirs.get(FROM))) {
            throw new UserError(file + " was made from another copy of this project; merge it into that copy");
        }
        try {
            return Long.parseLong(theirs.get(BASE));
        } catch (NumberFormatException e) {
            throw new UserError(file + ": its copy settings are damaged (base '" + theirs.get(BASE) + "')");
        }
    }
}
