package org.thematica.ui.workbench;

import javafx.scene.input.DataFormat;

/** Drag-and-drop formats shared by the panes. */
public final class Dnd {
    /**
     * A code being dragged; the content is the code's id (a Long): a name could have changed, or
     * be created anew, by the time the code is dropped.
     */
    public static final DataFormat CODE = new DataFormat("application/x-thematica-code-id");

    private Dnd() {
    }

    /** The code id a drag carries, or null. */
    public static Long codeId(javafx.scene.input.Dragboard board) {
        return board.getContent(CODE) instanceof Long id ? id : null;
    }
}
