package org.thematica.edit;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/**
 * One change to a project. {@link #apply} performs it through the repositories (inside the
 * transaction {@link EditHistory} opened) and returns the pair of edits that exactly redo and
 * undo it in the state it left behind. Edits are values: they are stored as JSON in the history,
 * which is what makes undo survive a restart.
 *
 * <p>Edits that create rows pin the new ids in their redo (deleted rows are kept, flagged,
 * and ids are never reused), so a chain of redos finds every row under the id it had.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Batch.class, name = "batch"),
    @JsonSubTypes.Type(value = SetDeleted.class, name = "set-deleted"),
    @JsonSubTypes.Type(value = ImportDocument.class, name = "import-document"),
    @JsonSubTypes.Type(value = UpdateDocument.class, name = "update-document"),
    @JsonSubTypes.Type(value = CreateCode.class, name = "create-code"),
    @JsonSubTypes.Type(value = UpdateCode.class, name = "update-code"),
    @JsonSubTypes.Type(value = CreateTheme.class, name = "create-theme"),
    @JsonSubTypes.Type(value = UpdateTheme.class, name = "update-theme"),
    @JsonSubTypes.Type(value = SetThemeMembership.class, name = "set-theme-membership"),
    @JsonSubTypes.Type(value = CreateLink.class, name = "create-link"),
    @JsonSubTypes.Type(value = UpdateLink.class, name = "update-link"),
    @JsonSubTypes.Type(value = CreateCodings.class, name = "create-codings"),
    @JsonSubTypes.Type(value = MoveCodings.class, name = "move-codings"),
    @JsonSubTypes.Type(value = ResizeCoding.class, name = "resize-coding"),
    @JsonSubTypes.Type(value = CreateCase.class, name = "create-case"),
    @JsonSubTypes.Type(value = UpdateCase.class, name = "update-case"),
    @JsonSubTypes.Type(value = DefineAttribute.class, name = "define-attribute"),
    @JsonSubTypes.Type(value = RemoveAttribute.class, name = "remove-attribute"),
    @JsonSubTypes.Type(value = SetAttributeValue.class, name = "set-attribute-value"),
    @JsonSubTypes.Type(value = SetDocumentCase.class, name = "set-document-case"),
    @JsonSubTypes.Type(value = SetTurnCases.class, name = "set-turn-cases"),
    @JsonSubTypes.Type(value = CreateMemo.class, name = "create-memo"),
    @JsonSubTypes.Type(value = UpdateMemo.class, name = "update-memo"),
    @JsonSubTypes.Type(value = CreateReview.class, name = "create-review"),
    @JsonSubTypes.Type(value = SetReviewResolved.class, name = "set-review-resolved"),
    @JsonSubTypes.Type(value = SetProjectInfo.class, name = "set-project-info"),
    @JsonSubTypes.Type(value = SetMapPositions.class, name = "set-map-positions"),
    @JsonSubTypes.Type(value = SetCoderColour.class, name = "set-coder-colour"),
})
public sealed interface Edit permits Batch, SetDeleted, ImportDocument, UpdateDocument, CreateCode, UpdateCode,
        CreateTheme, UpdateTheme, SetThemeMembership, CreateLink, UpdateLink, CreateCodings, MoveCodings,
        ResizeCoding, CreateCase, UpdateCase, DefineAttribute, RemoveAttribute, SetAttributeValue, SetDocumentCase,
        SetTurnCases, CreateMemo, UpdateMemo, CreateReview, SetReviewResolved, SetProjectInfo, SetMapPositions,
        SetCoderColour {

    Applied apply(Repositories r) throws UserError;

    /** What redoes and what undoes an applied edit. */
    record Applied(Edit redo, Edit undo) {
    }
}
