package org.thematica.ui.transcript;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import org.thematica.text.ParagraphLayout;
import org.thematica.ui.common.TextImage;

/**
 * One row of the transcript on screen: the coding stripes in the margin, the text with its
 * highlights painted by Java2D ({@link TextImage}), and the selection and caret drawn over it as
 * nodes, so that dragging a selection never repaints text.
 */
final class RowNode extends Region {
    static final double BAR = 4;
    static final double GAP = 2;

    private final TranscriptView view;
    private final HBox margin = new HBox(GAP);
    private final TextImage image = new TextImage();
    private final Path selection = new Path();
    private final Rectangle caret = new Rectangle(1.5, 0);
    private Tooltip codeNames;
    private int row = -1;
    /** Review badges at the ends of reviewed codings; only the badges themselves take the mouse. */
    private final javafx.scene.layout.Pane marks = new javafx.scene.layout.Pane();


    RowNode(TranscriptView view) {
        this.view = view;
        getStyleClass().add("paragraph-box");
        margin.getStyleClass().add("coding-margin");
        selection.getStyleClass().add("selection");
        selection.setManaged(false);
        selection.setMouseTransparent(true);
        caret.getStyleClass().add("caret");
        caret.setManaged(false);
        caret.setMouseTransparent(true);
        marks.setManaged(false);
        marks.setPickOnBounds(false);
        getChildren().addAll(margin, image.node(), selection, caret, marks);
    }

    int row() {
        return row;
    }

    /** Shows row {@code r} of the view's content (a reused node gets a new row). */
    void show(int r) {
        row = r;
        image.invalidate();
        getStyleClass().remove("interviewer-turn");
        if (view.content().interviewer()[r]) {
            getStyleClass().add("interviewer-turn");
        }
        margin();
        marks();
        requestLayout();
    }

    /** The row's look changed (codings, theme, font): paint it again at the next layout. */
    void restyle() {
        image.invalidate();
        margin();
        marks();
        requestLayout();
    }

    double textLeft() {
        return snappedLeftInset() + view.marginWidth();
    }

    double textTop() {
        return snappedTopInset();
    }

    private float textWidth(double width) {
        return view.textWidth(width, snappedLeftInset() + snappedRightInset());
    }

    ParagraphLayout textLayout() {
        return view.layout(row, textWidth(getWidth()));
    }

    @Override
    protected double computePrefHeight(double width) {
        if (row < 0) {
            return 0;
        }
        double w = width > 0 ? width : view.textAreaWidth();
        return snappedTopInset() + view.layout(row, textWidth(w)).height() + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return view.textAreaWidth();
    }

    @Override
    protected void layoutChildren() {
        if (row < 0) {
            return;
        }
        ParagraphLayout layout = textLayout();
        margin.resizeRelocate(snappedLeftInset(), snappedTopInset(), view.marginWidth(), layout.height());
        paint(layout);
        image.node().relocate(textLeft(), textTop());
        overlay(layout);
        placeMarks(layout);
    }

    private void paint(ParagraphLayout layout) {
        image.paint(layout, Arrays.asList(view.content().highlights(row)), view.ink(), TextImage.scaleOf(this));
    }

    /** Draws the part of the view's selection in this row, and the caret if it is here. */
    void overlay(ParagraphLayout layout) {
        int start = view.content().start(row);
        int end = view.content().end(row);
        int selStart = Math.max(view.selectionStart(), start);
        int selEnd = Math.min(view.selectionEnd(), end);
        selection.getElements().clear();
        if (selStart < selEnd) {
            toPath(layout.rangeShape(selStart - start, selEnd - start));
        }
        selection.setLayoutX(textLeft());
        selection.setLayoutY(textTop());
        int at = view.caretPosition();
        boolean here = view.isFocused() && at >= start && (at < end || at == end && view.content().rowOf(at) == row);
        caret.setVisible(here);
        if (here) {
            Rectangle2D box = layout.caret(at - start);
            caret.setX(textLeft() + box.getX() - 0.75);
            caret.setY(textTop() + box.getY());
            caret.setHeight(box.getHeight());
        }
    }

