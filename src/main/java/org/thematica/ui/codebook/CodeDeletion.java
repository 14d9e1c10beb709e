package org.thematica.ui.codebook;

import java.util.List;
import org.thematica.service.CodebookService.CodingsPolicy;
import org.thematica.service.WorkspaceService.CodeRow;

/**
 * What deleting a code would touch, and the words the confirmation uses. A coded code needs a
 * decision about its codings (delete them, or move them to another code); an uncoded one only
 * a confirmation.
 *
 * @param parent     the code's parent, or null if it is top-level
 * @param otherCodes where the codings could move
 */
record CodeDeletion(String code, long codings, long documents, String parent, List<String> subCodes,
                    List<String> themes, List<String> otherCodes) {
    CodeDeletion {
        subCodes = List.copyOf(subCodes);
        themes = List.copyOf(themes);
        otherCodes = List.copyOf(otherCodes);
    }

    /** What the user decided; {@code moveTo} is set only for {@link CodingsPolicy#MOVE}. */
    record Choice(CodingsPolicy policy, String moveTo) {
        static Choice deleteCodings() {
            return new Choice(CodingsPolicy.DELETE, null);
        }

        static Choice moveTo(String code) {
            return new Choice(CodingsPolicy.MOVE, code);
        }
    }

    static CodeDeletion of(CodeTree tree, CodeRow row) {
        String name = row.code().name();
        return new CodeDeletion(name, row.codings(), row.documents(), tree.parentName(name), tree.children(name),
                row.themes(), tree.mergeTargets(name));
    }

    boolean coded() {
        return codings > 0;
    }

    boolean canMove() {
        return !otherCodes.isEmpty();
    }

    String header() {
        return "Delete code '" + code + "'?";
    }

    /** The dialog's text: the counts, then what else changes. */
    String body() {
        StringBuilder text = new StringBuilder();
        if (coded()) {
            text.append("'").append(code).append("' has ").append(Words.counted(codings, "coding")).append(" in ")
                    .append(Words.counted(documents, "document")).append(". What should happen to ")
                    .append(codings == 1 ? "it" : "them").append("?");
        } else {
            text.append("'").append(code).append("' has no codings.");
        }
        if (!themes.isEmpty()) {
            text.append(themes.size() == 1 ? "\nIt leaves theme " : "\nIt leaves " + themes.size() + " themes: ")
                    .append(Words.quotedList(themes)).append('.');
        }
        if (!subCodes.isEmpty() && !coded()) {
            text.append('\n').append(subCodesMoveUp());
        }
        text.append("\nUndo brings everything back.");
        return text.toString();
    }

    /** Said beside "delete the codings": where the sub-codes go in that case. */
    String subCodesMoveUp() {
        if (subCodes.isEmpty()) {
            return "";
        }
        String which = subCodes.size() == 1 ? "Its sub-code " + Words.quotedList(subCodes)
                : "Its " + subCodes.size() + " sub-codes";
        return parent == null ? which + (subCodes.size() == 1 ? " becomes a top-level code." : " become top-level codes.")
                : which + " move" + (subCodes.size() == 1 ? "s" : "") + " up to '" + parent + "'.";
    }

    String deleteCodingsLabel() {
        return codings == 1 ? "Delete the coding too" : "Delete the " + codings + " codings too";
    }

    String moveLabel() {
        return codings == 1 ? "Move the coding to another code:" : "Move the codings to another code:";
    }

    /** Moving is merging: the service moves everything the code had (see CodebookService.deleteCode). */
    String moveNote() {
        return "Its sub-codes, themes and memos go to that code too; a passage already coded with both is kept once.";
    }

    /**
     * The choice the dialog's controls describe, or null while it is incomplete (nothing chosen,
     * or "move" without a target). An uncoded code needs no choice: if codings appear meanwhile,
     * the service refuses rather than deleting them unasked.
     */
    Choice choice(boolean deleteCodings, boolean move, String target) {
        if (!coded()) {
            return new Choice(CodingsPolicy.REFUSE_IF_CODED, null);
        }
        if (deleteCodings) {
            return Choice.deleteCodings();
        }
        if (move && target != null && otherCodes.contains(target)) {
            return Choice.moveTo(target);
        }
        return null;
    }
}
