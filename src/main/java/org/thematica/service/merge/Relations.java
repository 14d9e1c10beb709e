package org.thematica.service.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thematica.edit.EditHistory;
import org.thematica.edit.RemoveAttribute;
import org.thematica.edit.SetAttributeValue;
import org.thematica.edit.SetDocumentCase;
import org.thematica.edit.SetCoderColour;
import org.thematica.edit.SetMapPositions;
import org.thematica.edit.SetProjectInfo;
import org.thematica.edit.SetThemeMembership;
import org.thematica.edit.SetTurnCases;
import org.thematica.model.Coder;
import org.thematica.model.MapPosition;
import org.thematica.model.UserError;
import org.thematica.service.merge.Key.Field;
import org.thematica.service.merge.Key.Kind;
import org.thematica.store.ProjectRows;
import org.thematica.store.ProjectRows.TurnRow;
import org.thematica.store.Repositories;

/** The copy's changes to relations: theme memberships, document cases, attribute values, speakers, map, settings. */
final class Relations {
    private final Plan p;
    private final EditHistory.Session session;
    private final Repositories r;
    private final Renames.Ids ids;

    Relations(Plan plan, EditHistory.Session session, Renames.Ids ids) {
        this.p = plan;
        this.session = session;
        this.r = session.repos();
        this.ids = ids;
    }

    void apply() throws UserError {
        Map<Long, List<Place>> turns = new HashMap<>();
        List<MapPosition> before = new ArrayList<>();
        List<MapPosition> after = new ArrayList<>();
        for (var e : p.changes.entrySet()) {
            Key key = e.getKey();
            Object value = e.getValue();
            switch (key.kind()) {
                case THEME_CODE -> {
                    long theme = ids.id(Kind.THEME, key.a());
                    long code = ids.id(Kind.CODE, key.b());
                    if (r.themes.contains(theme, code) != (Boolean) value) {
                        session.apply(new SetThemeMembership(theme, code, (Boolean) value));
                    }
                }
                case DOCUMENT_CASE -> {
                    long doc = ids.id(Kind.DOCUMENT, key.a());
                    long kase = ids.id(Kind.CASE, key.b());
                    if (r.cases.isLinked(doc, kase) != (Boolean) value) {
                        session.apply(new SetDocumentCase(doc, kase, (Boolean) value));
                    }
                }
                case CASE_VALUE -> {
                    long kase = ids.id(Kind.CASE, key.a());
                    long attribute = ids.id(Kind.ATTRIBUTE, key.b());
                    String now = r.cases.value(kase, attribute).orElse(null);
                    if (!java.util.Objects.equals(now, value)) {
                        session.apply(new SetAttributeValue(kase, attribute, now, (String) value));
                    }
                }
                case TURN -> turns.computeIfAbsent(ids.id(Kind.DOCUMENT, key.a()), d -> new ArrayList<>())
                        .add(new Place(Integer.parseInt(key.b()), value == null ? 0 : ids.id(Kind.CASE, (String) value)));
                case MAP -> {
                    long theme = ids.id(Kind.THEME, key.a());
                    r.map.of(theme).ifPresent(before::add);
                    if (value != null) {
                        String[] xy = ((String) value).split(",", 2);
                        after.add(new MapPosition(theme, Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
                    }
                }
                case CODER -> {
                    Long coder = p.ours.coderId(key.a());
                    String now = coder == null ? null : r.coders.byId(coder).map(Coder::colour).orElse(null);
                    if (coder != null && !java.util.Objects.equals(now, value)) {
                        session.apply(new SetCoderColour(coder, now, (String) value));
                    }
                }
                case INFO -> {
                    String now = r.info.get(key.a()).orElse(null);
                    if (!java.util.Objects.equals(now, value)) {
                        session.apply(new SetProjectInfo(key.a(), now, (String) value));
                    }
                }
                default -> {
                    // rows: applied by the applier
                }
            }
        }
        speakers(turns);
        if (!before.isEmpty() || !after.isEmpty()) {
            session.apply(new SetMapPositions(before, after));
        }
    }

    /** A speaker turn by its place among its document's turns (from 1), and the case it should belong to. */
    private record Place(int place, long caseId) {
    }

    /** Turn changes arrive by place in their document; the edit wants turn ids. */
    private void speakers(Map<Long, List<Place>> byDocument) throws UserError {
        List<SetTurnCases.TurnCase> before = new ArrayList<>();
        List<SetTurnCases.TurnCase> after = new ArrayList<>();
        ProjectRows rows = new ProjectRows(r.db);
        for (var e : byDocument.entrySet()) {
            List<TurnRow> turns = rows.turnsOf(e.getKey());
            for (Place change : e.getValue()) {
                if (change.place() < 1 || change.place() > turns.size()) {
                    continue;
                }
                TurnRow t = turns.get(change.place() - 1);
                if (t.caseId() != change.caseId()) {
                    before.add(new SetTurnCases.TurnCase(t.id(), t.caseId()));
                    after.add(new SetTurnCases.TurnCase(t.id(), change.caseId()));
                }
            }
        }
        if (!after.isEmpty()) {
            session.apply(new SetTurnCases(before, after));
        }
    }

    /** The copy removed attributes (after their values went). */
    void removeAttributes() throws UserError {
        for (var e : p.changes.entrySet()) {
            if (e.getKey().kind() == Kind.ATTRIBUTE && Boolean.FALSE.equals(e.getValue())) {
                var a = r.cases.attributes().stream().filter(x -> x.guid().equals(e.getKey().a())).findFirst();
                if (a.isPresent()) {
                    session.apply(new RemoveAttribute(a.get()));
                }
            }
        }
    }
}
