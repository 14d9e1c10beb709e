package org.thematica.ui.transcript;

import java.text.BreakIterator;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.thematica.text.ParagraphLayout;

/**
 * Mouse and keyboard selection in the transcript. A press places the caret at the offset under
 * the pointer, a drag moves it (scrolling when the pointer leaves the view), a double click takes
 * a word and a triple click a paragraph. Arrow keys move as the reader sees the text: Left goes
 * left on screen, which in Arabic is forwards; Up and Down keep the column. Shift extends.
 */
final class TranscriptInput {
    private final TranscriptView view;
    private final Timeline autoscroll = new Timeline();
    private double dragX;
    private double dragY;
    private boolean dragging;
    /** The column Up and Down keep, in text coordinates (NaN: take the caret's). */
    private double column = Double.NaN;
    private Runnable onDragDone = () -> { };

    TranscriptInput(TranscriptView view) {
        this.view = view;
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        autoscroll.getKeyFrames().add(new KeyFrame(Duration.millis(40), e -> scrollWhileOutside()));
        autoscroll.setCycleCount(Timeline.INDEFINITE);
    }

    /** A new list of rows is shown (a document, a font): the remembered column means nothing now. */
    void rowsReplaced() {
        column = Double.NaN;
    }

    /** Called after a drag that selected something ends (the pane snaps it to words). */
    void onDragDone(Runnable r) {
        onDragDone = r;
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || view.content() == null) {
            return;
        }
        column = Double.NaN;
        int at = view.offsetAt(e.getX(), e.getY());
        switch (e.getClickCount()) {
            case 1 -> {
                view.moveCaret(at, e.isShiftDown());
                dragging = true;
            }
            case 2 -> selectWord(at);
            default -> selectParagraph(at);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!dragging || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        dragX = e.getX();
        dragY = e.getY();
        view.moveCaret(view.offsetAt(dragX, dragY), true);
        boolean outside = dragY < 0 || dragY > view.getHeight();
        if (outside && autoscroll.getStatus() != Timeline.Status.RUNNING) {
            autoscroll.play();
        } else if (!outside) {
            autoscroll.stop();
        }
        e.consume();
    }

    private void scrollWhileOutside() {
        double over = dragY < 0 ? dragY : dragY > view.getHeight() ? dragY - view.getHeight() : 0;
        if (over == 0 || !dragging) {
            autoscroll.stop();
            return;
        }
        view.scrollYBy(Math.max(-60, Math.min(60, over)));
        view.moveCaret(view.offsetAt(dragX, dragY), true);
    }

    private void released(MouseEvent e) {
        autoscroll.stop();
        if (dragging && e.getButton() == MouseButton.PRIMARY) {
            dragging = false;
            if (!e.isStillSincePress() && view.selectionEnd() > view.selectionStart()) {
                onDragDone.run();
            }
        }
    }

