package org.thematica.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The type of a case attribute; values are stored as canonical text and checked against it. */
public enum AttributeType {
    TEXT, NUMBER, DATE, BOOLEAN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AttributeType parse(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }

    /** The type a first value suggests when an attribute is defined by using it. */
    public static AttributeType infer(String value) {
        if (NUMBER.canonical(value) != null) {
            return NUMBER;
        }
        if (DATE.canonical(value) != null) {
            return DATE;
        }
        return TEXT;
    }

    /** The canonical form of the value for this type, or null when the value is not of this type. */
    public String canonical(String value) {
        String v = value.trim();
        switch (this) {
            case TEXT:
                return v;
            case NUMBER:
                if (!v.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
                    return null;
                }
                return new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
            case DATE:
                try {
                    return LocalDate.parse(v).toString();
                } catch (DateTimeParseException e) {
                    return null;
                }
            case BOOLEAN:
                switch (v.toLowerCase(Locale.ROOT)) {
                    case "true": case "yes": case "1": return "true";
                    case "false": case "no": case "0": return "false";
                    default: return null;
                }
            default:
                throw new AssertionError(this);
        }
    }
}
