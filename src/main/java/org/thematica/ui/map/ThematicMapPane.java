package org.thematica.ui.map;

import java.awt.geom.Point2D;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.stage.Window;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.FigureStyle;
import org.thematica.figure.ThematicMapFigure;
import org.thematica.figure.ThematicMapFigure.Arrow;
import org.thematica.ui.figures.ExportDialog;
import org.thematica.ui.figures.FigureCanvas;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The thematic map, painted by the same figure the exports use. Drag a theme to move it (saved
 * when it is dropped, one undo step); click it to choose it in every pane; drag with Shift from
 * one theme to another to link them; right-click a theme or a link to link, relabel or unlink.
 * "Arrange automatically" lays out every theme and saves that; the toggles show the themes'
 * codes and which themes are coded in the same passages.
 */
public final class ThematicMapPane extends BorderPane implements Dockable {
    /** How far (pixels) the mouse must move before a press becomes a drag rather than a click. */
    static final double DRAG_SLOP = 4;

    private final ThematicMapViewModel model;
    private final FigureCanvas canvas = new FigureCanvas();
    private final Pane overlay = new Pane();
    private final Line rubberBand = new Line();
    private final CheckBox codes = new CheckBox("Codes");
    private final CheckBox cooccurrence = new CheckBox("Co-occurrence");
    private final Label hint = new Label();
    private ContextMenu menu;
    private Gesture gesture;

    /** A press on a theme that may become a move, a link or a click. */
    private static final class Gesture {
        final long themeId;
        final boolean link;
        final double pressX;
        final double pressY;
        final double offsetX; // map coordinates from the mouse to the theme's centre
        final double offsetY;
        boolean dragging;

        Gesture(long themeId, boolean link, double pressX, double pressY, double offsetX, double offsetY) {
            this.themeId = themeId;
            this.link = link;
            this.pressX = pressX;
            this.pressY = pressY;
            this.offsetX = offsetX;
            this.offsetY = offsetY;
        }
    }

    public ThematicMapPane(WorkbenchContext context) {
        this(new ThematicMapViewModel(context));
    }

    ThematicMapPane(ThematicMapViewModel model) {
        this.model = model;
        setId("thematic-map");
        getStyleClass().add("thematic-map");

        codes.setId("map-codes");
        codes.setTooltip(new Tooltip("Show each theme's codes around it"));
        codes.setOnAction(e -> model.setShowCodes(codes.isSelected()));
        cooccurrence.setId("map-cooccurrence");
        cooccurrence.setTooltip(new Tooltip("Dashed lines between themes coded in the same passages (wider: more often)"));
        cooccurrence.setOnAction(e -> model.setShowCooccurrence(cooccurrence.isSelected()));
        model.showCodesProperty().addListener((o, a, b) -> codes.setSelected(b));
        model.showCooccurrenceProperty().addListener((o, a, b) -> cooccurrence.setSelected(b));
        Button arrange = new Button("Arrange automatically");
        arrange.setId("map-arrange");
        arrange.setTooltip(new Tooltip("Lay out every theme again (one undo step)"));
        arrange.setOnAction(e -> model.arrange());
        Button export = new Button("Export…");
        export.setId("map-export");
        export.setOnAction(e -> export());
        boolean editable = model.canEdit();
        codes.setDisable(!editable);
        cooccurrence.setDisable(!editable);
        arrange.setDisable(!editable);
        hint.getStyleClass().add("map-hint");
        hint.setText(editable ? "Drag to move · Shift+drag to link · right-click for links" : "Read-only");
        for (Region r : new Region[] {codes, cooccurrence, arrange, export}) {
            r.setMinWidth(Region.USE_PREF_SIZE); // the hint gives way first when the pane is narrow
        }
        hint.setMinWidth(0);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, codes, cooccurrence, arrange, spring, hint, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("map-bar");
        setTop(bar);

        rubberBand.getStyleClass().add("map-rubber-band");
        rubberBand.setVisible(false);
        rubberBand.setMouseTransparent(true);
        overlay.getChildren().add(rubberBand);
        overlay.setMouseTransparent(true);
        overlay.setManaged(true);
        StackPane stack = new StackPane(canvas, overlay);
        stack.setMinSize(0, 0);
        canvas.setMinSize(0, 0);
        setCenter(org.thematica.ui.figures.FigureScroll.of(stack));

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);

