package org.thematica.model;

import java.util.Locale;

/** What a memo is about. A project memo (the reflexive journal) has target id 0. */
public enum MemoTarget {
    PROJECT, DOCUMENT, CASE, CODE, THEME, CODING;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MemoTarget parse(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
