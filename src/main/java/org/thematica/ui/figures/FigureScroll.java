package org.thematica.ui.figures;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Puts a figure view in a scroll pane that fills the dock when there is room and scrolls when
 * there is not: below a legible minimum size a figure would otherwise squeeze its labels into
 * each other (the dock is short by default).
 */
public final class FigureScroll {
    public static final double MIN_WIDTH = 520;
    public static final double MIN_HEIGHT = 340;

    private FigureScroll() {
    }

    public static ScrollPane of(Region content) {
        content.setMinSize(MIN_WIDTH, MIN_HEIGHT);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("figure-scroll");
        return scroll;
    }

    /** For callers that give a plain node. */
    public static ScrollPane of(Node content) {
        return content instanceof Region r ? of(r) : new ScrollPane(content);
    }
}
