package org.thematica.service.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thematica.model.Names;
import org.thematica.model.ParentChain;
import org.thematica.model.UserError;
import org.thematica.service.merge.Key.Field;
import org.thematica.service.merge.Key.Kind;
import org.thematica.store.ProjectRows.CodingRow;

/**
 * The rules a merged project must keep, applied to the plan after the three-way decisions, each
 * by giving up a change of the copy's (and reporting it), never one of ours:
 * <ol>
 * <li>live names stay unique: a rename or restore of the copy's onto a name in use is a
 *     conflict; a new thing with a name in use is made distinct, {@code trust (Tom)};</li>
 * <li>no loop of parents;</li>
 * <li>a deletion never hides work the deleting side did not see: a code or document the copy
 *     deleted stays when codings here use it, and the copy's new codings on a code or document
 *     we deleted stay out (both conflicts, resolvable the other way); an attribute the copy
 *     removed stays while a case here has a value for it.</li>
 * </ol>
 */
final class Consistency {
    private static final int ROUNDS = 8;
    private Map<Long, List<CodingRow>> byCode;
    private Map<Long, List<CodingRow>> byDocument;
    private final Plan p;
    private final Choices choices;
    private final Describe describe;
    private final String label;

    Consistency(Plan plan, Choices choices, Describe describe, String copyLabel) {
        this.p = plan;
        this.choices = choices;
        this.describe = describe;
        this.label = copyLabel;
    }

    void settle() throws UserError {
        for (int round = 0; round < ROUNDS && uses(); round++) {
            // each round gives up changes; the next checks what that left
        }
        for (Kind kind : List.of(Kind.DOCUMENT, Kind.CASE, Kind.CODE, Kind.THEME)) {
            names(kind);
        }
        attributeNames();
        loops();
    }

    // ---- names ------------------------------------------------------------------------------

    private void names(Kind kind) throws UserError {
        Map<String, List<String>> byName = new HashMap<>();
        while (true) {
            byName.clear();
            for (String guid : p.ours.guids(kind)) {
                // a deleted row renamed counts too: an update may not give it a name a live row has
                if (p.liveAfter(kind, guid) || p.changes.containsKey(Key.row(kind, guid, Field.NAME))) {
                    byName.computeIfAbsent((String) p.after(Key.row(kind, guid, Field.NAME)), n -> new ArrayList<>())
                            .add(guid);
                }
            }
            List<String> clash = byName.values().stream().filter(g -> g.size() > 1).findFirst().orElse(null);
            if (clash == null) {
                break;
            }
            giveUpName(kind, clash);
        }
        Set<String> taken = new HashSet<>(byName.keySet());
        for (long id : p.creates.get(kind)) {
            String guid = p.theirs.guid(kind, id);
            String name = (String) p.theirs.value(Key.row(kind, guid, Field.NAME));
            String given = name;
            if (taken.contains(name)) {
                given = distinct(name, taken);
                p.sameNames.add(new SameName(kind.noun, name, guid, byName.get(name).get(0), false, given));
            }
            taken.add(given);
            p.names.put(guid, given);
        }
    }

    /** Two live things would share a name: the copy's rename or restore of one of them is given up. */
    private void giveUpName(Kind kind, List<String> clash) throws UserError {
        for (String guid : clash) {
            Key name = Key.row(kind, guid, Field.NAME);
            Key deleted = Key.row(kind, guid, Field.DELETED);
            Key given = p.changes.containsKey(name) ? name : Boolean.FALSE.equals(p.changes.get(deleted)) ? deleted : null;
            if (given == null) {
                continue;
            }
            String id = Plan.id(given);
            if (choices.resolution(id) == Choices.Resolution.THEIRS) {
                throw new UserError("cannot take the copy's side for " + describe.subject(name) + ": another "
                        + kind.noun + " here is called " + describe.value(name, p.after(name)) + "; rename that first");
            }
            p.conflict(new Conflict(id, Conflict.Type.NAME_TAKEN, kind.noun, guid, describe.subject(name),
                    given.field().name().toLowerCase(java.util.Locale.ROOT), describe.value(name, p.ours.value(name)),
                    describe.value(name, p.after(name)), Choices.Resolution.OURS, List.of()));
            p.changes.remove(given);
            return;
        }
        throw new IllegalStateException("two live " + kind.noun + "s share a name here already: " + clash);
    }

    /** {@code NAME (CODER)}, then {@code NAME (CODER 2)} ..., within the length a name may have. */
    private String distinct(String name, Set<String> taken) {
        for (int n = 1; ; n++) {
            String suffix = " (" + label + (n == 1 ? "" : " " + n) + ")";
            String base = name.length() + suffix.length() > Names.MAX_LENGTH
                    ? name.substring(0, Math.max(1, Names.MAX_LENGTH - suffix.length())) : name;
            if (!taken.contains(base + suffix)) {
                return base + suffix;
            }
        }
    }

