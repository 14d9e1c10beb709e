package org.thematica.ui.workbench;

/**
 * Where codes go when the user applies one from outside the text (double-clicking a code,
 * dropping it on the text, a recent-code key): the transcript registers itself here.
 */
public interface CodingTarget {
    /** Applies an existing code to the current selection, or tells the user why not. */
    void applyCode(long codeId);

    /** Applies the code with this name, created if there is none (a name typed or coded in vivo). */
    void applyCodeNamed(String codeName);
}