    private void toPath(Shape shape) {
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> selection.getElements().add(new MoveTo(c[0], c[1]));
                case PathIterator.SEG_LINETO -> selection.getElements().add(new LineTo(c[0], c[1]));
                case PathIterator.SEG_CLOSE -> selection.getElements().add(new ClosePath());
                default -> { } // rectangles only
            }
        }
    }

    /** One small badge per reviewed coding that ends in this row: ✓ agreed, ✗ disputed, ? a question. */
    void marks() {
        marks.getChildren().clear();
        if (row < 0) {
            return;
        }
        for (org.thematica.service.ReviewQueue.Mark m : view.marksOf(row)) {
            javafx.scene.control.Label badge = new javafx.scene.control.Label(m.badge().symbol());
            badge.getStyleClass().addAll("review-mark", "review-" + m.badge().word());
            badge.setUserData(m);
            Tooltip tip = new Tooltip(m.summary());
            badge.getProperties().put("tip", tip);
            Tooltip.install(badge, tip);
            badge.setOnMousePressed(javafx.event.Event::consume);
            badge.setOnMouseReleased(javafx.event.Event::consume);
            badge.setOnMouseClicked(e -> {
                view.markClicked(m);
                e.consume();
            });
            marks.getChildren().add(badge);
        }
        requestLayout();
    }

    /**
     * Each badge in the gutter right of the text, level with the line its coding ends on, so that
     * it never covers the words being read. Of the codings that end on one line, the badge of the
     * most pressing stands for all; its tooltip names every verdict.
     */
    private void placeMarks(ParagraphLayout layout) {
        int start = view.content().start(row);
        int length = view.content().end(row) - start;
        java.util.Map<Double, java.util.List<javafx.scene.Node>> lines = new java.util.LinkedHashMap<>();
        for (javafx.scene.Node node : marks.getChildren()) {
            org.thematica.service.ReviewQueue.Mark m = (org.thematica.service.ReviewQueue.Mark) node.getUserData();
            Rectangle2D box = layout.caret(Math.max(0, Math.min(m.end() - start, length)));
            node.getProperties().put("line", box);
            lines.computeIfAbsent(box.getY(), k -> new java.util.ArrayList<>()).add(node);
        }
        for (java.util.List<javafx.scene.Node> line : lines.values()) {
            javafx.scene.Node shown = line.stream().max(java.util.Comparator.comparingInt(
                    n -> ((org.thematica.service.ReviewQueue.Mark) n.getUserData()).badge().ordinal())).orElseThrow();
            StringBuilder all = new StringBuilder();
            for (javafx.scene.Node node : line) {
                node.setVisible(node == shown);
                all.append(all.isEmpty() ? "" : "\n")
                        .append(((org.thematica.service.ReviewQueue.Mark) node.getUserData()).summary());
            }
            ((Tooltip) shown.getProperties().get("tip")).setText(all.toString());
            Rectangle2D box = (Rectangle2D) shown.getProperties().get("line");
            shown.autosize();
            double w = shown.getLayoutBounds().getWidth();
            double h = shown.getLayoutBounds().getHeight();
            double gutter = view.badgeGutter();
            shown.relocate(textLeft() + layout.width() + Math.max(0, (gutter - w) / 2),
                    textTop() + box.getY() + (box.getHeight() - h) / 2);
        }
    }

    /** One thin bar per code coding some of the row, in the code's colour; hovering names them. */
    private void margin() {
        margin.getChildren().clear();
        long[] codes = view.content().rowCodes(row);
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < codes.length && i < TranscriptView.MAX_BARS; i++) {
            TranscriptContent.CodeLook look = view.content().codes().get(codes[i]);
            if (look == null) {
                continue;
            }
            Region bar = new Region();
            bar.setMinWidth(BAR);
            bar.setPrefWidth(BAR);
            bar.setMaxHeight(Double.MAX_VALUE);
            bar.setBackground(new Background(new BackgroundFill(Color.web(look.colour()), new CornerRadii(2),
                    Insets.EMPTY)));
            margin.getChildren().add(bar);
            names.append(names.length() == 0 ? "" : "\n").append(look.name());
        }
        if (names.length() > 0) {
            if (codeNames == null) {
                codeNames = new Tooltip();
                Tooltip.install(margin, codeNames);
            }
            codeNames.setText(names.toString());
        } else if (codeNames != null) {
            Tooltip.uninstall(margin, codeNames);
            codeNames = null;
        }
    }
}
