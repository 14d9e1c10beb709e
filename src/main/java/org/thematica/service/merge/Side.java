package org.thematica.service.merge;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thematica.model.Attribute;
import org.thematica.model.CaseRecord;
import org.thematica.model.Code;
import org.thematica.model.Coder;
import org.thematica.model.Document;
import org.thematica.model.MapPosition;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.model.Review;
import org.thematica.model.Theme;
import org.thematica.model.ThemeLink;
import org.thematica.service.merge.Key.Field;
import org.thematica.service.merge.Key.Kind;
import org.thematica.store.ProjectRows;
import org.thematica.store.ProjectRows.CodingRow;
import org.thematica.store.ProjectRows.Flagged;
import org.thematica.store.ProjectRows.TurnRow;
import org.thematica.store.Repositories;

/**
 * One file of a merge as it is now: every row, deleted ones included, found by id and by GUID,
 * and any {@link Key}'s value read in this file's GUIDs. Texts are read only when asked for.
 */
final class Side {
    /** Two ids that belong together (a theme and a code; a document and a case; a case and an attribute). */
    record Pair(long a, long b) {
    }

    final Repositories repos;
    final ProjectRows rows;
    final Map<String, String> info;
    final Map<Long, Coder> coders = new HashMap<>();
    final Map<Long, Document> documents = new HashMap<>();
    final Map<Long, Code> codes = new HashMap<>();
    final Map<Long, Theme> themes = new HashMap<>();
    final Map<Long, ThemeLink> links = new HashMap<>();
    final Map<Long, CaseRecord> cases = new HashMap<>();
    final Map<Long, Attribute> attributes = new HashMap<>();
    final Map<Long, CodingRow> codings;
    final Map<Long, Memo> memos = new HashMap<>();
    final Map<Long, Review> reviews = new HashMap<>();
    final Set<Pair> themeCodes = new HashSet<>();
    final Set<Pair> documentCases = new HashSet<>();
    final Map<Pair, String> caseValues = new HashMap<>();
    final Map<Long, TurnRow> turns = new HashMap<>();
    final Map<Pair, TurnRow> turnsByPlace = new HashMap<>();
    final Map<Long, MapPosition> positions = new HashMap<>();
    private final Map<Kind, Set<Long>> deleted = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<Long, String>> guids = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, Long>> ids = new EnumMap<>(Kind.class);
    private final Map<String, Long> coderIds = new HashMap<>();

