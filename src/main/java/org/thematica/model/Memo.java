package org.thematica.model;

/** A memo attached to the project, a document, a case, a code, a theme or a coding. */
public record Memo(long id, String guid, MemoTarget target, long targetId, String title, String text,
                   long authorId, String created, String modified) {
}
