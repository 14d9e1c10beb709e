package org.thematica.service.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thematica.model.Attribute;
import org.thematica.model.Coder;
import org.thematica.model.Memo;
import org.thematica.model.Review;
import org.thematica.model.ThemeLink;
import org.thematica.model.UserError;
import org.thematica.service.merge.Key.Field;
import org.thematica.service.merge.Key.Kind;
import org.thematica.store.ProjectRows.CodingRow;

/**
 * Decides a merge, in phases: what of the copy is new here (and whether it is mapped onto
 * something of ours), then, for every field and relation the copy's log touched since the base,
 * a three-way comparison of base, ours and the copy's, then the relations of new things, and
 * last the rules the result must keep ({@link Consistency}). Reads only.
 */
final class Planner {
    /** A field both sides made anew: there is no base to judge by. */
    private static final Object NO_BASE = new Object();
    private final Plan p;
    private final CopyLog log;
    private final Choices choices;
    private final Describe describe;
    private Map<String, String> mappings = Map.of();

    private Planner(Plan plan, CopyLog log, Choices choices) {
        this.p = plan;
        this.log = log;
        this.choices = choices;
        this.describe = new Describe(plan);
    }

    static Plan plan(Side ours, Side theirs, CopyLog log, Map<String, String> knownAliases, Choices choices,
                     String copyLabel) throws UserError {
        Plan plan = new Plan(ours, theirs);
        plan.alias.putAll(knownAliases);
        Planner planner = new Planner(plan, log, choices);
        planner.mappings = planner.checkMappings();
        planner.attributes();
        for (Kind kind : List.of(Kind.DOCUMENT, Kind.CASE, Kind.CODE, Kind.THEME)) {
            planner.named(kind);
        }
        planner.links();
        planner.codings();
        planner.logged();
        new ThemeSets(plan, log, choices, planner.describe).decide();
        planner.freshRelations();
        new Consistency(plan, choices, planner.describe, copyLabel).settle();
        planner.memosAndReviews();
        return plan;
    }

    // ---- what is new ------------------------------------------------------------------------

    /** A mapping names one of the copy's new things and one of ours of the same kind. */
    private Map<String, String> checkMappings() throws UserError {
        Map<String, String> all = new HashMap<>(choices.mappings());
        for (Choices.ByName m : choices.byName()) {
            Kind kind = switch (m.kind()) {
                case "code" -> Kind.CODE;
                case "theme" -> Kind.THEME;
                case "case" -> Kind.CASE;
                case "document" -> Kind.DOCUMENT;
                default -> throw new UserError("cannot map a " + m.kind() + "; codes, themes, cases and documents can be");
            };
            String theirs = p.theirs.guids(kind).stream().filter(g -> p.theirs.isLive(kind, g)
                    && !p.ours.has(kind, g) && !p.alias.containsKey(g)
                    && m.theirName().equals(p.theirs.value(Key.row(kind, g, Field.NAME)))).findFirst()
                    .orElseThrow(() -> new UserError("the copy has no new " + kind.noun + " named '" + m.theirName() + "'"));
            String ours = p.ours.guids(kind).stream().filter(g -> p.ours.isLive(kind, g)
                    && m.ourName().equals(p.ours.value(Key.row(kind, g, Field.NAME)))).findFirst()
                    .orElseThrow(() -> new UserError("this project has no " + kind.noun + " named '" + m.ourName() + "'"));
            all.put(theirs, ours);
        }
        for (var m : all.entrySet()) {
            Kind kind = null;
            for (Kind k : List.of(Kind.DOCUMENT, Kind.CASE, Kind.CODE, Kind.THEME)) {
                if (p.theirs.has(k, m.getKey())) {
                    kind = k;
                }
            }
            if (kind == null || p.ours.has(kind, m.getKey()) || p.alias.containsKey(m.getKey())) {
                throw new UserError("cannot map " + m.getKey() + ": the copy has no new code, theme, case or document"
                        + " with that GUID");
            }
            if (!p.ours.isLive(kind, m.getValue())) {
                throw new UserError("cannot map the copy's " + kind.noun + " " + describe.name(kind, m.getKey())
                        + " onto " + m.getValue() + ": this project has no such " + kind.noun);
            }
            if (kind == Kind.DOCUMENT && !p.theirs.documents.get(p.theirs.id(kind, m.getKey())).sha256()
                    .equals(p.ours.documents.get(p.ours.id(kind, m.getValue())).sha256())) {
                throw new UserError("cannot map the copy's document " + describe.name(kind, m.getKey()) + " onto "
                        + describe.name(kind, m.getValue()) + ": their texts differ");
            }
        }
        return all;
    }

