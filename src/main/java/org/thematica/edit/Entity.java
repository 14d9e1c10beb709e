package org.thematica.edit;

/** The kinds of rows that are soft-deleted (and so restored exactly by undo). */
public enum Entity {
    DOCUMENT("document", "document"), CODE("code", "code"), THEME("theme", "theme"), LINK("theme link", "theme_link"),
    CODING("coding", "coding"), CASE("case", "\"case\""), MEMO("memo", "memo"), REVIEW("review", "review");

    private final String noun;
    private final String table;

    Entity(String noun, String table) {
        this.noun = noun;
        this.table = table;
    }

    public String noun() {
        return noun;
    }

    /** The table its rows live in (as SQL names it). */
    String table() {
        return table;
    }
}
