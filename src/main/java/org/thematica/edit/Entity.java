package org.thematica.edit;

/** The kinds of rows that are soft-deleted (and so restored exactly by undo). */
public enum Entity {
    DOCUMENT("document"), CODE("code"), THEME("theme"), LINK("theme link"), CODING("coding"), CASE("case"),
    MEMO("memo"), REVIEW("review");

    private final String noun;

    Entity(String noun) {
        this.noun = noun;
    }

    public String noun() {
        return noun;
    }
}