    /** An attribute of the same name and type is the same attribute; of another type, it is kept apart. */
    private void attributes() {
        for (Attribute a : p.theirs.attributes.values()) {
            if (p.ours.has(Kind.ATTRIBUTE, a.guid()) || p.alias.containsKey(a.guid())) {
                continue;
            }
            Attribute same = p.ours.attributes.values().stream()
                    .filter(o -> o.name().equals(a.name()) && o.type() == a.type()).findFirst().orElse(null);
            if (same != null) {
                p.map(a.guid(), same.guid());
                p.sameNames.add(new SameName("attribute", a.name(), a.guid(), same.guid(), true, a.name()));
            } else {
                p.create(Kind.ATTRIBUTE, a.id(), a.guid());
            }
        }
    }

    /** The copy's new documents, cases, codes and themes: mapped when the user said so, else created. */
    private void named(Kind kind) {
        for (String guid : sortedGuids(kind)) {
            if (p.ours.has(kind, guid) || p.alias.containsKey(guid)) {
                continue;
            }
            long id = p.theirs.id(kind, guid);
            if (p.theirs.isDeleted(kind, id)) {
                continue; // made and deleted in the copy: nothing to bring
            }
            String target = mappings.get(guid);
            if (target != null) {
                p.map(guid, target);
                p.sameNames.add(new SameName(kind.noun, theirName(kind, id), guid, target, true,
                        describe.name(kind, target).replaceAll("^'|'$", "")));
            } else {
                p.create(kind, id, guid);
            }
        }
    }

    private String theirName(Kind kind, long id) {
        return switch (kind) {
            case CODE -> p.theirs.codes.get(id).name();
            case THEME -> p.theirs.themes.get(id).name();
            case CASE -> p.theirs.cases.get(id).name();
            default -> p.theirs.documents.get(id).name();
        };
    }

    /** One link per direction: a new link between themes we already link is our link. */
    private void links() {
        Map<String, String> ourEnds = new HashMap<>();
        for (ThemeLink l : p.ours.links.values()) {
            if (!p.ours.isDeleted(Kind.LINK, l.id())) {
                ourEnds.put((String) p.ours.linkField(l, Field.ENDS), l.guid());
            }
        }
        for (String guid : sortedGuids(Kind.LINK)) {
            long id = p.theirs.id(Kind.LINK, guid);
            if (p.ours.has(Kind.LINK, guid) || p.alias.containsKey(guid) || p.theirs.isDeleted(Kind.LINK, id)) {
                continue;
            }
            ThemeLink l = p.theirs.links.get(id);
            String ends = (String) Key.translate(Key.row(Kind.LINK, guid, Field.ENDS),
                    p.theirs.linkField(l, Field.ENDS), p::tr);
            String[] two = ends.split(">", 2);
            if (!p.exists(Kind.THEME, two[0]) || !p.exists(Kind.THEME, two[1])) {
                p.leaveOut("theme links between themes that did not come in");
            } else if (ourEnds.containsKey(ends)) {
                String our = ourEnds.get(ends);
                p.map(guid, our);
                Key label = Key.row(Kind.LINK, our, Field.LABEL);
                if (!Objects.equals(p.ours.value(label), l.label())) {
                    decide(label, NO_BASE, l.label(), p.ours.value(label)); // both new: no base to judge by
                }
            } else {
                p.create(Kind.LINK, id, guid);
            }
        }
    }