        model.modelProperty().addListener((o, a, b) -> repaint());
        model.previewProperty().addListener((o, a, b) -> repaint());
        model.settingsProperty().addListener((o, a, b) -> repaint());
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void activate() {
        model.activate();
        model.context().selection().themeProperty().addListener(onTheme);
        repaint(); // the theme chosen while the map was hidden is ringed
    }

    @Override
    public void deactivate() {
        model.deactivate();
        model.context().selection().themeProperty().removeListener(onTheme);
    }

    /** The chosen theme is ringed on the map (only while the map is shown). */
    private final javafx.beans.value.ChangeListener<Long> onTheme = (o, a, b) -> repaint();

    ThematicMapViewModel viewModel() {
        return model;
    }

    FigureCanvas canvas() {
        return canvas;
    }

    private FigureStyle style() {
        FigureSettings s = model.settingsProperty().get();
        return s == null ? FigureStyle.plain() : s.style();
    }

    private void repaint() {
        ThematicMapFigure figure = model.figure();
        if (figure != null) {
            canvas.show(figure, style());
        }
    }

    /** Where things are on the canvas now (null before the first map). */
    ThematicMapFigure.Geometry geometry() {
        ThematicMapFigure figure = model.figure();
        if (figure == null || canvas.figureBounds().getWidth() <= 0) {
            return null;
        }
        return figure.geometry(canvas.figureBounds(), style());
    }

    /** The centre of a theme's circle, in the canvas's coordinates (for tests and menus). */
    Point2D centreOf(long themeId) {
        ThematicMapFigure.Geometry g = geometry();
        if (g == null || !g.nodes().containsKey(themeId)) {
            return null;
        }
        var n = g.nodes().get(themeId);
        return new Point2D.Double(n.cx(), n.cy());
    }