    Side(Repositories repos) {
        this.repos = repos;
        this.rows = new ProjectRows(repos.db);
        this.info = rows.info();
        for (Kind k : Kind.values()) {
            if (k.isRow()) {
                guids.put(k, new HashMap<>());
                ids.put(k, new HashMap<>());
            }
        }
        rows.coders().forEach(c -> {
            coders.put(c.id(), c);
            coderIds.put(c.guid(), c.id());
        });
        rows.documents().forEach(d -> index(Kind.DOCUMENT, d.id(), d.guid(), documents, d));
        rows.codes().forEach(c -> index(Kind.CODE, c.id(), c.guid(), codes, c));
        rows.themes().forEach(t -> index(Kind.THEME, t.id(), t.guid(), themes, t));
        rows.links().forEach(l -> index(Kind.LINK, l.id(), l.guid(), links, l));
        rows.cases().forEach(c -> index(Kind.CASE, c.id(), c.guid(), cases, c));
        rows.attributes().forEach(a -> index(Kind.ATTRIBUTE, a.id(), a.guid(), attributes, a));
        List<CodingRow> all = rows.codings();
        codings = new HashMap<>(all.size() * 2); // sized once: a large project has 200,000
        guids.put(Kind.CODING, new HashMap<>(all.size() * 2));
        ids.put(Kind.CODING, new HashMap<>(all.size() * 2));
        all.forEach(c -> index(Kind.CODING, c.id(), c.guid(), codings, c));
        rows.memos().forEach(m -> index(Kind.MEMO, m.id(), m.guid(), memos, m));
        rows.reviews().forEach(r -> index(Kind.REVIEW, r.id(), r.guid(), reviews, r));
        rows.themeCodes().forEach(p -> themeCodes.add(new Pair(p[0], p[1])));
        rows.documentCases().forEach(p -> documentCases.add(new Pair(p[0], p[1])));
        rows.caseValues().forEach(v -> caseValues.put(new Pair(v.caseId(), v.attributeId()), v.value()));
        rows.turns().forEach(t -> {
            turns.put(t.id(), t);
            turnsByPlace.put(new Pair(t.documentId(), t.ordinal()), t);
        });
        rows.mapPositions().forEach(p -> positions.put(p.themeId(), p));
        deleted.put(Kind.DOCUMENT, rows.deleted(Flagged.DOCUMENT));
        deleted.put(Kind.CODE, rows.deleted(Flagged.CODE));
        deleted.put(Kind.THEME, rows.deleted(Flagged.THEME));
        deleted.put(Kind.LINK, rows.deleted(Flagged.LINK));
        deleted.put(Kind.CASE, rows.deleted(Flagged.CASE));
        deleted.put(Kind.MEMO, rows.deleted(Flagged.MEMO));
        deleted.put(Kind.REVIEW, rows.deleted(Flagged.REVIEW));
        Set<Long> deletedCodings = new HashSet<>();
        codings.values().stream().filter(CodingRow::deleted).forEach(c -> deletedCodings.add(c.id()));
        deleted.put(Kind.CODING, deletedCodings);
        deleted.put(Kind.ATTRIBUTE, Set.of());
    }

    private <T> void index(Kind kind, long id, String guid, Map<Long, T> into, T row) {
        into.put(id, row);
        guids.get(kind).put(id, guid);
        ids.get(kind).put(guid, id);
    }

    /** The GUID of a row, or null when this file has no such row. */
    String guid(Kind kind, long id) {
        return guids.get(kind).get(id);
    }

    /** The id of a row, or null when this file has no such row. */
    Long id(Kind kind, String guid) {
        return guid == null ? null : ids.get(kind).get(guid);
    }

    boolean has(Kind kind, String guid) {
        return ids.get(kind).containsKey(guid);
    }

    boolean isDeleted(Kind kind, long id) {
        return deleted.get(kind).contains(id);
    }

    boolean isLive(Kind kind, String guid) {
        Long id = id(kind, guid);
        return id != null && !isDeleted(kind, id);
    }

    Coder coder(long id) {
        return coders.get(id);
    }

    /**
     * A review thread's resolution as a merge compares it: "TIME|CODER-GUID", or null while open.
     * The time is part of it, so two people resolving alike at different times is two changes.
     */
    String resolution(String resolved, long resolvedBy) {
        return resolved == null ? null : resolved + "|" + (coders.containsKey(resolvedBy) ? coders.get(resolvedBy).guid()
                : "");
    }

    Long coderId(String guid) {
        return coderIds.get(guid);
    }

    /** Every GUID of one kind of row. */
    Set<String> guids(Kind kind) {
        return ids.get(kind).keySet();
    }

    /** The value a key has in this file (in this file's GUIDs); null when absent. */
    Object value(Key key) {
        if (key.kind() == Kind.INFO) {
            return info.get(key.a());
        }
        if (key.kind() == Kind.CODER) {
            Long id = coderIds.get(key.a());
            return id == null ? null : coders.get(id).colour();
        }
        if (!key.kind().isRow()) {
            return relation(key);
        }
        Long id = id(key.kind(), key.a());
        if (id == null) {
            return null;
        }
        if (key.field() == Field.DELETED) {
            return isDeleted(key.kind(), id);
        }
        return switch (key.kind()) {
            case CODE -> codeField(codes.get(id), key.field());
            case THEME -> themeField(themes.get(id), key.field());
            case CASE -> key.field() == Field.NAME ? cases.get(id).name() : cases.get(id).description();
            case DOCUMENT -> key.field() == Field.NAME ? documents.get(id).name() : documents.get(id).kind().key();
            case LINK -> linkField(links.get(id), key.field());
            case CODING -> codingField(codings.get(id), key.field());
            case MEMO -> key.field() == Field.TARGET ? target(memos.get(id)) : content(memos.get(id));
            case ATTRIBUTE -> Boolean.TRUE;
            case REVIEW -> resolution(reviews.get(id).resolved(), reviews.get(id).resolvedBy());
            default -> throw new IllegalArgumentException("no field " + key);
        };
    }

