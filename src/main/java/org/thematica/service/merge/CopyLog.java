package org.thematica.service.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thematica.edit.Batch;
import org.thematica.edit.Edit;
import org.thematica.edit.EditCodec;
import org.thematica.edit.MoveCodings;
import org.thematica.edit.ResizeCoding;
import org.thematica.edit.SetAttributeValue;
import org.thematica.edit.SetDeleted;
import org.thematica.edit.SetDocumentCase;
import org.thematica.edit.SetMapPositions;
import org.thematica.edit.SetProjectInfo;
import org.thematica.edit.SetThemeMembership;
import org.thematica.edit.SetTurnCases;
import org.thematica.edit.UpdateCase;
import org.thematica.edit.UpdateCode;
import org.thematica.edit.UpdateDocument;
import org.thematica.edit.UpdateLink;
import org.thematica.edit.UpdateMemo;
import org.thematica.edit.UpdateTheme;
import org.thematica.model.Attribute;
import org.thematica.model.MapPosition;
import org.thematica.model.UserError;
import org.thematica.service.merge.Key.Field;
import org.thematica.service.merge.Key.Kind;
import org.thematica.store.ProjectRows.HistoryRow;
import org.thematica.store.ProjectRows.TurnRow;

/**
 * What the copy changed since the base, read from its edit log, and what each changed thing
 * was at the base. Every step after the base is replayed in order: a new edit ('do'), an undo
 * (the edit's stored undo half) and a redo (its redo half). Each stored edit records the state
 * it found (an update's "before", a membership's opposite, a soft deletion's opposite flag), so
 * the first step that touched a field says what the field was at the base.
 *
 * <p>Creations are stored as the soft deletion that undoes them; a row created after the base
 * is new to the other file, and the merge takes it whole, so its "was deleted" is never used.
 */
final class CopyLog {
    /** The base value of every key the copy's steps touched, in the copy's GUIDs, first step first. */
    final Map<Key, Object> base = new LinkedHashMap<>();
    /** Attributes the log knows (a removed attribute is gone from the table), by id. */
    private final Map<Long, Attribute> attributes = new java.util.HashMap<>();
    private final Side copy;

    private CopyLog(Side copy) {
        this.copy = copy;
        this.attributes.putAll(copy.attributes);
    }

    /** Reads the copy's steps after history row {@code after}. */
    static CopyLog read(Side copy, long after, String fileName) throws UserError {
        CopyLog log = new CopyLog(copy);
        EditCodec codec = new EditCodec();
        for (HistoryRow row : copy.rows.historyAfter(after)) {
            String json;
            if (row.action().equals("do")) {
                json = row.redo();
            } else {
                Optional<HistoryRow> target = row.target() == null ? Optional.empty() : copy.rows.history(row.target());
                json = target.map(t -> row.action().equals("undo") ? t.undo() : t.redo()).orElse(null);
            }
            if (json == null) {
                throw new UserError(fileName + ": its history step " + row.id() + " holds no edit; it cannot be merged");
            }
            try {
                log.walk(codec.read(json));
            } catch (IllegalStateException unreadable) {
                throw new UserError(fileName + ": " + unreadable.getMessage());
            }
        }
        return log;
    }

    private void touch(Key key, Object before) {
        if (key.a() != null && (key.kind().isRow() || key.kind() == Kind.INFO || key.kind() == Kind.CODER || key.b() != null)) {
            if (!base.containsKey(key)) { // not putIfAbsent: a base of null (no parent, no value) is a value
                base.put(key, before);
            }
        }
    }

    private String guid(Kind kind, long id) {
        return copy.guid(kind, id);
    }

