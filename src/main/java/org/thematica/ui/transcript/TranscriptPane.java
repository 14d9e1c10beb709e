package org.thematica.ui.transcript;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.thematica.analysis.TextSearch;
import org.thematica.model.TextRange;
import org.thematica.ui.workbench.Dnd;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.Reveal;

/**
 * The document being read and coded. The text is read-only. Select a passage, then:
 * double-click or drag a code from the codebook, press Ctrl+K to find a code by name, Ctrl+I
 * to code in vivo, or 1-9 for the recent codes. Clicking a highlight lists its codings.
 */
public final class TranscriptPane extends BorderPane implements Dockable {
    public static final KeyCombination FIND_CODE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination IN_VIVO = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination CODINGS_HERE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final TranscriptViewModel model;
    private final TranscriptView area = new TranscriptView();
    private final Label heading = new Label();
    private final Label info = new Label();
    private final Label placeholder = new Label("Choose a document on the left to read and code it.");
    private final CodeFinder finder = new CodeFinder();
    private final CodingsPopup codingsPopup = new CodingsPopup();
    private final FindBar findBar = new FindBar();
    private Reveal pendingReveal;
    /** The coding being resized: its new extent is the selection when the coder presses Enter. */
    private org.thematica.model.Coding resizing;

    public TranscriptPane(TranscriptViewModel model) {
        this.model = model;
        getStyleClass().add("transcript");
        ContextMenu menu = contextMenu();
        area.setOnContextMenuRequested(e -> {
            menu.show(area, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        heading.getStyleClass().add("transcript-heading");
        info.getStyleClass().add("muted");
        placeholder.getStyleClass().add("muted");
        CheckBox snap = new CheckBox("Snap to words");
        snap.setId("snap-to-words");
        snap.selectedProperty().bindBidirectional(model.snapToWordsProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, heading, info, spacer, snap);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 14, 6, 14));
        setTop(new VBox(header, findBar));
        setCenter(new StackPane(placeholder));

        model.contentProperty().addListener((o, old, content) -> show(content));
        model.restyleProperty().addListener((o, old, r) -> restyle(r.content()));
        model.context().selection().revealProperty().addListener((o, old, reveal) -> reveal(reveal));
        area.selectionProperty().addListener((o, old, sel) -> model.selectionChanged(sel.start(), sel.end()));
        area.setOnSelectionDragged(this::snapAfterDrag);
        area.setOnMarkClicked(model::openReview);
        model.marksProperty().addListener((o, old, marks) -> area.setMarks(marks));
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(Dnd.CODE)) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        area.setOnDragDropped(e -> {
            Long code = Dnd.codeId(e.getDragboard());
            boolean ok = code != null;
            if (ok) {
                model.applyCode(code);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void activate() {
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    /** The text view (tests drive it as a user would, through its offsets and its pixels). */
    public TranscriptView area() {
        return area;
    }

    // ---- showing ------------------------------------------------------------------------------

    private void show(TranscriptContent content) {
        heading.setText(content.transcript().document().name());
        updateInfo(content);
        area.setContent(content, model.marksProperty().get());
        if (getCenter() != area) {
            setCenter(area);
        }
        findBar.reset();
        if (pendingReveal != null && pendingReveal.documentId() == content.documentId()) {
            Reveal r = pendingReveal;
            pendingReveal = null;
            select(r.start(), r.end());
        }
    }

    private void restyle(TranscriptContent content) {
        if (area.content() == null || area.content().documentId() != content.documentId()
                || !content.text().equals(area.text())) {
            show(content);
            return;
        }
        area.restyle(content);
        updateInfo(content);
    }

    private void updateInfo(TranscriptContent content) {
        int codings = content.transcript().codings();
        info.setText(codings + (codings == 1 ? " coding · " : " codings · ") + content.transcript().document().wordCount()
                + " words");
    }

    private void reveal(Reveal reveal) {
        if (reveal == null) {
            return;
        }
        TranscriptContent shown = model.contentProperty().get();
        if (shown != null && shown.documentId() == reveal.documentId()) {
            select(reveal.start(), reveal.end());
        } else {
            pendingReveal = reveal;
        }
    }

    private void select(int start, int end) {
        int s = Math.max(0, Math.min(start, area.length()));
        int e = Math.max(s, Math.min(end, area.length()));
        area.selectRange(s, e);
        area.showOffset(s);
        area.requestFocus();
    }

    // ---- interaction --------------------------------------------------------------------------

    private void snapAfterDrag() {
        if (model.snapToWordsProperty().get()) {
            TextRange snapped = model.codableRange();
            area.selectRange(snapped.start(), snapped.end());
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.getClickCount() != 1) {
            return;
        }
        int offset = area.charAt(e.getX(), e.getY());
        if (offset >= 0) {
            showCodingsAt(offset, e.getScreenX(), e.getScreenY(), false);
        }
    }

    /** Lists the codings at {@code offset}; {@code asked} (keyboard, menu) also says when there are none. */
    private void showCodingsAt(int offset, double screenX, double screenY, boolean asked) {
        model.codingsAt(offset, codings -> {
            if (!codings.isEmpty()) {
                codingsPopup.show(area, screenX, screenY, codings, new CodingsPopup.Actions() {
                    @Override
                    public void remove(TranscriptViewModel.CodingView c) {
                        model.remove(c.coding());
                    }

                    @Override
                    public void recode(TranscriptViewModel.CodingView c) {
                        openFinder(name -> model.recode(c.coding(), name));
                    }

                    @Override
                    public void resize(TranscriptViewModel.CodingView c) {
                        startResize(c.coding());
                    }

                    @Override
                    public void memo(TranscriptViewModel.CodingView c) {
                        model.openMemo(c.coding(), c.code());
                    }
                });
            } else if (asked) {
                model.context().say("Nothing is coded here.");
            }
        });
    }

    /** Selects the coding's extent and lets the coder adjust it; Enter applies, Escape cancels. */
    private void startResize(org.thematica.model.Coding coding) {
        resizing = coding;
        area.selectRange(coding.start(), coding.end());
        area.requestFocus();
        model.context().say("Adjust the passage (drag, or Shift+arrows), then press Enter to resize it; Esc cancels.");
    }

    private void keyPressed(KeyEvent e) {
        if (resizing != null && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE)) {
            if (e.getCode() == KeyCode.ENTER) {
                model.resizeToSelection(resizing);
            } else {
                model.context().say("Resize cancelled.");
            }
            resizing = null;
            e.consume();
            return;
        }
        if (FIND_CODE.match(e)) {
            openFinder(model::applyCode);
        } else if (IN_VIVO.match(e)) {
            model.inVivo();
        } else if (CODINGS_HERE.match(e)) {
            codingsAtCaret();
        } else if (FIND.match(e)) {
            findBar.open();
        } else if (!e.isShortcutDown() && !e.isAltDown() && e.getText().length() == 1
                && e.getText().charAt(0) >= '1' && e.getText().charAt(0) <= '9') {
            Long code = model.context().recentCodes().forDigit(e.getText().charAt(0) - '0');
            if (code != null) {
                model.applyCode(code);
            } else {
                model.context().say("No recent code on key " + e.getText() + " yet: apply a code first.");
            }
        } else {
            return;
        }
        e.consume();
    }

    /** The codings at the caret (keyboard, menu): the character after it, or the one before at the end. */
    private void codingsAtCaret() {
        Optional<Bounds> caret = area.caretBoundsOnScreen();
        showCodingsAt(Math.max(0, Math.min(area.caretPosition(), area.length() - 1)),
                caret.map(Bounds::getMinX).orElse(0.0), caret.map(Bounds::getMaxY).orElse(0.0), true);
    }

    /** Opens the code finder at the selection. */
    public void openFinder(java.util.function.Consumer<String> chosen) {
        model.codeNames(names -> finder.show(area, area.selectionBoundsOnScreen().or(area::caretBoundsOnScreen)
                .orElse(null), names, chosen));
    }

    /** For the menu: the code finder on the current selection. */
    public void findCode() {
        openFinder(model::applyCode);
    }

    public void inVivo() {
        model.inVivo();
    }

    public javafx.beans.property.BooleanProperty snapToWordsProperty() {
        return model.snapToWordsProperty();
    }

    public void openFindBar() {
        findBar.open();
    }

    private ContextMenu contextMenu() {
        MenuItem apply = new MenuItem("Apply code…");
        apply.setAccelerator(FIND_CODE);
        apply.setOnAction(e -> findCode());
        MenuItem vivo = new MenuItem("Code in vivo");
        vivo.setAccelerator(IN_VIVO);
        vivo.setOnAction(e -> model.inVivo());
        MenuItem here = new MenuItem("Codings here…");
        here.setAccelerator(CODINGS_HERE);
        here.setOnAction(e -> codingsAtCaret());
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> area.copy());
        MenuItem find = new MenuItem("Find in document…");
        find.setAccelerator(FIND);
        find.setOnAction(e -> findBar.open());
        return new ContextMenu(apply, vivo, here, new SeparatorMenuItem(), copy, find);
    }

    /** Find in the open document: matches ignore case; Enter goes to the next, Shift+Enter back. */
    private final class FindBar extends HBox {
        private final TextField query = new TextField();
        private final Label count = new Label();
        private List<Integer> hits = List.of();
        private int current = -1;

        FindBar() {
            super(6);
            getStyleClass().add("find-bar");
            setPadding(new Insets(4, 14, 6, 14));
            setAlignment(Pos.CENTER_LEFT);
            query.setId("find-in-document");
            query.setPromptText("Find in document");
            query.setPrefColumnCount(24);
            count.getStyleClass().add("muted");
            Button previous = new Button("↑");
            previous.setOnAction(e -> step(-1));
            Button next = new Button("↓");
            next.setOnAction(e -> step(1));
            Button close = new Button("✕");
            close.setOnAction(e -> close());
            getChildren().addAll(query, previous, next, count, close);
            query.textProperty().addListener((o, old, text) -> search(text));
            query.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    step(e.isShiftDown() ? -1 : 1);
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    close();
                    e.consume();
                }
            });
            setVisible(false);
            setManaged(false);
        }

        void open() {
            setVisible(true);
            setManaged(true);
            query.requestFocus();
            query.selectAll();
        }

        void close() {
            setVisible(false);
            setManaged(false);
            area.requestFocus();
        }

        void reset() {
            hits = List.of();
            current = -1;
            count.setText("");
            if (isVisible() && !query.getText().isEmpty()) {
                search(query.getText());
            }
        }

        private void search(String text) {
            hits = TextSearch.find(area.text(), text, 10_000);
            current = -1;
            count.setText(text.isEmpty() ? "" : hits.isEmpty() ? "no matches" : hits.size() + " matches");
            if (!hits.isEmpty()) {
                step(1);
            }
        }

        private void step(int direction) {
            if (hits.isEmpty()) {
                return;
            }
            current = Math.floorMod(current + direction, hits.size());
            int at = hits.get(current);
            count.setText((current + 1) + " of " + hits.size());
            select(at, at + query.getText().length());
            query.requestFocus();
        }
    }
}
