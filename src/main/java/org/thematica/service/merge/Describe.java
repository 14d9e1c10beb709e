package org.thematica.service.merge;

import java.util.List;
import org.thematica.service.merge.Key.Field;
import org.thematica.service.merge.Key.Kind;

/** How the report names things and values: by the names people gave them, as ours has them. */
final class Describe {
    private final Plan plan;

    Describe(Plan plan) {
        this.plan = plan;
    }

    /** {@code code 'trust'}, {@code a coding in 'P01 Karim'}, {@code theme 'x' on the map} ... (our GUIDs). */
    String subject(Key key) {
        return switch (key.kind()) {
            case CODE, THEME, CASE, DOCUMENT -> key.kind().noun + " " + name(key.kind(), key.a());
            case CODING -> {
                Long id = plan.ours.id(Kind.CODING, key.a());
                yield id == null ? "a coding from the copy" : "a coding in "
                        + name(Kind.DOCUMENT, plan.ours.guid(Kind.DOCUMENT, plan.ours.codings.get(id).documentId()));
            }
            case LINK -> {
                Object ends = plan.ours.value(Key.row(Kind.LINK, key.a(), Field.ENDS));
                yield ends == null ? "a theme link" : "link " + endsText(ends);
            }
            case MEMO -> {
                Long id = plan.ours.id(Kind.MEMO, key.a());
                yield id == null ? "a memo" : "memo " + quote(preview(plan.ours.memos.get(id).title().isBlank()
                        ? plan.ours.memos.get(id).text() : plan.ours.memos.get(id).title()));
            }
            case REVIEW -> {
                Long id = plan.ours.id(Kind.REVIEW, key.a());
                org.thematica.model.Review v = id == null ? null : plan.ours.reviews.get(id);
                yield v == null ? "a review" : v.verdict().key() + " " + quote(preview(v.comment()));
            }
            case ATTRIBUTE -> "attribute " + name(Kind.ATTRIBUTE, key.a());
            case THEME_CODE -> "code " + name(Kind.CODE, key.b()) + " in theme " + name(Kind.THEME, key.a());
            case DOCUMENT_CASE -> "document " + name(Kind.DOCUMENT, key.a()) + " of case " + name(Kind.CASE, key.b());
            case CASE_VALUE -> "case " + name(Kind.CASE, key.a()) + ": " + name(Kind.ATTRIBUTE, key.b());
            case TURN -> "speaker turn " + key.b() + " of document " + name(Kind.DOCUMENT, key.a());
            case MAP -> "theme " + name(Kind.THEME, key.a()) + " on the map";
            case INFO -> "project setting '" + key.a() + "'";
            case CODER -> {
                Long id = plan.ours.coderId(key.a());
                yield id == null ? "a coder" : "coder " + quote(plan.ours.coder(id).name());
            }
        };
    }

    /** A value as people read it: names for references, 'text' for text, (none) for nothing. */
    String value(Key key, Object value) {
        if (value == null) {
            return "(none)";
        }
        if (key.field() == Field.DELETED) {
            return (Boolean) value ? "deleted" : "present";
        }
        if (key.field() == Field.RESOLVED) {
            String[] at = ((String) value).split("\\|", 2);
            Long coder = plan.ours.coderId(at[1]);
            if (coder == null) {
                coder = plan.theirs.coderId(at[1]);
                return "resolved " + at[0] + (coder == null ? "" : " by " + plan.theirs.coder(coder).name());
            }
            return "resolved " + at[0] + " by " + plan.ours.coder(coder).name();
        }
        if (key.field() == Field.PRESENT) {
            return (Boolean) value ? "yes" : "no";
        }
        if (key.field() == Field.PARENT || key.field() == Field.CODE) {
            return name(Kind.CODE, (String) value);
        }
        if (key.kind() == Kind.TURN) {
            return name(Kind.CASE, (String) value);
        }
        if (key.field() == Field.ENDS) {
            return endsText(value);
        }
        if (key.field() == Field.CONTENT) {
            List<?> content = (List<?>) value;
            return quote(preview(content.get(0) + " " + content.get(1)));
        }
        return quote(preview(String.valueOf(value)));
    }

    /** The name of a row by our GUID (or, for a row the merge creates, the copy's). */
    String name(Kind kind, String guid) {
        Long id = plan.ours.id(kind, guid);
        Side side = plan.ours;
        if (id == null) {
            id = plan.theirs.id(kind, guid);
            side = plan.theirs;
        }
        if (id == null) {
            return "(unknown)";
        }
        String name = switch (kind) {
            case CODE -> side.codes.get(id).name();
            case THEME -> side.themes.get(id).name();
            case CASE -> side.cases.get(id).name();
            case DOCUMENT -> side.documents.get(id).name();
            case ATTRIBUTE -> side.attributes.get(id).name();
            default -> guid;
        };
        return quote(name);
    }

    private String endsText(Object ends) {
        String[] two = ((String) ends).split(">", 2);
        return name(Kind.THEME, two[0]) + " → " + name(Kind.THEME, two[1]);
    }

    static String quote(String s) {
        return "'" + s + "'";
    }

    static String preview(String text) {
        String t = text.replace('\n', ' ').strip();
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }
}