    /**
     * The copy's new codings. One that repeats a coding of ours exactly (document, code, range and
     * coder) is that coding, so a passage coded in two copies, or onto a mapped code, is not doubled.
     */
    private void codings() {
        Map<Identity, String> ourCodings = new HashMap<>(p.ours.codings.size() * 2);
        for (CodingRow c : p.ours.codings.values()) {
            if (!c.deleted()) {
                ourCodings.put(new Identity(c.documentId(), c.codeId(), c.start(), c.end(), c.coderId()), c.guid());
            }
        }
        Map<Long, Long> coders = new HashMap<>();
        for (CodingRow c : p.theirs.codings.values().stream().sorted(java.util.Comparator.comparingLong(CodingRow::id))
                .toList()) {
            if (c.deleted() || p.ours.has(Kind.CODING, c.guid()) || p.alias.containsKey(c.guid())) {
                continue;
            }
            String doc = p.tr(p.theirs.guid(Kind.DOCUMENT, c.documentId()));
            String code = p.tr(p.theirs.guid(Kind.CODE, c.codeId()));
            if (!p.exists(Kind.DOCUMENT, doc) || !p.exists(Kind.CODE, code)) {
                p.leaveOut("codings of codes or documents deleted in the copy");
                continue;
            }
            Long ourDoc = p.ours.id(Kind.DOCUMENT, doc);
            Long ourCode = p.ours.id(Kind.CODE, code);
            long coder = coders.computeIfAbsent(c.coderId(), id -> ourCoder(p.theirs.coder(id)).id());
            String twin = ourDoc == null || ourCode == null ? null
                    : ourCodings.get(new Identity(ourDoc, ourCode, c.start(), c.end(), coder));
            if (twin != null) {
                p.map(c.guid(), twin);
            } else {
                p.create(Kind.CODING, c.id(), c.guid());
            }
        }
    }

    /** What makes two codings the same: document, code, range and coder (our ids; -1: a coder new here). */
    private record Identity(long document, long code, int start, int end, long coder) {
        /**
         * Mixed, not the record's 31-weighted sum: starts and ends of codings are near each other,
         * so (s + 1, e - 32) hashed like (s, e), and a large project's 200,000 codings fell into
         * long chains (half of a merge's time).
         */
        @Override
        public int hashCode() {
            long h = document * 0x9E3779B97F4A7C15L ^ code * 0xC2B2AE3D27D4EB4FL
                    ^ (((long) start << 32) | (end & 0xFFFFFFFFL)) * 0x165667B19E3779F9L ^ coder * 0x27D4EB2F165667C5L;
            return Long.hashCode(h ^ (h >>> 29));
        }
    }

    /** Ours for the copy's coder: the same GUID, else the same name (a name is a person in one study). */
    private Coder ourCoder(Coder theirs) {
        Long id = p.ours.coderId(theirs.guid());
        if (id != null) {
            return p.ours.coder(id);
        }
        return p.ours.coders.values().stream().filter(c -> c.name().equals(theirs.name())).findFirst()
                .orElse(new Coder(-1, theirs.guid(), theirs.name()));
    }