    private void attributeNames() {
        Set<String> taken = new HashSet<>();
        p.ours.attributes.values().forEach(a -> taken.add(a.name()));
        for (long id : p.creates.get(Kind.ATTRIBUTE)) {
            var a = p.theirs.attributes.get(id);
            String given = taken.contains(a.name()) ? distinct(a.name(), taken) : a.name();
            if (!given.equals(a.name())) {
                String holder = p.ours.attributes.values().stream().filter(o -> o.name().equals(a.name())).findFirst()
                        .map(o -> o.guid()).orElse(null);
                p.sameNames.add(new SameName("attribute", a.name(), a.guid(), holder, false, given));
            }
            taken.add(given);
            p.names.put(a.guid(), given);
        }
    }

    // ---- parents ----------------------------------------------------------------------------

    private void loops() throws UserError {
        while (true) {
            Map<String, Long> index = new HashMap<>();
            Map<Long, String> guids = new HashMap<>();
            Map<Long, Long> parents = new HashMap<>();
            List<String> all = new ArrayList<>(p.ours.guids(Kind.CODE));
            all.addAll(p.created(Kind.CODE));
            for (String g : all) {
                index.put(g, (long) index.size());
                guids.put(index.get(g), g);
            }
            for (String g : all) {
                String parent = p.parentOf(g);
                parents.put(index.get(g), parent == null ? null : index.get(parent));
            }
            Set<Long> looped = ParentChain.onLoops(parents);
            if (looped.isEmpty()) {
                return;
            }
            String given = looped.stream().map(guids::get).filter(g -> p.changes.containsKey(Key.row(Kind.CODE, g,
                    Field.PARENT))).sorted().findFirst().orElse(null);
            if (given == null) { // only the copy's new codes: they come in at the top level
                looped.stream().map(guids::get).filter(g -> p.isCreated(Kind.CODE, g))
                        .forEach(g -> p.changes.put(Key.row(Kind.CODE, g, Field.PARENT), null));
                continue;
            }
            Key key = Key.row(Kind.CODE, given, Field.PARENT);
            if (choices.resolution(Plan.id(key)) == Choices.Resolution.THEIRS) {
                throw new UserError("cannot take the copy's parent for " + describe.subject(key)
                        + ": it would make codes each other's parents");
            }
            p.conflict(new Conflict(Plan.id(key), Conflict.Type.PARENT_LOOP, "code", given, describe.subject(key),
                    "parent", describe.value(key, p.ours.value(key)), describe.value(key, p.changes.get(key)),
                    Choices.Resolution.OURS, List.of()));
            p.changes.remove(key);
        }
    }


    // ---- deletions against use ---------------------------------------------------------------

    /** One coding as it will be: our GUID, where, and whether the copy's changes make it live there. */
    private record Final(String guid, String document, String code, boolean byCopy) {
    }

