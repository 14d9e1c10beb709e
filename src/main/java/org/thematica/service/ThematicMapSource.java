package org.thematica.service;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.Corpus.CodeInfo;
import org.thematica.analysis.Corpus.Link;
import org.thematica.analysis.Corpus.ThemeInfo;
import org.thematica.analysis.MapLayout;
import org.thematica.analysis.ThemeCooccurrence;
import org.thematica.analysis.ThemePresence;
import org.thematica.figure.Figure;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.FigureStyle;
import org.thematica.figure.Framed;
import org.thematica.figure.ThematicMapFigure;
import org.thematica.figure.ThematicMapFigure.Arrow;
import org.thematica.figure.ThematicMapFigure.Extent;
import org.thematica.figure.ThematicMapFigure.Model;
import org.thematica.figure.ThematicMapFigure.Node;
import org.thematica.figure.ThematicMapFigure.Satellite;
import org.thematica.figure.ThematicMapFigure.Tie;
import org.thematica.model.MapPosition;

/**
 * The thematic map as a figure: themes sized by their share of interviews, the analyst's links,
 * optionally the codes and the co-occurrence of themes. Saved positions are used as they are;
 * themes without one are placed by {@link MapLayout} around them, for the figure's saved size.
 *
 * <p>{@link #model} is pure (no project access), so the window computes it on the analysis
 * thread from positions it read on the project thread.
 */
public final class ThematicMapSource implements FigureSource {
    public static final String NAME = "thematic-map";
    /** Option: draw each theme's codes as satellites ("true"/"false"). */
    public static final String SHOW_CODES = "show-codes";
    /** Option: draw co-occurrence edges ("true"/"false"). */
    public static final String SHOW_COOCCURRENCE = "show-cooccurrence";
    /**
     * Option: the fewest shared passages for which a co-occurrence line is drawn; absent or
     * "auto": half the most frequent pair's count, rounded up (at least 1).
     */
    public static final String COOCCURRENCE_MIN = "cooccurrence-min";
    /** Option: draw the legend under the map ("true"/"false"). */
    public static final String SHOW_LEGEND = "legend";

