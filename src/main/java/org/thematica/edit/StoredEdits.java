package org.thematica.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.thematica.model.UserError;
import org.thematica.store.RowStates;

/**
 * Undo and redo apply edits read back from the project file, and a project file is input from
 * someone else: a history row can be rewritten so that "undo Write memo" deletes every document.
 * A stored step is therefore applied only when both of these hold; the rule is the narrowest we
 * found that never refuses a history Thematica wrote and never lets a step lose anything:
 *
 * <ol>
 * <li><b>Its two halves are one edit.</b> The half about to run must be exactly the inverse of
 *     the other half (what the step did, or would do again). Every edit a step stores has an
 *     exact inverse ({@link #inverse}; creations are stored as the soft deletion that undoes
 *     them), and Thematica always stores the pair, so a rewritten undo of "Write memo" that no
 *     longer reverses its redo is refused without reading the label, which is free text.</li>
 * <li><b>Every row it touches is as it records finding it.</b> Most edits check their recorded
 *     "before" as they apply (Update*, MoveCodings, ResizeCoding, the Set* edits with before
 *     values). Soft deletion and speaker turns record no "before" of their own, so here a row to
 *     delete must be live, one to restore must be deleted, a turn must have the case the other
 *     half sets, an attribute to remove must be the one recorded. Then the edit's own inverse,
 *     stored for the next redo or undo, puts back exactly what it changes.</li>
 * </ol>
 *
 * What no rule can tell: a row rewritten whole and consistently (label and both halves) that fits
 * the present is indistinguishable from an edit really made. By (2) it still loses nothing: the
 * opposite step restores every row it changed.
 */
final class StoredEdits {
    private StoredEdits() {
    }

    /** The edit that exactly reverses {@code edit}; empty for the kinds a step never stores. */
    static Optional<Edit> inverse(Edit edit) {
        Edit inverse;
        if (edit instanceof Batch b) {
            List<Edit> reversed = new ArrayList<>();
            for (Edit e : b.edits()) {
                Optional<Edit> i = inverse(e);
                if (i.isEmpty()) {
                    return Optional.empty();
                }
                reversed.add(0, i.get());
            }
            inverse = new Batch(reversed);
        } else if (edit instanceof SetDeleted e) {
            inverse = new SetDeleted(e.entity(), e.ids(), !e.deleted());
        } else if (edit instanceof UpdateDocument e) {
            inverse = new UpdateDocument(e.id(), e.name(), e.kind(), e.oldName(), e.oldKind());
        } else if (edit instanceof UpdateCode e) {
            inverse = new UpdateCode(e.after(), e.before());
        } else if (edit instanceof UpdateTheme e) {
            inverse = new UpdateTheme(e.after(), e.before());
        } else if (edit instanceof UpdateCase e) {
            inverse = new UpdateCase(e.after(), e.before());
        } else if (edit instanceof UpdateLink e) {
            inverse = new UpdateLink(e.after(), e.before());
        } else if (edit instanceof UpdateMemo e) {
            inverse = new UpdateMemo(e.after(), e.before());
        } else if (edit instanceof SetThemeMembership e) {
            inverse = new SetThemeMembership(e.themeId(), e.codeId(), !e.member());
        } else if (edit instanceof MoveCodings e) {
            inverse = new MoveCodings(e.ids(), e.toCodeId(), e.fromCodeId());
        } else if (edit instanceof ResizeCoding e) {
            inverse = new ResizeCoding(e.id(), e.start(), e.end(), e.oldStart(), e.oldEnd());
        } else if (edit instanceof DefineAttribute e) {
            inverse = new RemoveAttribute(e.attribute());
        } else if (edit instanceof RemoveAttribute e) {
            inverse = new DefineAttribute(e.attribute());
        } else if (edit instanceof SetAttributeValue e) {
            inverse = new SetAttributeValue(e.caseId(), e.attributeId(), e.after(), e.before());
        } else if (edit instanceof SetDocumentCase e) {
            inverse = new SetDocumentCase(e.documentId(), e.caseId(), !e.linked());
        } else if (edit instanceof SetTurnCases e) {
            inverse = new SetTurnCases(e.after(), e.before());
        } else if (edit instanceof SetReviewResolved e) {
            inverse = new SetReviewResolved(e.id(), e.after(), e.afterBy(), e.before(), e.beforeBy());
        } else if (edit instanceof SetProjectInfo e) {
            inverse = new SetProjectInfo(e.key(), e.after(), e.before());
        } else if (edit instanceof SetMapPositions e) {
            inverse = new SetMapPositions(e.after(), e.before());
        } else if (edit instanceof SetCoderColour e) {
            inverse = new SetCoderColour(e.coderId(), e.after(), e.before());
        } else {
            return Optional.empty(); // a creation: stored as the soft deletion that undoes it, never itself
        }
        return Optional.of(inverse);
    }

    /**
     * Refuses {@code edit}, about to run as the undo or redo of the step {@code label}, unless it
     * is the inverse of {@code other} (the step's other half) and finds its rows as it records.
     */
    static void require(String action, String label, Edit edit, Edit other, RowStates rows) throws UserError {
        if (!inverse(other).equals(Optional.of(edit))) {
            throw new UserError("cannot " + action + " '" + label + "': the project's history does not hold it as"
                    + " Thematica wrote it (its two halves do not reverse each other); nothing was changed");
        }
        String found = mismatch(edit, rows, new HashSet<>());
        if (found != null) {
            throw new UserError("cannot " + action + " '" + label + "': the project does not match what the history"
                    + " records (" + found + "); nothing was changed");
        }
    }

    /**
     * The first row not in the state {@code edit} records finding, or null. A row an earlier
     * part of the same batch touched is judged by that part only.
     */
    private static String mismatch(Edit edit, RowStates rows, Set<String> touched) {
        if (edit instanceof Batch b) {
            for (Edit e : b.edits()) {
                String found = mismatch(e, rows, touched);
                if (found != null) {
                    return found;
                }
            }
        } else if (edit instanceof SetDeleted e) {
            for (long id : e.ids()) {
                if (!touched.add(e.entity().table() + " " + id)) {
                    continue;
                }
                Optional<Boolean> deleted = rows.deleted(e.entity().table(), id);
                if (deleted.isEmpty()) {
                    return e.entity().noun() + " " + id + " does not exist";
                }
                if (deleted.get() == e.deleted()) {
                    return e.entity().noun() + " " + id + " is already " + (e.deleted() ? "deleted" : "there");
                }
            }
        } else if (edit instanceof SetTurnCases e) {
            for (SetTurnCases.TurnCase t : e.before()) {
                if (!touched.add("turn " + t.turnId())) {
                    continue;
                }
                OptionalLong now = rows.turnCase(t.turnId());
                if (now.isEmpty() || now.getAsLong() != t.caseId()) {
                    return "speaker turn " + t.turnId() + " belongs to another case";
                }
            }
        } else if (edit instanceof RemoveAttribute e) {
            if (!rows.attribute(e.attribute().id()).equals(Optional.of(e.attribute()))) {
                return "attribute '" + e.attribute().name() + "' is not as recorded";
            }
        }
        return null;
    }
}
