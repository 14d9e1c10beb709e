package org.thematica.service.merge;

import java.util.List;

/**
 * Something both files changed in ways that cannot both hold, or a deletion on one side of
 * something the other side still uses.
 *
 * @param id         stable across a preview and the merge that follows, to pass a resolution in
 *                   {@link Choices#resolutions}
 * @param subject    what it is about, as users name it: {@code code 'trust'}
 * @param field      the field or aspect: name, colour, description, parent, themes, deleted ...
 * @param ours       our value, as shown to users
 * @param theirs     the copy's value, as shown to users
 * @param resolution what the merge did
 * @param involves   the GUIDs (ours) of the rows the conflict concerns besides the subject,
 *                   such as the codings that use a deleted code
 */
public record Conflict(String id, Type type, String kind, String guid, String subject, String field, String ours,
                       String theirs, Choices.Resolution resolution, List<String> involves) {
    /** The kinds of conflict. */
    public enum Type {
        /** The same field changed to different values on both sides. */
        CHANGED_ON_BOTH_SIDES,
        /** The copy's new name for something is the name of another thing here. */
        NAME_TAKEN,
        /** The copy's new parents would make codes each other's ancestors, with ours. */
        PARENT_LOOP,
        /** A code's place among the themes changed on both sides, differently. */
        THEMES,
        /** The copy deleted a code or document that has work here it did not see. */
        DELETED_IN_COPY_USED_HERE,
        /** We deleted a code or document that the copy's new work uses. */
        DELETED_HERE_USED_IN_COPY
    }

    public Conflict {
        involves = List.copyOf(involves);
    }

    /** One line for people: {@code code 'trust': name: here 'x', in the copy 'y'; kept ours}. */
    public String describe() {
        String what = switch (type) {
            case CHANGED_ON_BOTH_SIDES -> field + " changed on both sides: here " + ours + ", in the copy " + theirs;
            case NAME_TAKEN -> "the copy renamed it " + theirs + ", which another " + kind + " here is called";
            case PARENT_LOOP -> "the copy moved it under " + theirs + ", which with our changes makes a loop of parents";
            case THEMES -> "its themes changed on both sides: here " + ours + ", in the copy " + theirs;
            case DELETED_IN_COPY_USED_HERE -> "the copy deleted it, but " + ours + " here it did not see use it";
            case DELETED_HERE_USED_IN_COPY -> "it is deleted here, but " + theirs + " in the copy use it";
        };
        String kept = switch (type) {
            case DELETED_IN_COPY_USED_HERE -> resolution == Choices.Resolution.OURS ? "kept it" : "deleted it";
            case DELETED_HERE_USED_IN_COPY -> resolution == Choices.Resolution.OURS ? "left the copy's work out"
                    : "restored it";
            default -> resolution == Choices.Resolution.OURS ? "kept ours" : "took the copy's";
        };
        return subject + ": " + what + "; " + kept;
    }
}
