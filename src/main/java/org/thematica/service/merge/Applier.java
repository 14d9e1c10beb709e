package org.thematica.service.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thematica.edit.CreateCase;
import org.thematica.edit.CreateCode;
import org.thematica.edit.CreateLink;
import org.thematica.edit.CreateTheme;
import org.thematica.edit.DefineAttribute;
import org.thematica.edit.EditHistory;
import org.thematica.edit.Entity;
import org.thematica.edit.ImportDocument;
import org.thematica.edit.SetDeleted;
import org.thematica.model.Attribute;
import org.thematica.model.CaseRecord;
import org.thematica.model.Code;
import org.thematica.model.Coder;
import org.thematica.model.Document;
import org.thematica.model.Theme;
import org.thematica.model.ThemeLink;
import org.thematica.model.UserError;
import org.thematica.service.merge.Key.Field;
import org.thematica.service.merge.Key.Kind;
import org.thematica.store.Repositories;

/**
 * Carries out a plan as edits inside the merge's one undoable step, in an order in which every
 * edit's own checks hold: deletions first (they free names), then new rows, parents before
 * children, then field changes, restorations, relations, codings, memos and reviews. Names that
 * two rows swap go through a passing name first. Every edit is one of the ordinary kinds, so
 * undo and redo of the merge need nothing new.
 */
final class Applier {
    private final Plan p;
    private final EditHistory.Session session;
    private final Repositories r;
    private final long sessionCoder;
    private final String now;
    /** Rows created by this merge: the copy's GUID to our new id. */
    private final Map<String, Long> made = new HashMap<>();
    private final Map<Long, Long> coders = new HashMap<>();
    private final Relations relations;

    Applier(Plan plan, EditHistory.Session session, long sessionCoder, String now) {
        this.p = plan;
        this.session = session;
        this.r = session.repos();
        this.sessionCoder = sessionCoder;
        this.now = now;
        this.relations = new Relations(plan, session, this::id);
    }

    void apply() throws UserError {
        for (long id : p.creates.get(Kind.ATTRIBUTE)) {
            Attribute a = p.theirs.attributes.get(id);
            session.apply(new DefineAttribute(new Attribute(0, a.guid(), p.names.get(a.guid()), a.type())));
            made.put(a.guid(), r.cases.attribute(p.names.get(a.guid())).orElseThrow().id());
        }
        for (Kind kind : List.of(Kind.LINK, Kind.THEME, Kind.CODE, Kind.CASE, Kind.DOCUMENT)) {
            flag(kind, true);
        }
        new Renames(p, session, this::id).passing();
        createDocuments();
        for (long id : p.creates.get(Kind.CASE)) {
            CaseRecord c = p.theirs.cases.get(id);
            session.apply(new CreateCase(new CaseRecord(0, c.guid(), p.names.get(c.guid()), c.description())));
            made.put(c.guid(), r.cases.byName(p.names.get(c.guid())).orElseThrow().id());
        }
        createCodes();
        for (long id : p.creates.get(Kind.THEME)) {
            Theme t = p.theirs.themes.get(id);
            String name = p.names.get(t.guid());
            session.apply(new CreateTheme(new Theme(0, t.guid(), name, t.description(), t.colour(), t.status())));
            made.put(t.guid(), r.themes.byName(name).orElseThrow().id());
        }
        new Renames(p, session, this::id).fields();
        for (Kind kind : List.of(Kind.DOCUMENT, Kind.CASE, Kind.CODE, Kind.THEME, Kind.LINK, Kind.CODING, Kind.MEMO,
                Kind.REVIEW)) {
            flag(kind, false);
        }
        for (long id : p.creates.get(Kind.LINK)) {
            ThemeLink l = p.theirs.links.get(id);
            String[] ends = ((String) Key.translate(Key.row(Kind.LINK, l.guid(), Field.ENDS),
                    p.theirs.linkField(l, Field.ENDS), p::tr)).split(">", 2);
            session.apply(new CreateLink(new ThemeLink(0, l.guid(), id(Kind.THEME, ends[0]), id(Kind.THEME, ends[1]),
                    l.label(), l.kind())));
        }
        relations.apply();
        new Codings(p, session, this::id, this::coder).apply();
        for (Kind kind : List.of(Kind.CODING, Kind.MEMO, Kind.REVIEW)) {
            flag(kind, true);
        }
        relations.removeAttributes();
    }

