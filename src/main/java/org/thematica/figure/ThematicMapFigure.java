package org.thematica.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The thematic map: themes as circles whose area shows the share of interviews they are coded
 * in (the percentage inside, the name below), the analyst's directed, labelled links as arrows,
 * and on request the themes' codes as small satellites and dashed lines between themes coded in
 * the same passages (wider: more often).
 *
 * <p>Positions are map coordinates (0..1 both ways) scaled into the plot, so the same map fits
 * any size; a node is kept wholly inside the plot. Arrows start and end at the edge of a node
 * (its circle and its name), so no arrowhead hides under a node, and link labels are moved along
 * their arrow until they cover no node and no other label. Everything is measured with
 * {@link TextMeasure}, so the screen, PNG, SVG and PDF show the same map.
 */
public final class ThematicMapFigure implements Figure {
    /** One of a theme's codes, drawn as a small dot beside the theme. */
    public record Satellite(long codeId, String name, String colour, int codings) {
    }

    /**
     * A theme.
     *
     * @param colour own colour (#rrggbb) or null
     * @param share  share of interviews it is coded in, 0..1
     * @param x      map position across, 0..1
     * @param y      map position down, 0..1
     */
    public record Node(long id, String name, String colour, double share, int interviews, List<Satellite> codes,
                       double x, double y) {
        public Node {
            codes = List.copyOf(codes);
        }

        public Node at(double newX, double newY) {
            return new Node(id, name, colour, share, interviews, codes, newX, newY);
        }
    }

    /** A link the analyst drew from one theme to another. */
    public record Arrow(long id, long from, long to, String label) {
    }

    /** Two themes coded in the same passages, {@code passages} times. */
    public record Tie(long a, long b, int passages) {
    }

    /**
     * What the map shows.
     *
     * @param interviews the number of interviews (for the legend)
     * @param ties       co-occurrence edges to draw (empty when not shown)
     */
    public record Model(List<Node> nodes, List<Arrow> arrows, List<Tie> ties, int interviews, boolean showCodes,
                        boolean legend) {
        public Model {
            nodes = List.copyOf(nodes);
            arrows = List.copyOf(arrows);
            ties = List.copyOf(ties);
        }

        /** The same map with one theme moved (for live feedback while dragging). */
        public Model moved(long id, double x, double y) {
            List<Node> next = new ArrayList<>(nodes.size());
            for (Node n : nodes) {
                next.add(n.id() == id ? n.at(x, y) : n);
            }
            return new Model(next, arrows, ties, interviews, showCodes, legend);
        }
    }

    /** How far a node reaches from its centre, in points: half its width, above and below. */
    public record Extent(double halfWidth, double above, double below) {
    }

    private static final Color INK = new Color(0x222222);
    private static final Color ARROW = new Color(0x3a3a3a);
    private static final Color TIE = new Color(0x8c8c8c);
    private static final Color MUTED = new Color(0x555555);
    private static final Color HIGHLIGHT = new Color(0x1565C0);
    private static final double PAD = 3;
    private static final double HEAD_LENGTH = 7;
    private static final double HEAD_WIDTH = 5.5;
    /** Code names beside a theme wrap at this width (points). */
    private static final double SATELLITE_WRAP = 62;

    private final Model model;
    private final Long highlight;

    public ThematicMapFigure(Model model) {
        this(model, null);
    }

    /** @param highlight a theme to ring (the one chosen on screen), or null; exports pass null */
    public ThematicMapFigure(Model model, Long highlight) {
        this.model = model;
        this.highlight = highlight;
    }

    public Model model() {
        return model;
    }

    @Override
    public String name() {
        return "thematic-map";
    }

    // ---- sizes ------------------------------------------------------------------------------

    /** Sizes that depend on the plot and the number of themes, the same for measuring and painting. */
    private record Scale(double rMin, double rMax, double wrap, Font label, Font percent, Font linkLabel,
                         Font satellite, Font legend) {
        static Scale of(double plotWidth, double plotHeight, int count, boolean codes, FigureStyle style) {
            double cell = Math.sqrt(plotWidth * plotHeight / Math.max(count, 4));
            // with codes around them, the circles make way for their satellites
            double rMax = Math.max(8, Math.min(Math.min(0.2 * cell, 0.1 * plotHeight), 48)) * (codes ? 0.7 : 1);
            double rMin = Math.max(4.5, 0.36 * rMax);
            double wrap = Math.max(55, Math.min(0.6 * cell, 100));
            return new Scale(rMin, rMax, wrap, style.font(Font.PLAIN, 0.95), style.font(Font.BOLD, 0.8),
                    style.font(Font.ITALIC, 0.8), style.font(Font.PLAIN, 0.7), style.font(Font.PLAIN, 0.75));
        }

        double radius(double share) {
            double s = Math.max(0, Math.min(1, share));
            return Math.sqrt(rMin * rMin + (rMax * rMax - rMin * rMin) * s); // area grows with the share
        }
    }

