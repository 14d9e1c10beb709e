package org.thematica.ui.transcript;

import java.awt.geom.Rectangle2D;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.fxmisc.flowless.Cell;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.flowless.VirtualFlowHit;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.thematica.model.TextRange;
import org.thematica.text.ParagraphLayout;
import org.thematica.text.TextFonts;

/**
 * The read-only transcript: a virtualised list of rows (paragraphs), of which only the visible
 * ones are laid out and painted, by {@link ParagraphLayout}. The selection is a pair of document
 * offsets, the anchor and the caret (UTF-16 indices of the stored text); every mouse and key
 * gesture ({@link TranscriptInput}) maps through the layouts to such offsets, so what is selected
 * is exactly what is drawn under the pointer, in any direction of text.
 */
public final class TranscriptView extends Region {
    static final int MAX_BARS = 12;
    /** Enough for the rows on screen and the keys' moves around them; a long row's layout is large. */
    private static final int CACHED_LAYOUTS = 500;

    /** Carries the theme's colour and size for the text (app.css, dark.css, larger text). */
    private final Text probe = new Text();
    private final Map<Integer, ParagraphLayout> layouts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, ParagraphLayout> eldest) {
            return size() > CACHED_LAYOUTS;
        }
    };
    private final ReadOnlyObjectWrapper<TextRange> selection = new ReadOnlyObjectWrapper<>(new TextRange(0, 0));
    private final TranscriptInput input;
    private VirtualFlow<Integer, RowCell> flow;
    private VirtualizedScrollPane<VirtualFlow<Integer, RowCell>> scroll;
    private TranscriptContent content;
    private TextFonts fonts = TextFonts.sansSerif(14f);
    private java.awt.Color ink = java.awt.Color.BLACK;
    private int anchor;
    private int caret;
    private java.util.List<org.thematica.service.ReviewQueue.Mark> marks = java.util.List.of();
    private java.util.function.Consumer<org.thematica.service.ReviewQueue.Mark> onMark = m -> { };

    public TranscriptView() {
        getStyleClass().add("transcript-text");
        setId("transcript-text");
        setFocusTraversable(true);
        probe.getStyleClass().add("text");
        probe.setManaged(false);
        probe.setVisible(false);
        getChildren().add(probe);
        probe.fontProperty().addListener((o, old, font) -> {
            fonts = TextFonts.sansSerif((float) font.getSize());
            rebuild();
        });
        probe.fillProperty().addListener((o, old, fill) -> {
            ink = org.thematica.ui.common.TextImage.awt(fill);
            visibleRows().forEach(RowNode::restyle);
        });
        focusedProperty().addListener((o, old, now) -> refreshOverlays());
        input = new TranscriptInput(this);
    }

    // ---- content --------------------------------------------------------------------------------

    /** Shows a new document and the badges of its reviewed codings (laid out once, with their gutter). */
    public void setContent(TranscriptContent newContent, java.util.List<org.thematica.service.ReviewQueue.Mark> newMarks) {
        marks = java.util.List.copyOf(newMarks);
        setContent(newContent);
    }

    /** Shows a new document from its start, with nothing selected. */
    public void setContent(TranscriptContent newContent) {
        content = newContent;
        anchor = 0;
        caret = 0;
        rebuild();
        selection.set(new TextRange(0, 0));
    }

    /** The same text with new codings: repaints only the rows that look different. */
    public void restyle(TranscriptContent newContent) {
        TranscriptContent old = content;
        content = newContent;
        if (old == null || flow == null || old.rows() != newContent.rows()) {
            rebuild();
            return;
        }
        boolean wider = Math.min(old.maxBars(), MAX_BARS) != Math.min(newContent.maxBars(), MAX_BARS);
        if (wider) {
            rebuild(); // the margin takes more room: every row wraps anew
            return;
        }
        for (RowCell cell : flow.visibleCells()) {
            if (old.restyled(newContent, cell.node.row())) {
                cell.node.restyle();
            }
        }
    }

    /** A new list for the current content (laid out anew), keeping the first visible row where it was. */
    private void rebuild() {
        if (content == null) {
            return;
        }
        layouts.clear();
        int first = flow == null ? 0 : Math.min(flow.getFirstVisibleIndex(), content.rows() - 1);
        if (flow != null) {
            flow.dispose();
        }
        int rows = content.rows();
        flow = VirtualFlow.createVertical(FXCollections.observableList(new AbstractList<Integer>() {
            @Override
            public Integer get(int index) {
                return index;
            }

            @Override
            public int size() {
                return rows;
            }
        }), row -> new RowCell(new RowNode(this), row));
        scroll = new VirtualizedScrollPane<>(flow);
        getChildren().setAll(probe, scroll);
        input.rowsReplaced();
        if (first > 0) {
            flow.showAsFirst(first);
        }
    }

    public TranscriptContent content() {
        return content;
    }

    /** The reviewed codings, badged at their ends (what the analyst sees of the verdicts), by end offset. */
    public void setMarks(java.util.List<org.thematica.service.ReviewQueue.Mark> newMarks) {
        boolean gutterBefore = !marks.isEmpty();
        marks = java.util.List.copyOf(newMarks);
        if (gutterBefore != !marks.isEmpty()) {
            rebuild(); // the badges' gutter comes or goes: every row wraps anew
        } else {
            visibleRows().forEach(RowNode::marks);
        }
    }

    /**
     * Room right of the text for the review badges, only when some coding here is reviewed: the
     * row's own right padding lies under the scroll bar.
     */
    double badgeGutter() {
        return marks.isEmpty() ? 0 : Math.ceil(fonts.size() * 1.7);
    }

    /** What a click on a badge does (open the review thread). */
    public void setOnMarkClicked(java.util.function.Consumer<org.thematica.service.ReviewQueue.Mark> action) {
        onMark = action;
    }

    void markClicked(org.thematica.service.ReviewQueue.Mark mark) {
        onMark.accept(mark);
    }

    /** The marks of codings whose last character lies in row {@code row}. */
    java.util.List<org.thematica.service.ReviewQueue.Mark> marksOf(int row) {
        if (marks.isEmpty() || content == null) {
            return java.util.List.of();
        }
        int from = content.start(row);
        int to = row + 1 < content.rows() ? content.start(row + 1) : content.text().length();
        return marks.stream().filter(m -> m.end() - 1 >= from && m.end() - 1 < to).toList();
    }

    /** Runs after a mouse drag has selected something (the pane widens it to whole words). */
    public void setOnSelectionDragged(Runnable r) {
        input.onDragDone(r);
    }

    /** A row's layout at a text width, cached while the width and fonts stay the same. */
    ParagraphLayout layout(int row, float width) {
        ParagraphLayout layout = layouts.get(row);
        if (layout == null || layout.width() != width) {
            layout = ParagraphLayout.of(content.rowText(row), content.labelEnds()[row], content.rightToLeft()[row],
                    fonts, width);
            layouts.put(row, layout);
        }
        return layout;
    }

    /** The layout of a row as it is shown (or would be, at the current width). */
    public ParagraphLayout layout(int row) {
        return layout(row, textWidth(textAreaWidth(), rowInsets()));
    }

    /** The width a row's text wraps to: the row's width less its insets and the coding margin. */
    float textWidth(double rowWidth, double rowInsets) {
        return (float) Math.max(40, rowWidth - rowInsets - marginWidth() - badgeGutter());
    }

    private double rowInsets() {
        return flow == null || flow.visibleCells().isEmpty() ? 0
                : flow.visibleCells().get(0).node.snappedLeftInset() + flow.visibleCells().get(0).node.snappedRightInset();
    }

    double textAreaWidth() {
        return flow == null || flow.getWidth() <= 0 ? Math.max(200, getWidth() - 20) : flow.getWidth();
    }

    double marginWidth() {
        return Math.max(1, Math.min(content.maxBars(), MAX_BARS)) * (RowNode.BAR + RowNode.GAP) + 6;
    }

    java.awt.Color ink() {
        return ink;
    }

    @Override
    protected void layoutChildren() {
        if (scroll != null) {
            scroll.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                    getWidth() - snappedLeftInset() - snappedRightInset(),
                    getHeight() - snappedTopInset() - snappedBottomInset());
        }
    }

    java.util.List<RowNode> visibleRows() {
        return flow == null ? java.util.List.of() : flow.visibleCells().stream().map(c -> c.node).toList();
    }

    // ---- selection ------------------------------------------------------------------------------

    public String text() {
        return content == null ? "" : content.text();
    }

    public int length() {
        return text().length();
    }

    /** The tint painted behind the character at {@code offset}, if it is coded. */
    public Optional<org.thematica.text.Highlight> highlightAt(int offset) {
        if (content == null || offset < 0 || offset >= length()) {
            return Optional.empty();
        }
        int row = content.rowOf(offset);
        int local = offset - content.start(row);
        return java.util.Arrays.stream(content.highlights(row)).filter(h -> h.start() <= local && local < h.end())
                .findFirst();
    }

    public ReadOnlyObjectProperty<TextRange> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public int selectionStart() {
        return Math.min(anchor, caret);
    }

    public int selectionEnd() {
        return Math.max(anchor, caret);
    }

    public int caretPosition() {
        return caret;
    }

    public String selectedText() {
        return text().substring(selectionStart(), selectionEnd());
    }

    /** Selects {@code [anchor, caret)} in document offsets (clamped), without scrolling. */
    public void selectRange(int newAnchor, int newCaret) {
        int n = length();
        anchor = Math.max(0, Math.min(newAnchor, n));
        caret = Math.max(0, Math.min(newCaret, n));
        selection.set(new TextRange(selectionStart(), selectionEnd()));
        refreshOverlays();
    }

    /** Moves the caret; with {@code extend} the anchor stays and the selection grows or shrinks. */
    void moveCaret(int offset, boolean extend) {
        selectRange(extend ? anchor : offset, offset);
    }

    public void selectAll() {
        selectRange(0, length());
    }

    public void copy() {
        if (selectionEnd() > selectionStart()) {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(selectedText());
            Clipboard.getSystemClipboard().setContent(clip);
        }
    }

    private void refreshOverlays() {
        for (RowNode node : visibleRows()) {
            node.overlay(node.textLayout());
        }
    }

    // ---- scrolling ------------------------------------------------------------------------------

    public int rowCount() {
        return content == null ? 0 : content.rows();
    }

    public void showRowAtTop(int row) {
        flow.showAsFirst(row);
    }

    public void scrollYBy(double dy) {
        flow.scrollYBy(dy);
    }

    double viewportHeight() {
        return flow == null ? getHeight() : flow.getHeight();
    }

    /** Scrolls so that {@code offset} is in view; a place off screen comes to a third from the top. */
    public void showOffset(int offset) {
        if (flow == null) {
            return;
        }
        int row = content.rowOf(offset);
        Rectangle2D box = layout(row).caret(offset - content.start(row));
        Optional<RowCell> cell = flow.getCellIfVisible(row);
        if (cell.isPresent()) {
            Bounds inFlow = flow.cellToViewport(cell.get(), new BoundingBox(0, cell.get().node.textTop() + box.getY(),
                    1, box.getHeight()));
            if (inFlow.getMinY() >= 0 && inFlow.getMaxY() <= flow.getHeight()) {
                return;
            }
        }
        flow.showAtOffset(row, Math.max(0, flow.getHeight() / 3 - box.getY()));
    }

    // ---- coordinates ----------------------------------------------------------------------------

    /** The document offset nearest to a point of this view (where a click puts the caret). */
    int offsetAt(double x, double y) {
        Hit hit = hit(x, y);
        if (hit == null) {
            return 0;
        }
        if (hit.row < 0) {
            return hit.before ? 0 : length();
        }
        return content.start(hit.row) + layout(hit.row).offsetAt(hit.x, hit.y);
    }

    /** The offset of the character drawn under a point, or -1 where there is none. */
    int charAt(double x, double y) {
        Hit hit = hit(x, y);
        if (hit == null || hit.row < 0) {
            return -1;
        }
        int c = layout(hit.row).charAt(hit.x, hit.y);
        return c < 0 ? -1 : content.start(hit.row) + c;
    }

    /** A point of this view in a row's text coordinates, or before/after all rows. */
    private record Hit(int row, double x, double y, boolean before) {
    }

    private Hit hit(double x, double y) {
        if (flow == null || content == null) {
            return null;
        }
        Point2D inFlow = flow.sceneToLocal(localToScene(x, y));
        VirtualFlowHit<RowCell> hit = flow.hit(inFlow.getX(), Math.max(0, Math.min(inFlow.getY(), flow.getHeight() - 1)));
        if (!hit.isCellHit()) {
            return new Hit(-1, 0, 0, hit.isBeforeCells());
        }
        RowNode node = hit.getCell().node;
        Point2D p = hit.getCellOffset();
        return new Hit(node.row(), p.getX() - node.textLeft(), p.getY() - node.textTop(), false);
    }

    /** Where the text {@code [start, end)} is on screen, if its first row is visible. */
    public Optional<Bounds> rangeBoundsOnScreen(int start, int end) {
        if (content == null) {
            return Optional.empty();
        }
        int row = content.rowOf(start);
        return visibleNode(row).map(node -> {
            int rowStart = content.start(row);
            Rectangle2D box = start < end
                    ? node.textLayout().rangeShape(start - rowStart, Math.min(end, content.end(row)) - rowStart).getBounds2D()
                    : node.textLayout().caret(start - rowStart);
            return node.localToScreen(new BoundingBox(node.textLeft() + box.getX(), node.textTop() + box.getY(),
                    Math.max(1, box.getWidth()), box.getHeight()));
        });
    }

    public Optional<Bounds> selectionBoundsOnScreen() {
        return rangeBoundsOnScreen(selectionStart(), selectionEnd());
    }

    public Optional<Bounds> caretBoundsOnScreen() {
        return rangeBoundsOnScreen(caret, caret);
    }

    private Optional<RowNode> visibleNode(int row) {
        return flow == null ? Optional.empty() : flow.getCellIfVisible(row).map(c -> c.node);
    }

    /** A list cell around a reusable row node. */
    static final class RowCell implements Cell<Integer, RowNode> {
        final RowNode node;

        RowCell(RowNode node, int row) {
            this.node = node;
            node.show(row);
        }

        @Override
        public RowNode getNode() {
            return node;
        }

        @Override
        public boolean isReusable() {
            return true;
        }

        @Override
        public void updateItem(Integer row) {
            node.show(row);
        }
    }
}