    private void selectWord(int at) {
        String text = view.text();
        if (text.isEmpty()) {
            return;
        }
        int row = view.content().rowOf(at);
        int from = view.content().start(row);
        int to = view.content().end(row);
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text.substring(from, to));
        int local = Math.max(0, Math.min(at - from, to - from));
        int end = local >= to - from ? to - from : words.following(local);
        int start = words.previous();
        if (start == BreakIterator.DONE || end == BreakIterator.DONE) {
            return;
        }
        view.selectRange(from + start, from + end);
    }

    private void selectParagraph(int at) {
        TranscriptContent c = view.content();
        int row = c.rowOf(at);
        int first = row;
        while (first > 0 && c.continued()[first]) {
            first--;
        }
        int last = row;
        while (last + 1 < c.rows() && c.continued()[last + 1]) {
            last++;
        }
        view.selectRange(c.start(first), c.end(last));
    }

    // ---- keys -------------------------------------------------------------------------------------

    private void key(KeyEvent e) {
        if (view.content() == null || e.isAltDown()) {
            return;
        }
        boolean extend = e.isShiftDown();
        int caret = view.caretPosition();
        int to;
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && code == KeyCode.A) {
            view.selectAll();
            e.consume();
            return;
        }
        if (e.isShortcutDown() && (code == KeyCode.C || code == KeyCode.INSERT)) {
            view.copy();
            e.consume();
            return;
        }
        switch (code) {
            case LEFT, RIGHT -> to = horizontal(caret, code == KeyCode.RIGHT);
            case UP, DOWN -> to = vertical(caret, code == KeyCode.DOWN ? 1 : -1);
            case PAGE_UP, PAGE_DOWN -> to = page(caret, code == KeyCode.PAGE_DOWN);
            case HOME -> to = e.isShortcutDown() ? 0 : lineEdge(caret, true);
            case END -> to = e.isShortcutDown() ? view.length() : lineEdge(caret, false);
            default -> {
                return;
            }
        }
        if (code != KeyCode.UP && code != KeyCode.DOWN && code != KeyCode.PAGE_UP && code != KeyCode.PAGE_DOWN) {
            column = Double.NaN;
        }
        view.moveCaret(to, extend);
        view.showOffset(to);
        e.consume();
    }

    /** One step left or right on screen; past a line's end, onto the next or previous line. */
    private int horizontal(int caret, boolean right) {
        TranscriptContent c = view.content();
        int row = c.rowOf(caret);
        ParagraphLayout layout = view.layout(row);
        int local = caret - c.start(row);
        int step = layout.visualStep(local, right);
        if (step >= 0) {
            return c.start(row) + step;
        }
        // at the visual end of a line: Right in a left-to-right paragraph (Left in a right-to-left
        // one) reads on, onto the next line; the other way goes back to the previous one
        boolean forward = right != layout.isRightToLeft();
        int line = layout.lineOf(local);
        if (forward) {
            if (line + 1 < layout.lineCount()) {
                return c.start(row) + layout.lineStart(line + 1);
            }
            return row + 1 < c.rows() ? c.start(row + 1) : caret;
        }
        if (line > 0) {
            return c.start(row) + layout.lineEnd(line - 1) - 1;
        }
        return row > 0 ? c.end(row - 1) : caret;
    }

    /** The offset {@code lines} lines down (or up), in the same column. */
    private int vertical(int caret, int lines) {
        TranscriptContent c = view.content();
        int row = c.rowOf(caret);
        ParagraphLayout layout = view.layout(row);
        int local = caret - c.start(row);
        if (Double.isNaN(column)) {
            column = layout.caretX(local);
        }
        int line = layout.lineOf(local) + lines;
        while (line < 0 && row > 0) {
            row--;
            layout = view.layout(row);
            line += layout.lineCount();
        }
        while (line >= layout.lineCount() && row + 1 < c.rows()) {
            line -= layout.lineCount();
            row++;
            layout = view.layout(row);
        }
        if (line < 0) {
            return 0;
        }
        if (line >= layout.lineCount()) {
            return view.length();
        }
        return c.start(row) + layout.offsetOnLine(line, column);
    }

    private int page(int caret, boolean down) {
        double lineHeight = Math.max(1, view.layout(view.content().rowOf(caret)).height()
                / Math.max(1, view.layout(view.content().rowOf(caret)).lineCount()));
        int lines = Math.max(1, (int) (view.viewportHeight() / lineHeight) - 1);
        view.scrollYBy(down ? view.viewportHeight() : -view.viewportHeight());
        return vertical(caret, down ? lines : -lines);
    }

    /** The logical start or end of the caret's line (Home, End). */
    private int lineEdge(int caret, boolean start) {
        TranscriptContent c = view.content();
        int row = c.rowOf(caret);
        ParagraphLayout layout = view.layout(row);
        int line = layout.lineOf(caret - c.start(row));
        if (start) {
            return c.start(row) + layout.lineStart(line);
        }
        int end = layout.lineEnd(line);
        boolean last = line == layout.lineCount() - 1;
        return c.start(row) + (last ? end : Math.max(layout.lineStart(line), end - 1));
    }
}