    private Scale scale(Rectangle2D plot, FigureStyle style) {
        return Scale.of(plot.getWidth(), plot.getHeight(), model.nodes().size(), model.showCodes(), style);
    }

    /** The part of {@code bounds} the nodes are placed in (the legend takes a strip at the bottom). */
    public Rectangle2D plot(Rectangle2D bounds, FigureStyle style) {
        double legend = model.legend() && !model.nodes().isEmpty() ? legendHeight(bounds.getWidth(), style) : 0;
        return new Rectangle2D.Double(bounds.getX() + PAD, bounds.getY() + PAD, Math.max(1, bounds.getWidth() - 2 * PAD),
                Math.max(1, bounds.getHeight() - 2 * PAD - legend));
    }

    /** How far each node reaches from its centre when the figure is painted into {@code bounds}. */
    public Map<Long, Extent> extents(Rectangle2D bounds, FigureStyle style) {
        Rectangle2D plot = plot(bounds, style);
        Scale scale = scale(plot, style);
        Map<Long, Extent> out = new LinkedHashMap<>();
        for (Node node : model.nodes()) {
            out.put(node.id(), shape(node, scale).extent());
        }
        return out;
    }

    /**
     * The clear space each link needs between its two themes, in points: its label, its
     * arrowhead and a little air (by link id).
     */
    public Map<Long, Double> linkRoom(Rectangle2D bounds, FigureStyle style) {
        Rectangle2D plot = plot(bounds, style);
        Scale scale = scale(plot, style);
        Map<Long, Double> out = new LinkedHashMap<>();
        for (Arrow a : model.arrows()) {
            String text = a.label() == null ? "" : a.label().strip();
            double label = text.isEmpty() ? 0 : TextMeasure.width(scale.linkLabel(), text) + 6;
            out.put(a.id(), label + HEAD_LENGTH + 2 * PAD + 8);
        }
        return out;
    }

    /** A node's parts relative to its centre. */
    private record NodeShape(double r, List<String> lines, double labelWidth, double labelHeight,
                             List<SatelliteShape> satellites) {
        Extent extent() {
            double half = Math.max(r, labelWidth / 2 + 2);
            double above = r;
            double below = r + 2 + labelHeight;
            for (SatelliteShape s : satellites) {
                half = Math.max(half, Math.max(Math.abs(s.label.getMinX()), Math.abs(s.label.getMaxX())));
                half = Math.max(half, Math.abs(s.dx) + s.r);
                above = Math.max(above, Math.max(-s.label.getMinY(), -(s.dy - s.r)));
                below = Math.max(below, s.label.getMaxY());
            }
            return new Extent(half, above, below);
        }
    }

    /** A satellite relative to its theme's centre: the dot and its label's box. */
    public record SatelliteShape(Satellite code, double dx, double dy, double r, Rectangle2D label, List<String> lines,
                                 List<double[]> baselines) {
    }

