package org.thematica.service.merge;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thematica.edit.EditHistory;
import org.thematica.edit.UpdateCase;
import org.thematica.edit.UpdateCode;
import org.thematica.edit.UpdateDocument;
import org.thematica.edit.UpdateLink;
import org.thematica.edit.UpdateMemo;
import org.thematica.edit.UpdateTheme;
import org.thematica.model.CaseRecord;
import org.thematica.model.Code;
import org.thematica.model.DocumentKind;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.model.Theme;
import org.thematica.model.ThemeLink;
import org.thematica.model.ThemeStatus;
import org.thematica.model.UserError;
import org.thematica.service.merge.Key.Field;
import org.thematica.service.merge.Key.Kind;
import org.thematica.store.Repositories;

/** The copy's changes to fields of rows we have: one update edit per row, with every field it changes. */
final class Renames {
    /** Our id of a row by our GUID. */
    interface Ids {
        long id(Kind kind, String guid);
    }

    private final Plan p;
    private final EditHistory.Session session;
    private final Repositories r;
    private final Ids ids;

    Renames(Plan plan, EditHistory.Session session, Ids ids) {
        this.p = plan;
        this.session = session;
        this.r = session.repos();
        this.ids = ids;
    }

    /**
     * A row whose present name another row is about to take (two codes swapping names, say) first
     * gets a passing name of its own, so no step holds one name twice.
     */
    void passing() throws UserError {
        for (Kind kind : List.of(Kind.CODE, Kind.THEME, Kind.CASE, Kind.DOCUMENT)) {
            Set<String> coming = new HashSet<>();
            p.changes.forEach((key, value) -> {
                if (key.kind() == kind && key.field() == Field.NAME) {
                    coming.add((String) value);
                }
            });
            p.created(kind).forEach(g -> coming.add(p.names.get(g)));
            for (var e : p.changes.entrySet()) {
                Key key = e.getKey();
                if (key.kind() == kind && key.field() == Field.NAME && coming.contains((String) p.ours.value(key))) {
                    rename(kind, ids.id(kind, key.a()), p.ours.value(key) + " (merging " + key.a() + ")");
                }
            }
        }
    }

    private void rename(Kind kind, long id, String name) throws UserError {
        switch (kind) {
            case CODE -> {
                Code c = r.codes.byId(id).orElseThrow();
                session.apply(new UpdateCode(c, new Code(id, c.guid(), name, c.colour(), c.description(), c.parentId())));
            }
            case THEME -> {
                Theme t = r.themes.byId(id).orElseThrow();
                session.apply(new UpdateTheme(t, new Theme(id, t.guid(), name, t.description(), t.colour(), t.status())));
            }
            case CASE -> {
                CaseRecord c = r.cases.byId(id).orElseThrow();
                session.apply(new UpdateCase(c, new CaseRecord(id, c.guid(), name, c.description())));
            }
            default -> {
                var d = r.documents.byId(id).orElseThrow();
                session.apply(new UpdateDocument(id, d.name(), d.kind(), name, d.kind()));
            }
        }
    }

    /** Every changed field of every row, one update per row. */
    void fields() throws UserError {
        Map<Key, Map<Field, Object>> byRow = new LinkedHashMap<>();
        p.changes.forEach((key, value) -> {
            if (key.kind().isRow() && key.field() != Field.DELETED && key.field() != Field.PRESENT
                    && key.kind() != Kind.CODING && key.kind() != Kind.REVIEW) { // codings, reviews: Codings
                byRow.computeIfAbsent(key.entity(), k -> new LinkedHashMap<>()).put(key.field(), value);
            }
        });
        for (var e : byRow.entrySet()) {
            long id = ids.id(e.getKey().kind(), e.getKey().a());
            update(e.getKey().kind(), id, e.getValue());
        }
    }

    private void update(Kind kind, long id, Map<Field, Object> f) throws UserError {
        switch (kind) {
            case CODE -> {
                Code c = r.codes.byId(id).orElseThrow();
                Long parent = c.parentId();
                if (f.containsKey(Field.PARENT)) {
                    parent = f.get(Field.PARENT) == null ? null : ids.id(Kind.CODE, (String) f.get(Field.PARENT));
                }
                session.apply(new UpdateCode(c, new Code(id, c.guid(), (String) f.getOrDefault(Field.NAME, c.name()),
                        (String) f.getOrDefault(Field.COLOUR, c.colour()),
                        (String) f.getOrDefault(Field.DESCRIPTION, c.description()), parent)));
            }
            case THEME -> {
                Theme t = r.themes.byId(id).orElseThrow();
                session.apply(new UpdateTheme(t, new Theme(id, t.guid(), (String) f.getOrDefault(Field.NAME, t.name()),
                        (String) f.getOrDefault(Field.DESCRIPTION, t.description()),
                        (String) f.getOrDefault(Field.COLOUR, t.colour()),
                        f.containsKey(Field.STATUS) ? ThemeStatus.parse((String) f.get(Field.STATUS)) : t.status())));
            }
            case CASE -> {
                CaseRecord c = r.cases.byId(id).orElseThrow();
                session.apply(new UpdateCase(c, new CaseRecord(id, c.guid(), (String) f.getOrDefault(Field.NAME, c.name()),
                        (String) f.getOrDefault(Field.DESCRIPTION, c.description()))));
            }
            case DOCUMENT -> {
                var d = r.documents.byId(id).orElseThrow();
                session.apply(new UpdateDocument(id, d.name(), d.kind(), (String) f.getOrDefault(Field.NAME, d.name()),
                        f.containsKey(Field.KIND) ? DocumentKind.parse((String) f.get(Field.KIND)) : d.kind()));
            }
            case LINK -> {
                ThemeLink l = r.themes.link(id).orElseThrow();
                long from = l.fromThemeId();
                long to = l.toThemeId();
                if (f.containsKey(Field.ENDS)) {
                    String[] ends = ((String) f.get(Field.ENDS)).split(">", 2);
                    from = ids.id(Kind.THEME, ends[0]);
                    to = ids.id(Kind.THEME, ends[1]);
                }
                session.apply(new UpdateLink(l, new ThemeLink(id, l.guid(), from, to,
                        (String) f.getOrDefault(Field.LABEL, l.label()), (String) f.getOrDefault(Field.KIND, l.kind()))));
            }
            case MEMO -> updateMemo(id, f);
            default -> throw new IllegalStateException("no fields to change on a " + kind.noun);
        }
    }

    private void updateMemo(long id, Map<Field, Object> f) throws UserError {
        Memo m = r.memos.byId(id).orElseThrow();
        MemoTarget target = m.target();
        long targetId = m.targetId();
        if (f.containsKey(Field.TARGET)) {
            String[] t = ((String) f.get(Field.TARGET)).split(":", 2);
            target = MemoTarget.parse(t[0]);
            targetId = target == MemoTarget.PROJECT ? 0 : ids.id(Kind.valueOf(target.name()), t[1]);
        }
        List<?> content = f.containsKey(Field.CONTENT) ? (List<?>) f.get(Field.CONTENT)
                : List.of(m.title(), m.text(), m.modified());
        session.apply(new UpdateMemo(m, new Memo(id, m.guid(), target, targetId, (String) content.get(0),
                (String) content.get(1), m.authorId(), m.created(), (String) content.get(2))));
    }
}
