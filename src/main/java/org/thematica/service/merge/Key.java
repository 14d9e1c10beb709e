package org.thematica.service.merge;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One thing a merge compares: a field of a row named by GUID, or a relation between rows (a
 * code in a theme, a value of a case). Keys and values speak GUIDs, never ids, so the same key
 * reads the same thing in both files. Values are strings, booleans or null (absent).
 *
 * @param a the row's GUID; for a relation, its first end; for a turn, its document; for a
 *          project setting, the setting's name
 * @param b a relation's second end; for a turn, its place among the document's turns
 */
record Key(Kind kind, String a, String b, Field field) {

    /** What a key is about. The first nine are rows with a GUID; the rest are relations. */
    enum Kind {
        CODE("code"), THEME("theme"), CASE("case"), DOCUMENT("document"), LINK("theme link"), CODING("coding"),
        MEMO("memo"), REVIEW("review"), ATTRIBUTE("attribute"),
        THEME_CODE("theme membership"), DOCUMENT_CASE("document case"), CASE_VALUE("attribute value"),
        TURN("speaker turn"), MAP("map position"), INFO("project setting"), CODER("coder");

        final String noun;

        Kind(String noun) {
            this.noun = noun;
        }

        boolean isRow() {
            return ordinal() <= ATTRIBUTE.ordinal();
        }
    }

    /** The fields a merge compares. A coding's range carries its snapshot; a memo's content is title, text and time. */
    enum Field { NAME, COLOUR, DESCRIPTION, PARENT, STATUS, KIND, ENDS, LABEL, CODE, RANGE, TARGET, CONTENT, DELETED,
        PRESENT, VALUE, RESOLVED }

    static Key row(Kind kind, String guid, Field field) {
        return new Key(kind, guid, null, field);
    }

    static Key relation(Kind kind, String a, String b, Field field) {
        return new Key(kind, a, b, field);
    }

    /** The row this key is a field of (for a relation, null). */
    Key entity() {
        return kind.isRow() ? new Key(kind, a, null, Field.DELETED) : null;
    }

    /** The same key with its GUIDs read through {@code alias} (theirs to ours). */
    Key translate(UnaryOperator<String> alias) {
        return switch (kind) {
            case INFO, CODER -> this; // coders are matched by GUID, the same in every copy
            case TURN, MAP -> new Key(kind, alias.apply(a), b, field);
            case THEME_CODE, DOCUMENT_CASE, CASE_VALUE -> new Key(kind, alias.apply(a), alias.apply(b), field);
            default -> new Key(kind, alias.apply(a), null, field);
        };
    }

    /** A value with the GUIDs it refers to read through {@code alias}. */
    static Object translate(Key key, Object value, UnaryOperator<String> alias) {
        if (value == null) {
            return null;
        }
        if (key.field == Field.PARENT || key.field == Field.CODE || key.kind == Kind.TURN) {
            return alias.apply((String) value);
        }
        if (key.field == Field.ENDS) {
            String[] ends = ((String) value).split(">", 2);
            return alias.apply(ends[0]) + ">" + alias.apply(ends[1]);
        }
        if (key.field == Field.TARGET) {
            String[] target = ((String) value).split(":", 2);
            return target[1].isEmpty() ? value : target[0] + ":" + alias.apply(target[1]);
        }
        return value;
    }

    /** The GUIDs a value refers to (to tell whether ours has them all). */
    static List<String> references(Key key, Object value) {
        if (value == null) {
            return List.of();
        }
        if (key.field == Field.PARENT || key.field == Field.CODE || key.kind == Kind.TURN) {
            return List.of((String) value);
        }
        if (key.field == Field.ENDS) {
            return List.of(((String) value).split(">", 2));
        }
        if (key.field == Field.TARGET) {
            String guid = ((String) value).split(":", 2)[1];
            return guid.isEmpty() ? List.of() : List.of(guid);
        }
        return List.of();
    }

    static String ends(String from, String to) {
        return from + ">" + to;
    }

    static String range(int start, int end) {
        return start + ":" + end;
    }

    static int[] range(Object value) {
        String[] parts = ((String) value).split(":", 2);
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
}