    private Object relation(Key key) {
        return switch (key.kind()) {
            case THEME_CODE -> pair(Kind.THEME, key.a(), Kind.CODE, key.b(), themeCodes);
            case DOCUMENT_CASE -> pair(Kind.DOCUMENT, key.a(), Kind.CASE, key.b(), documentCases);
            case CASE_VALUE -> {
                Long c = id(Kind.CASE, key.a());
                Long a = id(Kind.ATTRIBUTE, key.b());
                yield c == null || a == null ? null : caseValues.get(new Pair(c, a));
            }
            case TURN -> {
                Long doc = id(Kind.DOCUMENT, key.a());
                TurnRow t = doc == null ? null : turnsByPlace.get(new Pair(doc, Integer.parseInt(key.b())));
                yield t == null || t.caseId() == 0 ? null : guid(Kind.CASE, t.caseId());
            }
            case MAP -> {
                Long theme = id(Kind.THEME, key.a());
                MapPosition p = theme == null ? null : positions.get(theme);
                yield p == null ? null : position(p.x(), p.y());
            }
            default -> throw new IllegalArgumentException("no relation " + key);
        };
    }

    private Boolean pair(Kind ka, String a, Kind kb, String b, Set<Pair> set) {
        Long x = id(ka, a);
        Long y = id(kb, b);
        return x != null && y != null && set.contains(new Pair(x, y));
    }

    Object codeField(Code c, Field f) {
        return switch (f) {
            case NAME -> c.name();
            case COLOUR -> c.colour();
            case DESCRIPTION -> c.description();
            case PARENT -> c.parentId() == null ? null : guid(Kind.CODE, c.parentId());
            default -> throw new IllegalArgumentException("no code field " + f);
        };
    }

    static Object themeField(Theme t, Field f) {
        return switch (f) {
            case NAME -> t.name();
            case COLOUR -> t.colour();
            case DESCRIPTION -> t.description();
            case STATUS -> t.status().key();
            default -> throw new IllegalArgumentException("no theme field " + f);
        };
    }

    Object linkField(ThemeLink l, Field f) {
        return switch (f) {
            case ENDS -> Key.ends(guid(Kind.THEME, l.fromThemeId()), guid(Kind.THEME, l.toThemeId()));
            case LABEL -> l.label();
            case KIND -> l.kind();
            default -> throw new IllegalArgumentException("no link field " + f);
        };
    }

    Object codingField(CodingRow c, Field f) {
        return f == Field.CODE ? guid(Kind.CODE, c.codeId()) : Key.range(c.start(), c.end());
    }

    /** A memo's target as {@code kind:guid} ({@code project:} for the journal). */
    String target(MemoTarget kind, long targetId) {
        Kind k = switch (kind) {
            case PROJECT -> null;
            case DOCUMENT -> Kind.DOCUMENT;
            case CASE -> Kind.CASE;
            case CODE -> Kind.CODE;
            case THEME -> Kind.THEME;
            case CODING -> Kind.CODING;
        };
        return kind.key() + ":" + (k == null ? "" : String.valueOf(guid(k, targetId)));
    }

    String target(Memo m) {
        return target(m.target(), m.targetId());
    }

    static List<String> content(Memo m) {
        return List.of(m.title(), m.text(), m.modified());
    }

    static String position(double x, double y) {
        return x + "," + y;
    }
}