    private NodeShape shape(Node node, Scale scale) {
        double r = scale.radius(node.share());
        List<String> lines = wrap(scale.label(), node.name(), scale.wrap());
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, TextMeasure.width(scale.label(), line));
        }
        double height = lines.size() * TextMeasure.lineHeight(scale.label());
        List<SatelliteShape> satellites = model.showCodes() ? satellites(node, r, scale) : List.of();
        return new NodeShape(r, lines, width, height, satellites);
    }

    /** At most three lines; a name longer than that ends with an ellipsis. */
    private static List<String> wrap(Font font, String text, double width) {
        List<String> lines = new ArrayList<>(TextMeasure.wrap(font, text, width));
        if (lines.size() > 3) {
            String third = lines.get(2);
            lines.subList(2, lines.size()).clear();
            lines.add(third + "…");
        }
        return lines;
    }

    /**
     * The codes of a theme around the upper part of its circle (its name is below), spread
     * evenly from the left to the right; each label sits outside its dot.
     */
    private static List<SatelliteShape> satellites(Node node, double r, Scale scale) {
        List<Satellite> codes = node.codes();
        if (codes.isEmpty()) {
            return List.of();
        }
        int most = codes.stream().mapToInt(Satellite::codings).max().orElse(1);
        double orbit = r + 8;
        Font font = scale.satellite();
        double ascent = TextMeasure.ascent(font);
        double lineHeight = TextMeasure.lineHeight(font);
        List<SatelliteShape> out = new ArrayList<>();
        int n = codes.size();
        for (int i = 0; i < n; i++) {
            Satellite s = codes.get(i);
            // from 115 degrees left of the top to 115 degrees right of it (screen y points down)
            double spread = Math.toRadians(n == 1 ? 0 : -115 + 230.0 * i / (n - 1));
            double dx = orbit * StrictMath.sin(spread);
            double dy = -orbit * StrictMath.cos(spread);
            double dotR = 2 + 2.2 * Math.sqrt(most == 0 ? 0 : (double) s.codings() / most);
            List<String> lines = TextMeasure.wrap(font, s.name(), SATELLITE_WRAP);
            double w = 0;
            for (String line : lines) {
                w = Math.max(w, TextMeasure.width(font, line));
            }
            double h = lines.size() * lineHeight;
            double left;
            double top;
            boolean alignRight = false;
            boolean centre = false;
            if (dx < -orbit * 0.3) {
                left = dx - dotR - 2 - w;
                top = dy - h / 2;
                alignRight = true;
            } else if (dx > orbit * 0.3) {
                left = dx + dotR + 2;
                top = dy - h / 2;
            } else {
                left = dx - w / 2;
                top = dy - dotR - 1 - h;
                centre = true;
            }
            Rectangle2D label = new Rectangle2D.Double(left, top, w, h);
            List<double[]> baselines = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                double lw = TextMeasure.width(font, lines.get(k));
                double lx = alignRight ? left + w - lw : centre ? left + (w - lw) / 2 : left;
                baselines.add(new double[] {lx, top + ascent + k * lineHeight});
            }
            out.add(new SatelliteShape(s, dx, dy, dotR, label, lines, baselines));
        }
        return out;
    }

    // ---- geometry ---------------------------------------------------------------------------

    /** A node where it is painted. */
    public record PlacedNode(Node node, int index, double cx, double cy, double r, List<String> lines,
                             Rectangle2D label, Rectangle2D box, List<SatelliteShape> satellites) {
        /** How far the node's circle reaches with its ring of code dots: arrows stop outside it. */
        public double reach() {
            double out = r;
            for (SatelliteShape s : satellites) {
                out = Math.max(out, Math.sqrt(s.dx() * s.dx() + s.dy() * s.dy()) + s.r() + 1);
            }
            return out;
        }

        boolean covers(double x, double y, double pad) {
            double dx = x - cx;
            double dy = y - cy;
            double radius = reach();
            if (dx * dx + dy * dy <= (radius + pad) * (radius + pad)) {
                return true;
            }
            return x >= label.getMinX() - pad && x <= label.getMaxX() + pad && y >= label.getMinY() - pad
                    && y <= label.getMaxY() + pad;
        }

        boolean overlaps(Rectangle2D rect) {
            double nx = Math.max(rect.getMinX(), Math.min(cx, rect.getMaxX()));
            double ny = Math.max(rect.getMinY(), Math.min(cy, rect.getMaxY()));
            double dx = nx - cx;
            double dy = ny - cy;
            double radius = reach();
            return dx * dx + dy * dy < (radius + 1) * (radius + 1) || rect.intersects(label);
        }
    }

    /** An arrow where it is painted: its line (ending at the arrowhead's base), head and label. */
    public record PlacedArrow(Arrow arrow, List<Point2D> line, Shape head, Rectangle2D labelBox, String label) {
    }

    /** A co-occurrence line where it is painted. */
    public record PlacedTie(Tie tie, List<Point2D> line, double width) {
    }

    /** Where everything is for one size: for painting, and for finding what the mouse is over. */
    public final class Geometry {
        private final Rectangle2D plot;
        private final Map<Long, PlacedNode> nodes;
        private final List<PlacedArrow> arrows;
        private final List<PlacedTie> ties;

        private Geometry(Rectangle2D plot, Map<Long, PlacedNode> nodes, List<PlacedArrow> arrows, List<PlacedTie> ties) {
            this.plot = plot;
            this.nodes = nodes;
            this.arrows = arrows;
            this.ties = ties;
        }

        public Rectangle2D plot() {
            return plot;
        }

        public Map<Long, PlacedNode> nodes() {
            return nodes;
        }

        public List<PlacedArrow> arrows() {
            return arrows;
        }

        public List<PlacedTie> ties() {
            return ties;
        }

        /** The theme under a point (its circle or its name), or null. */
        public Long nodeAt(double x, double y) {
            List<PlacedNode> all = new ArrayList<>(nodes.values());
            for (int i = all.size() - 1; i >= 0; i--) {
                if (all.get(i).covers(x, y, 1)) {
                    return all.get(i).node().id();
                }
            }
            return null;
        }

        /** The link under a point (near its line or on its label), or null. */
        public Arrow arrowAt(double x, double y) {
            for (int i = arrows.size() - 1; i >= 0; i--) {
                PlacedArrow a = arrows.get(i);
                if (a.labelBox() != null && a.labelBox().contains(x, y)) {
                    return a.arrow();
                }
            }
            Arrow best = null;
            double bestDistance = 4.5;
            for (PlacedArrow a : arrows) {
                for (int k = 1; k < a.line().size(); k++) {
                    double d = Line2D.ptSegDist(a.line().get(k - 1).getX(), a.line().get(k - 1).getY(),
                            a.line().get(k).getX(), a.line().get(k).getY(), x, y);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = a.arrow();
                    }
                }
            }
            return best;
        }

        /** Map coordinates (0..1 inside the plot) of a point; may fall outside 0..1. */
        public Point2D toMap(double x, double y) {
            return new Point2D.Double((x - plot.getX()) / plot.getWidth(), (y - plot.getY()) / plot.getHeight());
        }

        /** The map coordinates at which a node is drawn (after keeping it inside the plot). */
        public Point2D drawnAt(long id) {
            PlacedNode n = nodes.get(id);
            return n == null ? null : toMap(n.cx(), n.cy());
        }
    }

    public Geometry geometry(Rectangle2D bounds, FigureStyle style) {
        Rectangle2D plot = plot(bounds, style);
        Scale scale = scale(plot, style);
        Map<Long, PlacedNode> placed = new LinkedHashMap<>();
        int index = 0;
        for (Node node : model.nodes()) {
            NodeShape shape = shape(node, scale);
            Extent e = shape.extent();
            double cx = plot.getX() + node.x() * plot.getWidth();
            double cy = plot.getY() + node.y() * plot.getHeight();
            cx = within(cx, plot.getMinX() + e.halfWidth(), plot.getMaxX() - e.halfWidth());
            cy = within(cy, plot.getMinY() + e.above(), plot.getMaxY() - e.below());
            Rectangle2D label = new Rectangle2D.Double(cx - shape.labelWidth() / 2, cy + shape.r() + 2,
                    shape.labelWidth(), shape.labelHeight());
            Rectangle2D box = new Rectangle2D.Double(cx - e.halfWidth(), cy - e.above(), 2 * e.halfWidth(),
                    e.above() + e.below());
            placed.put(node.id(), new PlacedNode(node, index++, cx, cy, shape.r(), shape.lines(), label, box,
                    shape.satellites()));
        }
        List<PlacedTie> ties = placeTies(placed);
        List<PlacedArrow> arrows = placeArrows(placed, scale, plot);
        return new Geometry(plot, placed, arrows, ties);
    }

    private static double within(double v, double min, double max) {
        return min > max ? (min + max) / 2 : Math.max(min, Math.min(max, v));
    }

    /**
     * Co-occurrence lines bend gently, so one that joins the same two themes as an arrow runs
     * beside it rather than on it (more so then); they start and end at the circles.
     */
    private List<PlacedTie> placeTies(Map<Long, PlacedNode> placed) {
        int most = model.ties().stream().mapToInt(Tie::passages).max().orElse(1);
        List<PlacedTie> out = new ArrayList<>();
        for (Tie t : model.ties()) {
            PlacedNode a = placed.get(t.a());
            PlacedNode b = placed.get(t.b());
            if (a == null || b == null) {
                continue;
            }
            boolean linked = model.arrows().stream().anyMatch(l -> (l.from() == t.a() && l.to() == t.b())
                    || (l.from() == t.b() && l.to() == t.a()));
            Curve curve = new Curve(a.cx(), a.cy(), b.cx(), b.cy(), linked ? 0.22 : 0.08);
            double t0 = curve.leaveCircle(a, 1.5);
            double t1 = curve.reachCircle(b, 1.5);
            if (t1 - t0 < 0.02) {
                continue;
            }
            List<Point2D> line = new ArrayList<>();
            for (int k = 0; k <= 24; k++) {
                line.add(curve.at(t0 + (t1 - t0) * k / 24));
            }
            out.add(new PlacedTie(t, line, 0.7 + 2.8 * Math.sqrt((double) t.passages() / most)));
        }
        return out;
    }

    /** An arrow's line and head, before its label is placed. */
    private record Drawn(Arrow arrow, List<Point2D> line, Shape head, Curve curve, double t0, double t1) {
    }

    private List<PlacedArrow> placeArrows(Map<Long, PlacedNode> placed, Scale scale, Rectangle2D plot) {
        List<PlacedArrow> out = new ArrayList<>();
        List<Drawn> drawn = new ArrayList<>();
        List<Rectangle2D> taken = new ArrayList<>();
        for (PlacedNode n : placed.values()) {
            taken.add(n.label());
            for (SatelliteShape sat : n.satellites()) { // code names too: a link label must not hide them
                taken.add(new Rectangle2D.Double(n.cx() + sat.label().getX(), n.cy() + sat.label().getY(),
                        sat.label().getWidth(), sat.label().getHeight()));
            }
        }
        for (Arrow arrow : model.arrows()) {
            PlacedNode from = placed.get(arrow.from());
            PlacedNode to = placed.get(arrow.to());
            if (from == null || to == null || from == to) {
                continue;
            }
            boolean twoWay = model.arrows().stream().anyMatch(o -> o.from() == arrow.to() && o.to() == arrow.from());
            Curve curve = new Curve(from.cx(), from.cy(), to.cx(), to.cy(), twoWay ? 0.18 : 0);
            // leave the source's circle and name, arrive at the edge of the target's
            double t0 = curve.leave(from, PAD);
            double t1 = curve.reach(to, PAD + 0.5);
            if (t1 - t0 < 0.02) {
                continue; // the nodes touch: no room for an arrow
            }
            Point2D tip = curve.at(t1);
            Point2D before = curve.at(Math.max(t0, t1 - 0.01));
            double angle = StrictMath.atan2(tip.getY() - before.getY(), tip.getX() - before.getX());
            double headLength = Math.min(HEAD_LENGTH, curve.length() * (t1 - t0) * 0.6);
            // the line stops at the head's base, so its end does not poke through the tip
            double tBase = t1 - headLength / Math.max(1e-9, curve.length());
            List<Point2D> line = new ArrayList<>();
            int steps = twoWay ? 24 : 1;
            for (int k = 0; k <= steps; k++) {
                line.add(curve.at(t0 + (tBase - t0) * k / steps));
            }
            Shape head = head(tip, angle, headLength);
            taken.add(head.getBounds2D()); // no label may hide an arrowhead
            drawn.add(new Drawn(arrow, line, head, curve, t0, t1));
        }
        // labels last, once every arrowhead is known
        for (Drawn d : drawn) {
            String text = d.arrow().label() == null ? "" : d.arrow().label().strip();
            Rectangle2D labelBox = null;
            if (!text.isEmpty()) {
                labelBox = placeLabel(d.curve(), d.t0(), d.t1(), text, scale.linkLabel(), plot, placed, taken);
                taken.add(labelBox);
            }
            out.add(new PlacedArrow(d.arrow(), d.line(), d.head(), labelBox, text));
        }
        return out;
    }

    private static Shape head(Point2D tip, double angle, double length) {
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        double bx = tip.getX() - cos * length;
        double by = tip.getY() - sin * length;
        double half = HEAD_WIDTH / 2 * length / HEAD_LENGTH;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(tip.getX(), tip.getY());
        p.lineTo(bx - sin * half, by + cos * half);
        p.lineTo(bx + sin * half, by - cos * half);
        p.closePath();
        return p;
    }

    /**
     * Puts a link's label on its arrow, at the middle if it is free there, else at the first
     * place along the arrow (then beside it) where it covers no node and no other label.
     */
    private static Rectangle2D placeLabel(Curve curve, double t0, double t1, String text, Font font, Rectangle2D plot,
                                          Map<Long, PlacedNode> placed, List<Rectangle2D> taken) {
        double w = TextMeasure.width(font, text) + 6;
        double h = TextMeasure.lineHeight(font) + 2;
        double[] along = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};
        double[] aside = {0, 1, -1, 2, -2};
        Rectangle2D first = null;
        for (double side : aside) {
            for (double f : along) {
                double t = t0 + (t1 - t0) * f;
                Point2D p = curve.at(t);
                Point2D n = curve.normal(t);
                double off = side * (Math.abs(n.getX()) * w / 2 + Math.abs(n.getY()) * h / 2 + 2);
                double cx = p.getX() + n.getX() * off;
                double cy = p.getY() + n.getY() * off;
                Rectangle2D box = new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
                if (first == null) {
                    first = box;
                }
                if (free(box, plot, placed, taken)) {
                    return box;
                }
            }
        }
        return first;
    }

    private static boolean free(Rectangle2D box, Rectangle2D plot, Map<Long, PlacedNode> placed,
                                List<Rectangle2D> taken) {
        if (!plot.contains(box)) {
            return false;
        }
        for (PlacedNode n : placed.values()) {
            if (n.overlaps(box)) {
                return false;
            }
        }
        for (Rectangle2D r : taken) {
            if (r.intersects(box)) {
                return false;
            }
        }
        return true;
    }

    /** A straight line, or a gentle curve (for two links between the same themes, one each way). */
    private static final class Curve {
        final double x0;
        final double y0;
        final double x1;
        final double y1;
        final double cx;
        final double cy;

        Curve(double x0, double y0, double x1, double y1, double bend) {
            this.x0 = x0;
            this.y0 = y0;
            this.x1 = x1;
            this.y1 = y1;
            // the control point sits to the left of the direction of travel, so the two arrows
            // of a pair bend apart
            double mx = (x0 + x1) / 2;
            double my = (y0 + y1) / 2;
            this.cx = mx + (y1 - y0) * bend;
            this.cy = my - (x1 - x0) * bend;
        }

        Point2D at(double t) {
            double u = 1 - t;
            return new Point2D.Double(u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1);
        }

        Point2D normal(double t) {
            double dx = 2 * (1 - t) * (cx - x0) + 2 * t * (x1 - cx);
            double dy = 2 * (1 - t) * (cy - y0) + 2 * t * (y1 - cy);
            double d = Math.sqrt(dx * dx + dy * dy);
            return d < 1e-12 ? new Point2D.Double(0, -1) : new Point2D.Double(-dy / d, dx / d);
        }

        double length() {
            double len = 0;
            Point2D prev = at(0);
            for (int k = 1; k <= 16; k++) {
                Point2D p = at(k / 16.0);
                len += prev.distance(p);
                prev = p;
            }
            return len;
        }

        /** The first t at which the curve has left the node's circle. */
        double leaveCircle(PlacedNode n, double pad) {
            return bisect(t -> inCircle(n, t, pad), true);
        }

        /** The last t before the curve enters the node's circle. */
        double reachCircle(PlacedNode n, double pad) {
            return bisect(t -> inCircle(n, t, pad), false);
        }

        private boolean inCircle(PlacedNode n, double t, double pad) {
            Point2D p = at(t);
            double dx = p.getX() - n.cx();
            double dy = p.getY() - n.cy();
            return dx * dx + dy * dy <= (n.reach() + pad) * (n.reach() + pad);
        }

        /**
         * Where the curve crosses the edge of a region it starts in ({@code fromStart}) or ends
         * in: the first t outside it, or the last t before it.
         */
        private double bisect(java.util.function.DoublePredicate inside, boolean fromStart) {
            double in = fromStart ? 0 : 1;
            double out = -1;
            for (int k = 1; k <= 64; k++) {
                double t = fromStart ? k / 64.0 : 1 - k / 64.0;
                if (!inside.test(t)) {
                    out = t;
                    break;
                }
                in = t;
            }
            if (out < 0) {
                return fromStart ? 1 : 0;
            }
            for (int k = 0; k < 20; k++) {
                double mid = (in + out) / 2;
                if (inside.test(mid)) {
                    in = mid;
                } else {
                    out = mid;
                }
            }
            return out;
        }

        /** The first t at which the curve has left the node (circle and name, with a margin). */
        double leave(PlacedNode n, double pad) {
            return bisect(t -> covers(n, t, pad), true);
        }

        /** The last t before the curve enters the node (circle and name, with a margin). */
        double reach(PlacedNode n, double pad) {
            return bisect(t -> covers(n, t, pad), false);
        }

        private boolean covers(PlacedNode n, double t, double pad) {
            Point2D p = at(t);
            return n.covers(p.getX(), p.getY(), pad);
        }
    }

    // ---- painting ---------------------------------------------------------------------------

    @Override
    public void paint(Graphics2D g, Rectangle2D bounds, FigureStyle style) {
        if (model.nodes().isEmpty()) {
            Font font = style.font(Font.ITALIC, 1);
            String text = "No themes yet: group codes into themes to draw the map.";
            g.setFont(font);
            g.setColor(MUTED);
            g.drawString(text, (float) (bounds.getCenterX() - TextMeasure.width(font, text) / 2),
                    (float) bounds.getCenterY());
            return;
        }
        Geometry geo = geometry(bounds, style);
        Rectangle2D plot = geo.plot();
        Scale scale = scale(plot, style);
        int count = model.nodes().size();

        for (PlacedTie t : geo.ties()) {
            g.setColor(TIE);
            g.setStroke(new BasicStroke((float) t.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {4f, 3f}, 0));
            g.draw(polyline(t.line()));
        }
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        for (PlacedArrow a : geo.arrows()) {
            g.setColor(ARROW);
            g.draw(polyline(a.line()));
            g.fill(a.head());
        }
        for (PlacedNode n : geo.nodes().values()) {
            paintSatellites(g, n, scale, style);
        }
        for (PlacedNode n : geo.nodes().values()) {
            Color fill = style.colour(n.node().colour(), n.index(), count);
            Ellipse2D circle = new Ellipse2D.Double(n.cx() - n.r(), n.cy() - n.r(), 2 * n.r(), 2 * n.r());
            g.setColor(fill);
            g.fill(circle);
            g.setColor(fill.darker());
            g.setStroke(new BasicStroke(1f));
            g.draw(circle);
            if (highlight != null && highlight == n.node().id()) {
                g.setColor(HIGHLIGHT);
                g.setStroke(new BasicStroke(2.5f));
                g.draw(new Ellipse2D.Double(n.cx() - n.r() - 3.5, n.cy() - n.r() - 3.5, 2 * n.r() + 7,
                        2 * n.r() + 7));
            }
            String percent = Math.round(n.node().share() * 100) + "%";
            double pw = TextMeasure.width(scale.percent(), percent);
            if (pw <= 2 * n.r() - 4) {
                g.setFont(scale.percent());
                g.setColor(Palettes.textOn(fill));
                g.drawString(percent, (float) (n.cx() - pw / 2),
                        (float) (n.cy() + (TextMeasure.ascent(scale.percent()) - TextMeasure.descent(scale.percent())) / 2));
            }
            paintName(g, n, scale);
        }
        for (PlacedArrow a : geo.arrows()) {
            if (a.labelBox() != null) {
                Rectangle2D b = a.labelBox();
                g.setColor(new Color(255, 255, 255, 230));
                g.fill(new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 5, 5));
                g.setColor(INK);
                g.setFont(scale.linkLabel());
                double textWidth = TextMeasure.width(scale.linkLabel(), a.label());
                double ascent = TextMeasure.ascent(scale.linkLabel());
                double descent = TextMeasure.descent(scale.linkLabel());
                g.drawString(a.label(), (float) (b.getCenterX() - textWidth / 2),
                        (float) (b.getCenterY() + (ascent - descent) / 2));
            }
        }
        if (model.legend()) {
            paintLegend(g, bounds, plot, scale, style);
        }
    }

    private static Shape polyline(List<Point2D> points) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(points.get(0).getX(), points.get(0).getY());
        for (int k = 1; k < points.size(); k++) {
            p.lineTo(points.get(k).getX(), points.get(k).getY());
        }
        return p;
    }

    private static void paintName(Graphics2D g, PlacedNode n, Scale scale) {
        Rectangle2D l = n.label();
        g.setColor(new Color(255, 255, 255, 200));
        g.fill(new RoundRectangle2D.Double(l.getX() - 2, l.getY(), l.getWidth() + 4, l.getHeight(), 5, 5));
        g.setFont(scale.label());
        g.setColor(INK);
        double y = l.getY() + TextMeasure.ascent(scale.label());
        for (String line : n.lines()) {
            double w = TextMeasure.width(scale.label(), line);
            g.drawString(line, (float) (n.cx() - w / 2), (float) y);
            y += TextMeasure.lineHeight(scale.label());
        }
    }

    private void paintSatellites(Graphics2D g, PlacedNode n, Scale scale, FigureStyle style) {
        if (n.satellites().isEmpty()) {
            return;
        }
        for (SatelliteShape s : n.satellites()) {
            double len = Math.sqrt(s.dx() * s.dx() + s.dy() * s.dy());
            double ux = s.dx() / len;
            double uy = s.dy() / len;
            g.setColor(new Color(0xb0b0b0));
            g.setStroke(new BasicStroke(0.6f));
            g.draw(new Line2D.Double(n.cx() + ux * n.r(), n.cy() + uy * n.r(), n.cx() + s.dx() - ux * s.r(),
                    n.cy() + s.dy() - uy * s.r()));
        }
        int codeCount = Math.max(1, n.satellites().size());
        int i = 0;
        for (SatelliteShape s : n.satellites()) {
            Color c = style.colour(s.code().colour(), i++, codeCount);
            g.setColor(c);
            g.fill(new Ellipse2D.Double(n.cx() + s.dx() - s.r(), n.cy() + s.dy() - s.r(), 2 * s.r(), 2 * s.r()));
            g.setColor(c.darker());
            g.setStroke(new BasicStroke(0.5f));
            g.draw(new Ellipse2D.Double(n.cx() + s.dx() - s.r(), n.cy() + s.dy() - s.r(), 2 * s.r(), 2 * s.r()));
            g.setFont(scale.satellite());
            g.setColor(MUTED);
            for (int k = 0; k < s.lines().size(); k++) {
                g.drawString(s.lines().get(k), (float) (n.cx() + s.baselines().get(k)[0]),
                        (float) (n.cy() + s.baselines().get(k)[1]));
            }
        }
    }

    // ---- legend -----------------------------------------------------------------------------

    private List<String> legendItems() {
        List<String> items = new ArrayList<>();
        items.add("circle area: share of the " + model.interviews() + " interview" + (model.interviews() == 1 ? "" : "s")
                + " in which the theme is coded");
        if (!model.arrows().isEmpty()) {
            items.add("arrow: link drawn by the analyst");
        }
        if (!model.ties().isEmpty()) {
            items.add("dashed: coded in the same passages (wider: more often)");
        }
        return items;
    }

    private static final double GLYPH = 16;

    private double legendHeight(double width, FigureStyle style) {
        Font font = style.font(Font.PLAIN, 0.75);
        return legendRows(width, font).size() * (TextMeasure.lineHeight(font) + 1) + 4;
    }

    /** The legend's items in rows that fit the width. */
    private List<List<String>> legendRows(double width, Font font) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        double used = 0;
        for (String item : legendItems()) {
            double w = GLYPH + 4 + TextMeasure.width(font, item) + 14;
            if (!row.isEmpty() && used + w > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(item);
            used += w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private void paintLegend(Graphics2D g, Rectangle2D bounds, Rectangle2D plot, Scale scale, FigureStyle style) {
        Font font = scale.legend();
        double lineHeight = TextMeasure.lineHeight(font) + 1;
        double ascent = TextMeasure.ascent(font);
        double y = plot.getMaxY() + PAD + 4;
        for (List<String> row : legendRows(bounds.getWidth(), font)) {
            double x = bounds.getX() + PAD;
            double mid = y + lineHeight / 2 - 1;
            for (String item : row) {
                g.setColor(MUTED);
                if (item.startsWith("circle")) {
                    g.setStroke(new BasicStroke(0.8f));
                    g.draw(new Ellipse2D.Double(x + 2, mid - 3.5, 7, 7));
                    g.draw(new Ellipse2D.Double(x + 10, mid - 2.5, 5, 5));
                } else if (item.startsWith("arrow")) {
                    g.setColor(ARROW);
                    g.setStroke(new BasicStroke(1.2f));
                    g.draw(new Line2D.Double(x, mid, x + GLYPH - 5, mid));
                    g.fill(head(new Point2D.Double(x + GLYPH, mid), 0, 5.5));
                } else {
                    g.setColor(TIE);
                    g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                            new float[] {4f, 3f}, 0));
                    g.draw(new Line2D.Double(x, mid, x + GLYPH, mid));
                }
                x += GLYPH + 4;
                g.setFont(font);
                g.setColor(MUTED);
                g.drawString(item, (float) x, (float) (y + ascent));
                x += TextMeasure.width(font, item) + 14;
            }
            y += lineHeight;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ThematicMapFigure[%d themes, %d links, %d ties]", model.nodes().size(),
                model.arrows().size(), model.ties().size());
    }
}