    /** Soft deletions (or restorations) the plan takes from the copy, one edit per kind. */
    private void flag(Kind kind, boolean deleted) throws UserError {
        List<Long> ids = new ArrayList<>();
        for (var e : p.changes.entrySet()) {
            Key key = e.getKey();
            if (key.kind() == kind && key.field() == Field.DELETED && e.getValue().equals(deleted)) {
                ids.add(id(kind, key.a()));
            }
        }
        if (!ids.isEmpty()) {
            session.apply(new SetDeleted(Entity.valueOf(kind.name()), ids, deleted));
        }
    }

    private void createDocuments() throws UserError {
        for (long id : p.creates.get(Kind.DOCUMENT)) {
            Document d = p.theirs.documents.get(id);
            String name = p.names.get(d.guid());
            var repos = p.theirs.repos.documents;
            session.apply(new ImportDocument(d.guid(), name, d.kind(), repos.text(id), d.sha256(), d.origin(), d.format(),
                    d.encoding(), d.wordCount(), repos.turns(id), repos.syncPoints(id), d.importedAt(),
                    coder(p.theirs.rows.importedBy(id))));
            made.put(d.guid(), r.documents.byName(name).orElseThrow().id());
        }
    }

    /** New codes, each after its parent. */
    private void createCodes() throws UserError {
        Map<String, Code> pending = new LinkedHashMap<>();
        for (long id : p.creates.get(Kind.CODE)) {
            Code c = p.theirs.codes.get(id);
            pending.put(c.guid(), c);
        }
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (Code c : List.copyOf(pending.values())) {
                String parent = p.parentOf(c.guid());
                if (parent != null && pending.containsKey(parent)) {
                    continue;
                }
                String name = p.names.get(c.guid());
                session.apply(new CreateCode(new Code(0, c.guid(), name, c.colour(), c.description(),
                        parent == null ? null : id(Kind.CODE, parent))));
                made.put(c.guid(), r.codes.byName(name).orElseThrow().id());
                pending.remove(c.guid());
                progress = true;
            }
            if (!progress) {
                throw new IllegalStateException("the copy's new codes are each other's parents");
            }
        }
    }

    /** Our id of a row, by our GUID (a row this merge created keeps the copy's GUID). */
    long id(Kind kind, String guid) {
        Long id = p.ours.id(kind, guid);
        if (id == null) {
            id = made.get(guid);
        }
        if (id == null) {
            id = lookUpMade(kind, guid);
        }
        if (id == null) {
            throw new IllegalStateException("no " + kind.noun + " " + guid + " here");
        }
        return id;
    }

    /** Codings, memos, reviews and links are made in bulk; their ids are read back by GUID. */
    private Long lookUpMade(Kind kind, String guid) {
        return switch (kind) {
            case CODING -> r.codings.byGuid(guid).map(c -> c.id()).orElse(null);
            case MEMO -> r.memos.byGuid(guid).map(m -> m.id()).orElse(null);
            default -> null;
        };
    }

    /** Our coder for one of the copy's: the same GUID, else the same name, else registered now. */
    long coder(long theirId) throws UserError {
        if (theirId == 0) {
            return sessionCoder;
        }
        Long known = coders.get(theirId);
        if (known != null) {
            return known;
        }
        Coder theirs = p.theirs.coder(theirId);
        Long ours = p.ours.coderId(theirs.guid());
        long id = ours != null ? ours : r.coders.findOrCreate(theirs.name(), theirs.guid(), theirs.colour(), now).id();
        coders.put(theirId, id);
        return id;
    }
}