    private void walk(Edit edit) {
        if (edit instanceof Batch b) {
            b.edits().forEach(this::walk);
        } else if (edit instanceof SetDeleted e) {
            Kind kind = Kind.valueOf(e.entity().name()); // the soft-deleted entities are all row kinds
            for (long id : e.ids()) {
                touch(Key.row(kind, guid(kind, id), Field.DELETED), !e.deleted());
            }
        } else if (edit instanceof UpdateCode e) {
            String g = guid(Kind.CODE, e.before().id());
            for (Field f : List.of(Field.NAME, Field.COLOUR, Field.DESCRIPTION, Field.PARENT)) {
                touch(Key.row(Kind.CODE, g, f), copy.codeField(e.before(), f));
            }
        } else if (edit instanceof UpdateTheme e) {
            String g = guid(Kind.THEME, e.before().id());
            for (Field f : List.of(Field.NAME, Field.COLOUR, Field.DESCRIPTION, Field.STATUS)) {
                touch(Key.row(Kind.THEME, g, f), Side.themeField(e.before(), f));
            }
        } else if (edit instanceof UpdateCase e) {
            String g = guid(Kind.CASE, e.before().id());
            touch(Key.row(Kind.CASE, g, Field.NAME), e.before().name());
            touch(Key.row(Kind.CASE, g, Field.DESCRIPTION), e.before().description());
        } else if (edit instanceof UpdateDocument e) {
            String g = guid(Kind.DOCUMENT, e.id());
            touch(Key.row(Kind.DOCUMENT, g, Field.NAME), e.oldName());
            touch(Key.row(Kind.DOCUMENT, g, Field.KIND), e.oldKind().key());
        } else if (edit instanceof UpdateLink e) {
            String g = guid(Kind.LINK, e.before().id());
            for (Field f : List.of(Field.ENDS, Field.LABEL, Field.KIND)) {
                touch(Key.row(Kind.LINK, g, f), copy.linkField(e.before(), f));
            }
        } else if (edit instanceof UpdateMemo e) {
            String g = guid(Kind.MEMO, e.before().id());
            touch(Key.row(Kind.MEMO, g, Field.TARGET), copy.target(e.before()));
            touch(Key.row(Kind.MEMO, g, Field.CONTENT), Side.content(e.before()));
        } else if (edit instanceof MoveCodings e) {
            for (long id : e.ids()) {
                touch(Key.row(Kind.CODING, guid(Kind.CODING, id), Field.CODE), guid(Kind.CODE, e.fromCodeId()));
            }
        } else if (edit instanceof ResizeCoding e) {
            touch(Key.row(Kind.CODING, guid(Kind.CODING, e.id()), Field.RANGE), Key.range(e.oldStart(), e.oldEnd()));
        } else if (edit instanceof SetThemeMembership e) {
            touch(Key.relation(Kind.THEME_CODE, guid(Kind.THEME, e.themeId()), guid(Kind.CODE, e.codeId()),
                    Field.PRESENT), !e.member());
        } else if (edit instanceof SetDocumentCase e) {
            touch(Key.relation(Kind.DOCUMENT_CASE, guid(Kind.DOCUMENT, e.documentId()), guid(Kind.CASE, e.caseId()),
                    Field.PRESENT), !e.linked());
        } else {
            walkRest(edit);
        }
    }

    private void walkRest(Edit edit) {
        if (edit instanceof SetAttributeValue e) {
            Attribute a = attributes.get(e.attributeId());
            touch(Key.relation(Kind.CASE_VALUE, guid(Kind.CASE, e.caseId()), a == null ? null : a.guid(), Field.VALUE),
                    e.before());
        } else if (edit instanceof org.thematica.edit.DefineAttribute e) {
            attributes.put(e.attribute().id(), e.attribute());
            touch(Key.row(Kind.ATTRIBUTE, e.attribute().guid(), Field.PRESENT), Boolean.FALSE);
        } else if (edit instanceof org.thematica.edit.RemoveAttribute e) {
            attributes.put(e.attribute().id(), e.attribute());
            touch(Key.row(Kind.ATTRIBUTE, e.attribute().guid(), Field.PRESENT), Boolean.TRUE);
        } else if (edit instanceof SetTurnCases e) {
            for (SetTurnCases.TurnCase t : e.before()) {
                TurnRow turn = copy.turns.get(t.turnId());
                if (turn != null) {
                    touch(Key.relation(Kind.TURN, guid(Kind.DOCUMENT, turn.documentId()),
                            String.valueOf(turn.ordinal()), Field.VALUE),
                            t.caseId() == 0 ? null : guid(Kind.CASE, t.caseId()));
                }
            }
        } else if (edit instanceof org.thematica.edit.SetReviewResolved e) {
            touch(Key.row(Kind.REVIEW, guid(Kind.REVIEW, e.id()), Field.RESOLVED), copy.resolution(e.before(),
                    e.beforeBy()));
        } else if (edit instanceof org.thematica.edit.SetCoderColour e) {
            org.thematica.model.Coder coder = copy.coder(e.coderId());
            if (coder != null) {
                touch(new Key(Kind.CODER, coder.guid(), null, Field.COLOUR), e.before());
            }
        } else if (edit instanceof SetProjectInfo e) {
            touch(new Key(Kind.INFO, e.key(), null, Field.VALUE), e.before());
        } else if (edit instanceof SetMapPositions e) {
            Map<Long, MapPosition> before = new java.util.HashMap<>();
            e.before().forEach(p -> before.put(p.themeId(), p));
            for (MapPosition p : e.before()) {
                touch(Key.relation(Kind.MAP, guid(Kind.THEME, p.themeId()), "", Field.VALUE), Side.position(p.x(), p.y()));
            }
            for (MapPosition p : e.after()) {
                if (!before.containsKey(p.themeId())) {
                    touch(Key.relation(Kind.MAP, guid(Kind.THEME, p.themeId()), "", Field.VALUE), null);
                }
            }
        }
        // creations are stored as soft deletions; nothing else is left
    }
}
