package org.thematica.ui.workbench;

/**
 * Where codes go when the user applies one from outside the text (double-clicking a code,
 * dropping it on the text): the transcript registers itself here.
 */
public interface CodingTarget {
    /** Applies the code (created if new) to the current selection, or tells the user why not. */
    void applyCode(String codeName);
}
