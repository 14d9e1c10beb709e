package org.thematica.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thematica.edit.CreateCase;
import org.thematica.edit.DefineAttribute;
import org.thematica.edit.SetAttributeValue;
import org.thematica.edit.SetDocumentCase;
import org.thematica.edit.SetTurnCases;
import org.thematica.edit.SetTurnCases.TurnCase;
import org.thematica.edit.UpdateCase;
import org.thematica.model.Attribute;
import org.thematica.model.AttributeType;
import org.thematica.model.CaseRecord;
import org.thematica.model.Document;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Cases (participants), their typed attributes, and the documents and speaker turns that are theirs. */
public final class CaseService {
    private final Project project;

    CaseService(Project project) {
        this.project = project;
    }

    /**
     * What to change about a case. Attribute values are typed: the first value given for an
     * attribute fixes its type (number, date, or text), and later values must fit it. An empty
     * value clears the attribute for this case.
     *
     * @param documentName link this document to the case (with {@code speaker}: only that
     *                     speaker's turns), or null
     */
    public record CaseChange(String description, Map<String, String> values, String documentName, String speaker) {
        public CaseChange {
            values = Map.copyOf(values);
        }
    }

    public CaseRecord update(String caseName, CaseChange change) throws UserError {
        String name = org.thematica.model.Names.require(caseName, "case");
        if (change.speaker() != null && change.documentName() == null) {
            throw new UserError("--speaker needs --doc: say whose transcript the speaker is in");
        }
        project.history().perform("Update case '" + name + "'", session -> {
            Repositories r = session.repos();
            CaseRecord kase = r.cases.byName(name).orElse(null);
            if (kase == null) {
                session.apply(new CreateCase(new CaseRecord(0, project.newGuid(), name,
                        change.description() == null ? "" : change.description())));
                kase = Lookup.kase(r, name);
            } else if (change.description() != null && !change.description().equals(kase.description())) {
                session.apply(new UpdateCase(kase, new CaseRecord(kase.id(), kase.guid(), kase.name(),
                        change.description())));
            }
            for (var entry : new java.util.TreeMap<>(change.values()).entrySet()) {
                setValue(session, kase, entry.getKey().strip(), entry.getValue());
            }
            if (change.documentName() != null) {
                Document doc = Lookup.document(r, change.documentName());
                if (change.speaker() == null) {
                    if (!r.cases.isLinked(doc.id(), kase.id())) {
                        session.apply(new SetDocumentCase(doc.id(), kase.id(), true));
                    }
                } else {
                    linkSpeaker(session, doc, change.speaker(), kase);
                }
            }
        });
        return Lookup.kase(project.repos(), name);
    }

    private void setValue(org.thematica.edit.EditHistory.Session session, CaseRecord kase, String key, String raw)
            throws UserError {
        Repositories r = session.repos();
        if (key.isEmpty()) {
            throw new UserError("an attribute needs a name (write KEY=VALUE)");
        }
        org.thematica.model.Names.require(key, "attribute");
        Attribute attribute = r.cases.attribute(key).orElse(null);
        if (raw.isBlank()) {
            if (attribute != null && r.cases.value(kase.id(), attribute.id()).isPresent()) {
                session.apply(new SetAttributeValue(kase.id(), attribute.id(),
                        r.cases.value(kase.id(), attribute.id()).get(), null));
            }
            return;
        }
        if (attribute == null) {
            session.apply(new DefineAttribute(new Attribute(0, project.newGuid(), key, AttributeType.infer(raw))));
            attribute = r.cases.attribute(key).orElseThrow();
        }
        String value = attribute.type().canonical(raw);
        if (value == null) {
            throw new UserError("attribute '" + key + "' holds " + attribute.type().key() + " values; '" + raw
                    + "' is not a " + attribute.type().key());
        }
        String before = r.cases.value(kase.id(), attribute.id()).orElse(null);
        if (!value.equals(before)) {
            session.apply(new SetAttributeValue(kase.id(), attribute.id(), before, value));
        }
    }

    private static void linkSpeaker(org.thematica.edit.EditHistory.Session session, Document doc, String speaker,
                                    CaseRecord kase) throws UserError {
        Repositories r = session.repos();
        List<long[]> turns = r.documents.turnCases(doc.id(), speaker);
        if (turns.isEmpty()) {
            List<String> speakers = r.documents.speakers(doc.id());
            throw new UserError("document '" + doc.name() + "' has no turns by speaker '" + speaker + "'"
                    + (speakers.isEmpty() ? " (no speakers were detected in it)"
                    : Lookup.suggest(speakers, speaker)));
        }
        List<TurnCase> before = new ArrayList<>();
        List<TurnCase> after = new ArrayList<>();
        for (long[] t : turns) {
            if (t[1] != kase.id()) {
                before.add(new TurnCase(t[0], t[1]));
                after.add(new TurnCase(t[0], kase.id()));
            }
        }
        if (!after.isEmpty()) {
            session.apply(new SetTurnCases(before, after));
        }
    }

    /** A case with its attribute values, for listings. */
    public record CaseView(CaseRecord kase, Map<String, String> values) {
    }

    public List<CaseView> all() {
        Repositories r = project.repos();
        return r.cases.all().stream().map(c -> new CaseView(c, r.cases.values(c.id()))).toList();
    }
}