    /** New memos and reviews whose target is here after the rest was decided. */
    private void memosAndReviews() {
        for (String guid : sortedGuids(Kind.MEMO)) {
            long id = p.theirs.id(Kind.MEMO, guid);
            if (p.ours.has(Kind.MEMO, guid) || p.alias.containsKey(guid) || p.theirs.isDeleted(Kind.MEMO, id)) {
                continue;
            }
            Memo m = p.theirs.memos.get(id);
            String target = (String) Key.translate(Key.row(Kind.MEMO, guid, Field.TARGET), p.theirs.target(m), p::tr);
            String[] parts = target.split(":", 2);
            Kind kind = parts[0].equals("project") ? null : Kind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
            if (kind == null || p.exists(kind, parts[1])) {
                p.create(Kind.MEMO, id, guid);
            } else {
                p.leaveOut("memos on things that did not come in");
            }
        }
        for (String guid : sortedGuids(Kind.REVIEW)) {
            long id = p.theirs.id(Kind.REVIEW, guid);
            if (p.ours.has(Kind.REVIEW, guid) || p.alias.containsKey(guid) || p.theirs.isDeleted(Kind.REVIEW, id)) {
                continue;
            }
            Review r = p.theirs.reviews.get(id);
            Kind target = r.target() == Review.Target.CODE ? Kind.CODE : Kind.CODING;
            boolean parentThere = !r.isReply() || p.exists(Kind.REVIEW, p.tr(p.theirs.guid(Kind.REVIEW, r.parentId())));
            if (p.exists(target, p.tr(p.theirs.guid(target, r.targetId()))) && parentThere) {
                p.create(Kind.REVIEW, id, guid);
            } else {
                p.leaveOut("reviews of codings that did not come in");
            }
        }
    }

    private List<String> sortedGuids(Kind kind) {
        return p.theirs.guids(kind).stream().sorted(java.util.Comparator.comparingLong(g -> p.theirs.id(kind, g)))
                .toList();
    }

    // ---- what changed -----------------------------------------------------------------------

    /** Every field and relation the copy's log touched, compared three ways (memberships: {@link ThemeSets}). */
    private void logged() {
        for (var entry : log.base.entrySet()) {
            Key key = entry.getKey();
            if (key.kind() == Kind.THEME_CODE || touchesFresh(key)
                    || key.kind() == Kind.INFO && Lineage.isBookkeeping(key.a())) {
                continue;
            }
            if (key.kind() == Kind.CODER && p.ours.coderId(key.a()) == null) {
                continue; // a coder new here comes in with their colour when their work does (Applier.coder)
            }
            if (key.kind().isRow() && key.kind() != Kind.ATTRIBUTE && !p.theirs.has(key.kind(), key.a())) {
                continue; // nothing the copy has now
            }
            Key ourKey = key.translate(p::tr);
            if (key.kind().isRow() && !p.ours.has(key.kind(), ourKey.a()) && key.kind() != Kind.ATTRIBUTE) {
                continue; // ours never had it (a row of another coder's, left out of a blind copy, cannot be touched)
            }
            Object theirs = key.kind() == Kind.ATTRIBUTE ? (Boolean) p.theirs.has(Kind.ATTRIBUTE, key.a())
                    : Key.translate(key, p.theirs.value(key), p::tr);
            Object base = Key.translate(key, entry.getValue(), p::tr);
            if (!resolvable(key, theirs)) {
                p.leaveOut("changes that point at things that did not come in");
                continue;
            }
            Object ours = key.kind() == Kind.ATTRIBUTE ? (Boolean) p.ours.has(Kind.ATTRIBUTE, ourKey.a())
                    : p.ours.value(ourKey);
            decide(ourKey, base, theirs, ours);
        }
    }

    /**
     * The three-way rule: the copy's value comes in when the copy changed it and we did not; when
     * both changed it differently, the conflict is the user's (ours by default).
     */
    private void decide(Key ourKey, Object base, Object theirs, Object ours) {
        if (Objects.equals(theirs, ours) || base != NO_BASE && Objects.equals(theirs, base)) {
            return;
        }
        if (base != NO_BASE && Objects.equals(ours, base)) {
            p.changes.put(ourKey, theirs);
            return;
        }
        Conflict c = new Conflict(Plan.id(ourKey), Conflict.Type.CHANGED_ON_BOTH_SIDES, ourKey.kind().noun,
                ourKey.a(), describe.subject(ourKey), ourKey.field().name().toLowerCase(java.util.Locale.ROOT),
                describe.value(ourKey, ours), describe.value(ourKey, theirs), choices.resolution(Plan.id(ourKey)),
                List.of());
        p.conflict(c);
        if (c.resolution() == Choices.Resolution.THEIRS) {
            p.changes.put(ourKey, theirs);
        }
    }

