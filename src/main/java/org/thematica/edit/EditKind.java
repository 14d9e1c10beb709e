package org.thematica.edit;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What part of a project an edit changes, as people name it when they browse the history or
 * decide what a view must re-read. The one home of that mapping: a new edit type is added here.
 */
public enum EditKind {
    DOCUMENTS, CODINGS, CODEBOOK, THEMES, CASES, MEMOS, REVIEWS, CODERS, LAYOUT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kinds an edit touches (a batch: those of its parts). */
    public static Set<EditKind> of(Edit edit) {
        Set<EditKind> kinds = EnumSet.noneOf(EditKind.class);
        add(edit, kinds);
        return kinds;
    }

    private static void add(Edit edit, Set<EditKind> into) {
        if (edit instanceof Batch b) {
            b.edits().forEach(e -> add(e, into));
        } else if (edit instanceof SetDeleted d) {
            into.add(switch (d.entity()) {
                case DOCUMENT -> DOCUMENTS;
                case CODE -> CODEBOOK;
                case THEME, LINK -> THEMES;
                case CODING -> CODINGS;
                case CASE -> CASES;
                case MEMO -> MEMOS;
                case REVIEW -> REVIEWS;
            });
        } else if (edit instanceof ImportDocument || edit instanceof UpdateDocument) {
            into.add(DOCUMENTS);
        } else if (edit instanceof CreateCodings || edit instanceof MoveCodings || edit instanceof ResizeCoding) {
            into.add(CODINGS);
        } else if (edit instanceof CreateCode || edit instanceof UpdateCode) {
            into.add(CODEBOOK);
        } else if (edit instanceof CreateTheme || edit instanceof UpdateTheme || edit instanceof SetThemeMembership
                || edit instanceof CreateLink || edit instanceof UpdateLink) {
            into.add(THEMES);
        } else if (edit instanceof CreateCase || edit instanceof UpdateCase || edit instanceof DefineAttribute
                || edit instanceof RemoveAttribute || edit instanceof SetAttributeValue
                || edit instanceof SetDocumentCase || edit instanceof SetTurnCases) {
            into.add(CASES);
        } else if (edit instanceof CreateMemo || edit instanceof UpdateMemo) {
            into.add(MEMOS);
        } else if (edit instanceof CreateReview || edit instanceof SetReviewResolved) {
            into.add(REVIEWS);
        } else if (edit instanceof SetCoderColour) {
            into.add(CODERS);
        } else if (edit instanceof SetProjectInfo || edit instanceof SetMapPositions) {
            into.add(LAYOUT);
        } else {
            throw new IllegalArgumentException("no kind for " + edit.getClass().getSimpleName());
        }
    }
}