    /** One round: finds a deletion that would hide the other side's work and gives up the copy's part. */
    private boolean uses() throws UserError {
        Set<String> codes = deletedAfter(Kind.CODE);
        Set<String> documents = deletedAfter(Kind.DOCUMENT);
        boolean changed = false;
        if (!codes.isEmpty() || !documents.isEmpty()) {
            Map<String, List<Final>> byCode = new LinkedHashMap<>();
            Map<String, List<Final>> byDocument = new LinkedHashMap<>();
            for (Final f : liveCodings(codes, documents)) {
                if (codes.contains(f.code())) {
                    byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f);
                }
                if (documents.contains(f.document())) {
                    byDocument.computeIfAbsent(f.document(), k -> new ArrayList<>()).add(f);
                }
            }
            for (var e : byCode.entrySet()) {
                changed |= deletedButUsed(Kind.CODE, e.getKey(), e.getValue());
            }
            for (var e : byDocument.entrySet()) {
                changed |= deletedButUsed(Kind.DOCUMENT, e.getKey(), e.getValue());
            }
        }
        return changed | removedButUsed();
    }

    /** The codes or documents (our GUIDs) that will be deleted after the merge. */
    private Set<String> deletedAfter(Kind kind) {
        Set<String> gone = new HashSet<>();
        for (String guid : p.ours.guids(kind)) {
            if (!p.liveAfter(kind, guid)) {
                gone.add(guid);
            }
        }
        return gone;
    }

    /**
     * The codings that will be live on one of these codes or in one of these documents: ours that
     * are there now or that the copy moves there, and the copy's new ones. Indexing ours by code
     * and document once keeps a round from walking every coding of a large project.
     */
    private List<Final> liveCodings(Set<String> codes, Set<String> documents) {
        if (byCode == null) {
            byCode = new HashMap<>();
            byDocument = new HashMap<>();
            for (CodingRow c : p.ours.codings.values()) {
                byCode.computeIfAbsent(c.codeId(), k -> new ArrayList<>()).add(c);
                byDocument.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
            }
        }
        Set<CodingRow> candidates = new HashSet<>();
        codes.forEach(g -> candidates.addAll(byCode.getOrDefault(p.ours.id(Kind.CODE, g), List.of())));
        documents.forEach(g -> candidates.addAll(byDocument.getOrDefault(p.ours.id(Kind.DOCUMENT, g), List.of())));
        for (var e : p.changes.entrySet()) {
            if (e.getKey().kind() == Kind.CODING && e.getKey().field() == Field.CODE && codes.contains(e.getValue())) {
                candidates.add(p.ours.codings.get(p.ours.id(Kind.CODING, e.getKey().a())));
            }
        }
        List<Final> live = new ArrayList<>();
        for (CodingRow c : candidates) {
            Key code = Key.row(Kind.CODING, c.guid(), Field.CODE);
            Key deleted = Key.row(Kind.CODING, c.guid(), Field.DELETED);
            if (!(Boolean) p.after(deleted)) {
                live.add(new Final(c.guid(), p.ours.guid(Kind.DOCUMENT, c.documentId()), (String) p.after(code),
                        p.changes.containsKey(code) || p.changes.containsKey(deleted)));
            }
        }
        for (long id : p.creates.get(Kind.CODING)) {
            CodingRow c = p.theirs.codings.get(id);
            live.add(new Final(c.guid(), p.tr(p.theirs.guid(Kind.DOCUMENT, c.documentId())),
                    p.tr(p.theirs.guid(Kind.CODE, c.codeId())), true));
        }
        return live;
    }

    private boolean deletedButUsed(Kind kind, String guid, List<Final> codings) throws UserError {
        Key deleted = Key.row(kind, guid, Field.DELETED);
        String id = Plan.id(deleted);
        boolean copyDeleted = Boolean.TRUE.equals(p.changes.get(deleted));
        List<Final> involved = codings.stream().filter(f -> copyDeleted ? !f.byCopy() && unseen(kind, f) : f.byCopy())
                .toList();
        if (involved.isEmpty()) {
            return false;
        }
        Choices.Resolution r = choices.resolution(id);
        String count = involved.size() + (involved.size() == 1 ? " coding" : " codings");
        p.conflict(new Conflict(id, copyDeleted ? Conflict.Type.DELETED_IN_COPY_USED_HERE
                : Conflict.Type.DELETED_HERE_USED_IN_COPY, kind.noun, guid, describe.subject(deleted), "deleted",
                copyDeleted ? count : "deleted", copyDeleted ? "deleted" : count, r,
                involved.stream().map(Final::guid).toList()));
        if (copyDeleted && r == Choices.Resolution.OURS) {
            p.changes.remove(deleted);
        } else if (copyDeleted) {
            for (Final f : involved) { // as deleting a code deletes its codings (a document's stay, hidden)
                if (kind == Kind.CODE) {
                    p.changes.put(Key.row(Kind.CODING, f.guid(), Field.DELETED), Boolean.TRUE);
                }
            }
            return kind == Kind.CODE;
        } else if (r == Choices.Resolution.OURS) {
            for (Final f : involved) {
                if (p.isCreated(Kind.CODING, f.guid())) {
                    p.uncreate(Kind.CODING, f.guid());
                } else {
                    p.changes.remove(Key.row(Kind.CODING, f.guid(), Field.CODE));
                    p.changes.remove(Key.row(Kind.CODING, f.guid(), Field.DELETED));
                }
            }
        } else {
            p.changes.put(deleted, Boolean.FALSE);
        }
        return true;
    }

    /** For a document: a coding of ours the copy never had (a code's deletion covers the codings it saw). */
    private boolean unseen(Kind kind, Final f) {
        return kind == Kind.CODE || !p.theirs.has(Kind.CODING, f.guid()) && !p.alias.containsValue(f.guid());
    }

    /** The copy removed an attribute that a case here still has a value for. */
    private boolean removedButUsed() {
        boolean changed = false;
        for (var e : List.copyOf(p.changes.entrySet())) {
            Key key = e.getKey();
            if (key.kind() != Kind.ATTRIBUTE || !Boolean.FALSE.equals(e.getValue())) {
                continue;
            }
            Long attribute = p.ours.id(Kind.ATTRIBUTE, key.a());
            if (attribute == null) {
                continue;
            }
            List<String> cases = new ArrayList<>();
            p.ours.caseValues.keySet().stream().filter(v -> v.b() == attribute.longValue()).forEach(v -> {
                String kase = p.ours.guid(Kind.CASE, v.a());
                if (p.after(Key.relation(Kind.CASE_VALUE, kase, key.a(), Field.VALUE)) != null) {
                    cases.add(kase);
                }
            });
            if (!cases.isEmpty()) {
                p.conflict(new Conflict(Plan.id(key), Conflict.Type.DELETED_IN_COPY_USED_HERE, "attribute", key.a(),
                        describe.subject(key), "deleted", cases.size() + " case value(s)", "removed",
                        Choices.Resolution.OURS, cases));
                p.changes.remove(key);
                changed = true;
            }
        }
        return changed;
    }
}