    private boolean touchesFresh(Key key) {
        return p.fresh.contains(key.a()) || key.b() != null && p.fresh.contains(key.b());
    }

    /** Whether every row a value points at will be here. */
    private boolean resolvable(Key key, Object value) {
        for (String guid : Key.references(key, value)) {
            Kind kind = key.field() == Field.ENDS ? Kind.THEME : key.kind() == Kind.TURN ? Kind.CASE
                    : key.field() == Field.TARGET ? Kind.valueOf(((String) value).split(":", 2)[0]
                    .toUpperCase(java.util.Locale.ROOT)) : Kind.CODE;
            if (!p.exists(kind, guid)) {
                return false;
            }
        }
        return true;
    }

    // ---- relations of new things ------------------------------------------------------------

    /**
     * A new or newly mapped thing brings its relations: a new code its themes, a new case its
     * documents and values, a new document its speakers' cases, a new theme its place on the map.
     * Relations are only added here, never taken away.
     */
    private void freshRelations() {
        for (Side.Pair pair : p.theirs.themeCodes) {
            addPair(Kind.THEME_CODE, Kind.THEME, pair.a(), Kind.CODE, pair.b());
        }
        for (Side.Pair pair : p.theirs.documentCases) {
            addPair(Kind.DOCUMENT_CASE, Kind.DOCUMENT, pair.a(), Kind.CASE, pair.b());
        }
        for (var v : p.theirs.caseValues.entrySet()) {
            String kase = p.theirs.guid(Kind.CASE, v.getKey().a());
            String attribute = p.theirs.guid(Kind.ATTRIBUTE, v.getKey().b());
            if (!p.fresh.contains(kase) && !p.fresh.contains(attribute)) {
                continue;
            }
            Key key = Key.relation(Kind.CASE_VALUE, p.tr(kase), p.tr(attribute), Field.VALUE);
            if (p.exists(Kind.CASE, key.a()) && p.exists(Kind.ATTRIBUTE, key.b()) && p.after(key) == null) {
                p.changes.put(key, v.getValue());
            }
        }
        for (var t : p.theirs.turns.values()) {
            String doc = p.theirs.guid(Kind.DOCUMENT, t.documentId());
            String kase = t.caseId() == 0 ? null : p.tr(p.theirs.guid(Kind.CASE, t.caseId()));
            if (kase == null || !p.fresh.contains(doc) || !p.exists(Kind.CASE, kase)) {
                continue;
            }
            Key key = Key.relation(Kind.TURN, p.tr(doc), String.valueOf(t.ordinal()), Field.VALUE);
            if (p.isCreated(Kind.DOCUMENT, doc) || p.ours.turnsByPlace.containsKey(
                    new Side.Pair(p.ours.id(Kind.DOCUMENT, key.a()), t.ordinal())) && p.after(key) == null) {
                p.changes.put(key, kase);
            }
        }
        for (var pos : p.theirs.positions.values()) {
            String theme = p.theirs.guid(Kind.THEME, pos.themeId());
            Key key = Key.relation(Kind.MAP, p.tr(theme), "", Field.VALUE);
            if (p.fresh.contains(theme) && p.exists(Kind.THEME, key.a()) && p.after(key) == null) {
                p.changes.put(key, Side.position(pos.x(), pos.y()));
            }
        }
    }

    private void addPair(Kind relation, Kind ka, long a, Kind kb, long b) {
        String ga = p.theirs.guid(ka, a);
        String gb = p.theirs.guid(kb, b);
        if (!p.fresh.contains(ga) && !p.fresh.contains(gb)) {
            return;
        }
        Key key = Key.relation(relation, p.tr(ga), p.tr(gb), Field.PRESENT);
        if (p.exists(ka, key.a()) && p.exists(kb, key.b()) && !Boolean.TRUE.equals(p.after(key))) {
            p.changes.put(key, Boolean.TRUE);
        }
    }
}
