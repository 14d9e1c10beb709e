package org.thematica.ui.workbench;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the user has in hand, shared by all panes: the open document, the code or theme chosen
 * in the codebook (choosing one clears the other), and the last passage someone asked to see.
 * Ids are those of the project; null means nothing chosen.
 */
public final class Selection {
    private final ObjectProperty<Long> document = new SimpleObjectProperty<>(this, "document");
    private final ObjectProperty<Long> code = new SimpleObjectProperty<>(this, "code");
    private final ObjectProperty<Long> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<Reveal> reveal = new SimpleObjectProperty<>(this, "reveal");
    private final ObjectProperty<PassageRequest> passageFilter = new SimpleObjectProperty<>(this, "passageFilter");
    private final javafx.beans.property.ReadOnlyIntegerWrapper choices =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "choices");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Chosen> lastChosen =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "lastChosen");

    /** A thing the user chose: a code, a theme or a document. */
    public record Chosen(org.thematica.model.MemoTarget kind, long id) {
    }

    public Selection() {
        code.addListener((o, old, id) -> chosen(org.thematica.model.MemoTarget.CODE, id));
        theme.addListener((o, old, id) -> chosen(org.thematica.model.MemoTarget.THEME, id));
        document.addListener((o, old, id) -> chosen(org.thematica.model.MemoTarget.DOCUMENT, id));
    }

    private void chosen(org.thematica.model.MemoTarget kind, Long id) {
        if (id != null) { // a cleared choice leaves the last real one standing
            lastChosen.set(new Chosen(kind, id));
        }
    }

    /**
     * The code, theme or document chosen last, whichever it was: a pane that was hidden meanwhile
     * learns from it what the user has in hand without having followed every choice.
     */
    public javafx.beans.property.ReadOnlyObjectProperty<Chosen> lastChosenProperty() {
        return lastChosen.getReadOnlyProperty();
    }

    public ObjectProperty<Long> documentProperty() {
        return document;
    }

    public ObjectProperty<Long> codeProperty() {
        return code;
    }

    public ObjectProperty<Long> themeProperty() {
        return theme;
    }

    /** Set by whoever wants a passage shown (retrieval, search); the transcript follows it. */
    public ObjectProperty<Reveal> revealProperty() {
        return reveal;
    }

    public void chooseCode(Long id) {
        theme.set(null);
        code.set(id);
        choices.set(choices.get() + 1);
    }

    public void chooseTheme(Long id) {
        code.set(null);
        theme.set(id);
        choices.set(choices.get() + 1);
    }

    /**
     * Counts the times the user chose a code or theme, the same one again included: choosing is
     * also asking to see its passages, which the code and theme properties alone cannot tell
     * when the value does not change.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /**
     * Lists the passages behind a figure's bar or cell: chooses the theme (or code) and asks
     * the Passages view to narrow them to {@code filter} (an attribute value, a document kind).
     */
    public void showPassages(boolean isTheme, long id, PassageRequest filter) {
        passageFilter.set(filter);
        if (isTheme) {
            chooseTheme(id);
        } else {
            chooseCode(id);
        }
    }

    /** The filter the last {@link #showPassages} asked for (the Passages view applies it). */
    public ObjectProperty<PassageRequest> passageFilterProperty() {
        return passageFilter;
    }

    /** Opens the document and selects the passage in it. */
    public void reveal(long documentId, int start, int end) {
        document.set(documentId);
        reveal.set(new Reveal(documentId, start, end));
    }
}
