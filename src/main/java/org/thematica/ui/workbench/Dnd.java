package org.thematica.ui.workbench;

import javafx.scene.input.DataFormat;

/** Drag-and-drop formats shared by the panes. */
public final class Dnd {
    /** A code being dragged; the content is the code's name. */
    public static final DataFormat CODE = new DataFormat("application/x-thematica-code");

    private Dnd() {
    }
}