    // ---- mouse ------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        if (menu != null) {
            menu.hide();
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        ThematicMapFigure.Geometry g = geometry();
        Long id = g == null ? null : g.nodeAt(e.getX(), e.getY());
        if (id == null) {
            gesture = null;
            return;
        }
        Point2D mouse = g.toMap(e.getX(), e.getY());
        Point2D centre = g.drawnAt(id);
        gesture = new Gesture(id, e.isShiftDown() && model.canEdit(), e.getX(), e.getY(),
                centre.getX() - mouse.getX(), centre.getY() - mouse.getY());
        e.consume();
    }

    private void dragged(MouseEvent e) {
        Gesture now = gesture;
        if (now == null) {
            return;
        }
        if (!now.dragging && Math.hypot(e.getX() - now.pressX, e.getY() - now.pressY) < DRAG_SLOP) {
            return;
        }
        now.dragging = true;
        ThematicMapFigure.Geometry g = geometry();
        if (g == null) {
            return;
        }
        if (now.link) {
            Point2D from = centreOf(now.themeId);
            rubberBand.setStartX(from.getX());
            rubberBand.setStartY(from.getY());
            rubberBand.setEndX(e.getX());
            rubberBand.setEndY(e.getY());
            rubberBand.setVisible(true);
            Long target = g.nodeAt(e.getX(), e.getY());
            canvas.setCursor(target != null && target != now.themeId ? Cursor.CROSSHAIR : Cursor.DEFAULT);
        } else if (model.canEdit()) {
            Point2D at = g.toMap(e.getX(), e.getY());
            model.drag(now.themeId, at.getX() + now.offsetX, at.getY() + now.offsetY);
            canvas.setCursor(Cursor.CLOSED_HAND);
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        Gesture done = gesture;
        gesture = null;
        rubberBand.setVisible(false);
        canvas.setCursor(Cursor.DEFAULT);
        if (done == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        e.consume();
        if (!done.dragging) {
            model.cancelDrag();
            model.choose(done.themeId);
            return;
        }
        ThematicMapFigure.Geometry g = geometry();
        if (g == null) {
            model.cancelDrag();
            return;
        }
        if (done.link) {
            Long target = g.nodeAt(e.getX(), e.getY());
            if (target != null && target != done.themeId) {
                askLabel(done.themeId, target);
            }
            return;
        }
        if (!model.canEdit()) {
            return;
        }
        // save where it is drawn (kept inside the figure), not where the mouse went
        Point2D at = g.drawnAt(done.themeId);
        model.drop(done.themeId, at.getX(), at.getY());
    }

    private void hover(MouseEvent e) {
        ThematicMapFigure.Geometry g = geometry();
        boolean onTheme = g != null && g.nodeAt(e.getX(), e.getY()) != null;
        canvas.setCursor(onTheme ? Cursor.HAND : Cursor.DEFAULT);
    }

    // ---- menus and dialogs ------------------------------------------------------------------

    private void contextMenu(ContextMenuEvent e) {
        ThematicMapFigure.Geometry g = geometry();
        if (g == null) {
            return;
        }
        if (menu != null) {
            menu.hide();
        }
        menu = new ContextMenu();
        menu.setId("map-menu");
        Long theme = g.nodeAt(e.getX(), e.getY());
        Arrow arrow = theme == null ? g.arrowAt(e.getX(), e.getY()) : null;
        boolean editable = model.canEdit();
        if (theme != null) {
            long id = theme;
            MenuItem choose = new MenuItem("Show passages of '" + model.themeName(id) + "'");
            choose.setOnAction(x -> model.choose(id));
            Menu linkTo = new Menu("Link to");
            linkTo.setId("map-link-to");
            for (var other : model.otherThemes(id)) {
                MenuItem item = new MenuItem(other.name());
                item.setOnAction(x -> askLabel(id, other.id()));
                linkTo.getItems().add(item);
            }
            linkTo.setDisable(!editable || linkTo.getItems().isEmpty());
            menu.getItems().addAll(choose, linkTo);
            var links = model.linksOf(id);
            if (!links.isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
                for (Arrow a : links) {
                    menu.getItems().addAll(linkItems(a, editable, true));
                }
            }
        } else if (arrow != null) {
            menu.getItems().addAll(linkItems(arrow, editable, false));
        } else {
            MenuItem arrange = new MenuItem("Arrange automatically");
            arrange.setDisable(!editable);
            arrange.setOnAction(x -> model.arrange());
            MenuItem export = new MenuItem("Export…");
            export.setOnAction(x -> export());
            menu.getItems().addAll(arrange, export);
        }
        menu.show(canvas, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private java.util.List<MenuItem> linkItems(Arrow a, boolean editable, boolean named) {
        String name = "'" + model.themeName(a.from()) + "' → '" + model.themeName(a.to()) + "'";
        MenuItem relabel = new MenuItem(named ? "Relabel " + name + "…" : "Relabel link…");
        relabel.getStyleClass().add("map-relabel");
        relabel.setOnAction(x -> askRelabel(a));
        MenuItem remove = new MenuItem(named ? "Remove " + name : "Remove link " + name);
        remove.getStyleClass().add("map-unlink");
        remove.setOnAction(x -> model.unlink(a));
        relabel.setDisable(!editable);
        remove.setDisable(!editable);
        return java.util.List.of(relabel, remove);
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private Optional<String> ask(String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText("Label:");
        dialog.getEditor().setId("link-label");
        dialog.getDialogPane().getStyleClass().add("map-dialog");
        dialog.initOwner(owner());
        if (getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        return dialog.showAndWait();
    }

    private void askLabel(long from, long to) {
        String a = model.themeName(from);
        String b = model.themeName(to);
        String existing = model.linksOf(from).stream().filter(l -> l.from() == from && l.to() == to)
                .map(Arrow::label).findFirst().orElse("");
        ask("Link themes", "Link '" + a + "' → '" + b + "'\nThe label is printed on the arrow, e.g. 'creates'.",
                existing).ifPresent(label -> model.link(from, to, label));
    }

    private void askRelabel(Arrow arrow) {
        ask("Relabel link", "Relabel '" + model.themeName(arrow.from()) + "' → '" + model.themeName(arrow.to()) + "'",
                arrow.label() == null ? "" : arrow.label()).ifPresent(label -> model.relabel(arrow, label));
    }

    private void export() {
        FigureSettings s = model.settingsProperty().get();
        ExportDialog.show(owner(), model.context(), model.source(), s != null ? s : model.source().defaults());
    }
}