    /**
     * By default co-occurrence lines are drawn for pairs coded together at least this share of
     * the most frequent pair's count (and at least once), so the map shows the strong ties, not
     * a mesh of single overlaps.
     */
    static final double TIE_THRESHOLD = 0.5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Thematic map";
    }

    /** 16 × 12 cm: a map needs more height than a bar chart. */
    @Override
    public FigureSettings defaults() {
        FigureSettings d = FigureSettings.defaults(NAME);
        return d.withLook(d.palette(), d.title(), d.caption(), d.widthPt(), 340, d.dpi());
    }

    @Override
    public Figure build(Project project, Corpus corpus, FigureSettings settings) {
        return new ThematicMapFigure(model(corpus, project.map().positions(), settings));
    }

    public static boolean showCodes(FigureSettings settings) {
        return Boolean.parseBoolean(settings.option(SHOW_CODES, "false"));
    }

    public static boolean showCooccurrence(FigureSettings settings) {
        return Boolean.parseBoolean(settings.option(SHOW_COOCCURRENCE, "false"));
    }

    public static boolean showLegend(FigureSettings settings) {
        return Boolean.parseBoolean(settings.option(SHOW_LEGEND, "true"));
    }

    /** The map to draw: saved positions where there are some, automatic ones elsewhere. */
    public static Model model(Corpus corpus, Map<Long, MapPosition> saved, FigureSettings settings) {
        Model unplaced = unplaced(corpus, settings);
        Map<Long, MapLayout.Point> fixed = new HashMap<>();
        for (Node n : unplaced.nodes()) {
            MapPosition p = saved.get(n.id());
            if (p != null) {
                fixed.put(n.id(), new MapLayout.Point(p.x(), p.y()));
            }
        }
        Map<Long, MapLayout.Point> at = fixed.size() == unplaced.nodes().size() ? fixed
                : layout(unplaced, corpus, fixed, settings);
        return place(unplaced, at);
    }

    /** Every theme placed automatically, ignoring saved positions: what "Arrange automatically" saves. */
    public static List<MapPosition> arrangement(Corpus corpus, FigureSettings settings) {
        Model unplaced = unplaced(corpus, settings);
        List<MapPosition> out = new ArrayList<>();
        layout(unplaced, corpus, Map.of(), settings).forEach((id, p) -> out.add(new MapPosition(id, p.x(), p.y())));
        out.sort(Comparator.comparingLong(MapPosition::themeId));
        return out;
    }

    /** The map's content with every theme in the middle (positions come next). */
    static Model unplaced(Corpus corpus, FigureSettings settings) {
        ThemePresence.Result presence = ThemePresence.compute(corpus);
        boolean codes = showCodes(settings);
        List<Node> nodes = new ArrayList<>();
        for (ThemeInfo t : corpus.themes()) {
            List<Satellite> satellites = new ArrayList<>();
            if (codes) {
                Arrays.stream(t.codeIds()).mapToObj(corpus::code).filter(java.util.Objects::nonNull)
                        .sorted(Comparator.comparing(CodeInfo::name, String.CASE_INSENSITIVE_ORDER)
                                .thenComparingLong(CodeInfo::id))
                        .forEach(c -> satellites.add(new Satellite(c.id(), c.name(), c.colour(),
                                presence.codeCodings().getOrDefault(c.id(), 0))));
            }
            ThemePresence.Reach reach = presence.of(t.id());
            nodes.add(new Node(t.id(), t.name(), t.colour(), reach.share(), reach.interviews(), satellites, 0.5, 0.5));
        }
        List<Arrow> arrows = new ArrayList<>();
        for (Link l : corpus.links()) {
            if (corpus.theme(l.fromThemeId()) != null && corpus.theme(l.toThemeId()) != null) {
                arrows.add(new Arrow(l.id(), l.fromThemeId(), l.toThemeId(), l.label()));
            }
        }
        List<Tie> ties = new ArrayList<>();
        if (showCooccurrence(settings)) {
            List<ThemeCooccurrence.Tie> all = ThemeCooccurrence.compute(corpus);
            int most = all.stream().mapToInt(ThemeCooccurrence.Tie::passages).max().orElse(0);
            double least = Math.max(1, Math.ceil(most * TIE_THRESHOLD));
            String min = settings.option(COOCCURRENCE_MIN, "auto").strip();
            if (min.matches("\\d+")) {
                least = Math.max(1, Integer.parseInt(min));
            }
            for (ThemeCooccurrence.Tie t : all) {
                if (t.passages() >= least) {
                    ties.add(new Tie(t.a(), t.b(), t.passages()));
                }
            }
        }
        return new Model(nodes, arrows, ties, presence.interviews(), codes, showLegend(settings));
    }

    private static Model place(Model unplaced, Map<Long, MapLayout.Point> at) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : unplaced.nodes()) {
            MapLayout.Point p = at.getOrDefault(n.id(), new MapLayout.Point(0.5, 0.5));
            nodes.add(n.at(p.x(), p.y()));
        }
        return new Model(nodes, unplaced.arrows(), unplaced.ties(), unplaced.interviews(), unplaced.showCodes(),
                unplaced.legend());
    }

    /** What the layout works on: node extents and link room in units of the plot's height, and its aspect. */
    record LayoutInput(List<MapLayout.Node> nodes, List<MapLayout.Edge> edges, double aspect) {
    }

    /** Measures the map for the figure's saved size, in units of the plot's height. */
    static LayoutInput layoutInput(Model unplaced, FigureSettings settings) {
        ThematicMapFigure figure = new ThematicMapFigure(unplaced);
        FigureStyle style = settings.style();
        Rectangle2D bounds = figureArea(figure, settings);
        Rectangle2D plot = figure.plot(bounds, style);
        double h = plot.getHeight();
        Map<Long, Extent> extents = figure.extents(bounds, style);
        List<MapLayout.Node> nodes = new ArrayList<>();
        for (Node n : unplaced.nodes()) {
            Extent e = extents.get(n.id());
            nodes.add(new MapLayout.Node(n.id(), e.halfWidth() / h, e.above() / h, e.below() / h, n.share()));
        }
        Map<Long, Double> room = figure.linkRoom(bounds, style);
        List<MapLayout.Edge> edges = new ArrayList<>();
        for (Arrow a : unplaced.arrows()) {
            edges.add(new MapLayout.Edge(a.from(), a.to(), room.getOrDefault(a.id(), 0.0) / h));
        }
        return new LayoutInput(nodes, edges, plot.getWidth() / h);
    }

    private static Map<Long, MapLayout.Point> layout(Model unplaced, Corpus corpus, Map<Long, MapLayout.Point> fixed,
                                                     FigureSettings settings) {
        LayoutInput input = layoutInput(unplaced, settings);
        return MapLayout.arrange(input.nodes(), input.edges(), fixed, input.aspect());
    }

    /** Where {@link Framed} puts the figure on a page of the saved size (inside title and caption). */
    static Rectangle2D figureArea(Figure figure, FigureSettings settings) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            Figure nothing = new Figure() {
                @Override
                public String name() {
                    return figure.name();
                }

                @Override
                public void paint(Graphics2D g2, Rectangle2D b, FigureStyle s) {
                }
            };
            return Framed.paint(nothing, g, settings.widthPt(), settings.heightPt(), settings.style());
        } finally {
            g.dispose();
        }
    }

    /** A map from theme id to name, for labels in the window. */
    public static Map<Long, String> themeNames(Corpus corpus) {
        Map<Long, String> out = new LinkedHashMap<>();
        corpus.themes().forEach(t -> out.put(t.id(), t.name()));
        return out;
    }
}
