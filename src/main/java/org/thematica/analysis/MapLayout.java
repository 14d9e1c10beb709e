package org.thematica.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the themes of a thematic map with a force-directed layout: every node pushes every
 * other away, links pull their two themes together (as far as their labels allow), a gentle
 * pull towards the middle keeps the map together, and a node that a link runs over is pushed
 * off it. The most central theme (the one the others reach over the fewest links, then the most
 * widely coded) is put in the middle. Then, in order: free themes swap places where that
 * uncrosses links, a short second run settles them, the map is centred and stretched to fill
 * the frame, and any nodes that still overlap are pushed apart.
 *
 * <p>Deterministic: the same nodes, links and frame give the same positions on every run and
 * machine. Nodes are handled in id order; each starts at a place derived only from its own id
 * (a hash, not a random generator) and its centrality; the arithmetic is plain double
 * arithmetic with {@link StrictMath} for the trigonometry, so the JIT cannot change a result.
 * Because a node's start does not depend on the others, adding a theme moves the others only
 * as far as the forces make room for it (see MapLayoutTest for how far that is).
 *
 * <p>Coordinates: the frame is {@code aspect} wide and 1 high while laying out; the result is
 * scaled to 0..1 both ways (map coordinates), so the same map fits a figure of any size.
 */
public final class MapLayout {
    /**
     * A theme's node, its extent in frame units (the frame is 1 high): half its width, and how
     * far it reaches above and below its centre (a label under a circle reaches further down).
     *
     * @param weight how widely the theme is coded, 0..1 (its share of interviews); with the
     *               links it decides how central the theme is
     */
    public record Node(long id, double halfWidth, double above, double below, double weight) {
    }

    /**
     * A link between two themes (its direction does not matter for the layout).
     *
     * @param room the clear space the link needs between its two nodes, in frame units (for its
     *             label and arrowhead); 0 when it needs none
     */
    public record Edge(long from, long to, double room) {
        public Edge(long from, long to) {
            this(from, to, 0);
        }
    }

    /** A position in map coordinates (0..1 across, 0..1 down). */
    public record Point(double x, double y) {
    }

    /** Space kept between two nodes, in frame units. */
    static final double GAP = 0.025;
    private static final int FIRST_RUN = 500;
    private static final int SECOND_RUN = 200;
    private static final int SEPARATION_PASSES = 400;

    private MapLayout() {
    }

    /**
     * Lays out {@code nodes} in a frame of the given aspect (width / height). Nodes in
     * {@code fixed} (map coordinates) stay where they are; the others are placed around them
     * (and then the map is not re-centred or stretched: the analyst's placement stands).
     */
    public static Map<Long, Point> arrange(List<Node> nodes, List<Edge> edges, Map<Long, Point> fixed, double aspect) {
        Map<Long, Point> out = new LinkedHashMap<>();
        if (nodes.isEmpty()) {
            return out;
        }
        Run run = new Run(nodes, edges, fixed, aspect > 0 && Double.isFinite(aspect) ? aspect : 1.5);
        run.simulate(FIRST_RUN, 0.1);
        if (run.untangle()) {
            run.simulate(SECOND_RUN, 0.03);
        }
        if (fixed.isEmpty()) {
            run.fill();
        }
        run.spread();
        run.separate();
        for (int i = 0; i < run.n; i++) {
            Point saved = fixed.get(run.ns[i].id());
            out.put(run.ns[i].id(), saved != null ? saved : new Point(run.x[i] / run.w, run.y[i]));
        }
        return out;
    }

    /** One layout in progress: nodes in id order, their positions in frame units. */
    private static final class Run {
        final Node[] ns;
        final int n;
        final double w;
        final double[] x;
        final double[] y;
        final boolean[] pinned;
        final boolean[] movable; // may take part in swaps (not fixed, not the centre)
        final boolean[] saved; // placed by the analyst: never moves
        final List<int[]> links = new ArrayList<>();
        final boolean[][] linked;
        final double[][] room;
        final double[] importance;
        final double k;

        Run(List<Node> nodes, List<Edge> edges, Map<Long, Point> fixed, double w) {
            this.ns = nodes.stream().sorted(Comparator.comparingLong(Node::id)).toArray(Node[]::new);
            this.n = ns.length;
            this.w = w;
            this.x = new double[n];
            this.y = new double[n];
            this.pinned = new boolean[n];
            this.movable = new boolean[n];
            this.saved = new boolean[n];
            this.linked = new boolean[n][n];
            this.room = new double[n][n];
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                index.put(ns[i].id(), i);
            }
            for (Edge e : edges) {
                Integer a = index.get(e.from());
                Integer b = index.get(e.to());
                if (a == null || b == null || a.equals(b)) {
                    continue;
                }
                double r = Math.max(room[a][b], Math.max(0, e.room()));
                room[a][b] = r;
                room[b][a] = r;
                if (!linked[a][b]) {
                    linked[a][b] = true;
                    linked[b][a] = true;
                    links.add(new int[] {Math.min(a, b), Math.max(a, b)});
                }
            }
            links.sort(Comparator.<int[]>comparingInt(l -> l[0]).thenComparingInt(l -> l[1]));
            this.importance = importance(ns, linked);

            // the theme everything passes through goes in the middle, unless the analyst placed some
            int centre = 0;
            for (int i = 1; i < n; i++) {
                if (importance[i] > importance[centre]) {
                    centre = i;
                }
            }
            int hub = fixed.isEmpty() ? centre : -1;
            double[][] start = starts(centre);
            double covered = 0;
            for (int i = 0; i < n; i++) {
                Node node = ns[i];
                covered += (2 * node.halfWidth() + GAP) * (node.above() + node.below() + GAP);
                Point p = fixed.get(node.id());
                if (p != null) {
                    pinned[i] = true;
                    saved[i] = true;
                    x[i] = p.x() * w;
                    y[i] = p.y();
                } else if (i == hub) {
                    pinned[i] = true;
                    x[i] = w / 2;
                    y[i] = 0.5;
                } else {
                    movable[i] = true;
                    x[i] = w / 2 + start[i][1] * w * 0.5 * StrictMath.cos(start[i][0]);
                    y[i] = 0.5 + start[i][1] * 0.5 * StrictMath.sin(start[i][0]);
                }
                clamp(i);
            }
            // k: the clear space wanted between two linked nodes, from the room the nodes leave free
            double free = Math.max(0.05 * w, w - covered);
            this.k = Math.max(0.05, Math.min(0.35, 0.7 * Math.sqrt(free / n)));
        }

        /**
         * Where each node starts, as {angle, reach 0..1 from the middle}: in rings by the number
         * of links from the central theme, each first-ring theme in a direction from its own id's
         * hash, each further one near the theme it is reached through (so branches start
         * together and untangled). Nothing here depends on themes elsewhere in the map, so
         * adding a theme leaves the others' starts as they were.
         */
        private double[][] starts(int centre) {
            int[] depth = new int[n];
            int[] parent = new int[n];
            Arrays.fill(depth, -1);
            Arrays.fill(parent, -1);
            depth[centre] = 0;
            int[] queue = new int[n];
            int head = 0;
            int tail = 0;
            queue[tail++] = centre;
            int deepest = 0;
            while (head < tail) {
                int u = queue[head++];
                for (int v = 0; v < n; v++) {
                    if (linked[u][v] && depth[v] < 0) {
                        depth[v] = depth[u] + 1;
                        parent[v] = u;
                        deepest = Math.max(deepest, depth[v]);
                        queue[tail++] = v;
                    }
                }
            }
            double[][] out = new double[n][2];
            for (int k = 0; k < tail; k++) { // breadth-first: a parent's angle is known first
                int i = queue[k];
                double spread = unit(mix(ns[i].id()));
                if (depth[i] <= 1) {
                    out[i][0] = 2 * Math.PI * spread;
                } else {
                    out[i][0] = out[parent[i]][0] + (spread - 0.5) * 1.2 / depth[i];
                }
                out[i][1] = depth[i] == 0 ? 0 : 0.2 + 0.6 * depth[i] / Math.max(1, deepest);
            }
            for (int i = 0; i < n; i++) {
                if (depth[i] < 0) { // not linked to the centre: the outer ring
                    out[i][0] = 2 * Math.PI * unit(mix(ns[i].id()));
                    out[i][1] = 0.85;
                }
            }
            return out;
        }

        /** Moves the free nodes by the forces for {@code iterations} steps, cooling from {@code heat} × width. */
        void simulate(int iterations, double heat) {
            double gravity = 0.7 * k;
            double[] dx = new double[n];
            double[] dy = new double[n];
            for (int it = 0; it < iterations; it++) {
                double progress = (double) it / iterations;
                double temperature = heat * w * (1 - progress) * (1 - progress) + 0.001;
                Arrays.fill(dx, 0);
                Arrays.fill(dy, 0);
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        double ox = x[i] - x[j];
                        double oy = y[i] - y[j];
                        double d = Math.sqrt(ox * ox + oy * oy);
                        if (d < 1e-9) { // on top of each other: part them in a direction fixed by their ids
                            double angle = 2 * Math.PI * unit(mix(ns[i].id() * 31 + ns[j].id()));
                            ox = StrictMath.cos(angle) * 1e-6;
                            oy = StrictMath.sin(angle) * 1e-6;
                            d = 1e-6;
                        }
                        double clear = Math.max(clearance(ns[i], ns[j], ox, oy), 0.05 * k);
                        double force = k * k / clear;
                        push(dx, dy, i, j, ox / d * force, oy / d * force);
                    }
                }
                for (int[] l : links) {
                    int i = l[0];
                    int j = l[1];
                    double ox = x[i] - x[j];
                    double oy = y[i] - y[j];
                    double d = Math.sqrt(ox * ox + oy * oy);
                    if (d < 1e-9) {
                        continue;
                    }
                    // a link pulls until its nodes are k apart, or as far apart as its label needs
                    double clear = clearance(ns[i], ns[j], ox, oy) - Math.max(0, room[i][j] - k);
                    double force = clear > 0 ? clear * clear / k : 4 * clear;
                    push(dx, dy, i, j, -ox / d * force, -oy / d * force);
                }
                if (progress > 0.3) {
                    keepOffLinks(dx, dy);
                }
                for (int i = 0; i < n; i++) {
                    // towards the middle, measured across the frame's ellipse so both directions fill alike
                    double pull = gravity * (0.5 + 0.8 * importance[i]);
                    dx[i] -= (x[i] - w / 2) / (w / 2) * pull;
                    dy[i] -= (y[i] - 0.5) / 0.5 * pull;
                }
                for (int i = 0; i < n; i++) {
                    if (pinned[i]) {
                        continue;
                    }
                    double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                    if (len > 1e-12) {
                        double step = Math.min(len, temperature);
                        x[i] += dx[i] / len * step;
                        y[i] += dy[i] / len * step;
                    }
                    clamp(i);
                }
            }
        }

        private static void push(double[] dx, double[] dy, int i, int j, double fx, double fy) {
            dx[i] += fx;
            dy[i] += fy;
            dx[j] -= fx;
            dy[j] -= fy;
        }

        /**
         * A node that a link passes over (or nearly) is pushed off the link, and the link's ends
         * the other way, so no arrow runs under a theme it does not connect.
         */
        private void keepOffLinks(double[] dx, double[] dy) {
            for (int[] l : links) {
                int a = l[0];
                int b = l[1];
                double ex = x[b] - x[a];
                double ey = y[b] - y[a];
                double len2 = ex * ex + ey * ey;
                if (len2 < 1e-12) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    if (i == a || i == b) {
                        continue;
                    }
                    double t = ((x[i] - x[a]) * ex + (y[i] - y[a]) * ey) / len2;
                    if (t <= 0.02 || t >= 0.98) {
                        continue;
                    }
                    double ox = x[i] - (x[a] + t * ex);
                    double oy = y[i] - (y[a] + t * ey);
                    double d = Math.sqrt(ox * ox + oy * oy);
                    double wanted = Math.max(ns[i].halfWidth(), (ns[i].above() + ns[i].below()) / 2) + 0.5 * k;
                    if (d >= wanted) {
                        continue;
                    }
                    if (d < 1e-9) { // right on the line: step off to the left of it
                        ox = -ey;
                        oy = ex;
                        d = Math.sqrt(len2);
                    }
                    double force = (wanted - d) * 4 * k / wanted;
                    double fx = ox / d * force;
                    double fy = oy / d * force;
                    dx[i] += fx;
                    dy[i] += fy;
                    dx[a] -= fx * (1 - t);
                    dy[a] -= fy * (1 - t);
                    dx[b] -= fx * t;
                    dy[b] -= fy * t;
                }
            }
        }

        /**
         * Swaps two free themes' places where that makes fewer links cross each other or run
         * over a theme they do not connect, until no swap helps. Force layouts settle with such tangles now and then; a figure should not
         * show them. Returns whether anything moved.
         */
        boolean untangle() {
            if (links.size() < 2) {
                return false;
            }
            boolean any = false;
            double[] best = tangle();
            for (int sweep = 0; sweep < 6; sweep++) {
                boolean improved = false;
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        if (!movable[i] || !movable[j]) {
                            continue;
                        }
                        swap(i, j);
                        double[] score = tangle();
                        if (score[0] < best[0]) {
                            best = score;
                            improved = true;
                        } else {
                            swap(i, j);
                        }
                    }
                }
                any |= improved;
                if (!improved) {
                    break;
                }
            }
            return any;
        }

        private void swap(int i, int j) {
            double t = x[i];
            x[i] = x[j];
            x[j] = t;
            t = y[i];
            y[i] = y[j];
            y[j] = t;
            clamp(i);
            clamp(j);
        }

        /** How tangled the links are: {crossings (a link over a theme counts double), total length}. */
        double[] tangle() {
            int crossings = 0;
            double length = 0;
            for (int p = 0; p < links.size(); p++) {
                int a = links.get(p)[0];
                int b = links.get(p)[1];
                length += Math.sqrt((x[a] - x[b]) * (x[a] - x[b]) + (y[a] - y[b]) * (y[a] - y[b]));
                for (int q = p + 1; q < links.size(); q++) {
                    int c = links.get(q)[0];
                    int d = links.get(q)[1];
                    if (a != c && a != d && b != c && b != d
                            && segmentsCross(x[a], y[a], x[b], y[b], x[c], y[c], x[d], y[d])) {
                        crossings++;
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (i != a && i != b && crossesBox(ns[i], x[i], y[i], x[a], y[a], x[b], y[b])) {
                        crossings += 2;
                    }
                }
            }
            return new double[] {crossings, length};
        }

        /**
         * Centres the arrangement in the frame and stretches it (each axis on its own, at most
         * by half again) until it reaches the frame's edges, so the map uses the whole figure.
         */
        void fill() {
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                minX = Math.min(minX, x[i] - ns[i].halfWidth());
                maxX = Math.max(maxX, x[i] + ns[i].halfWidth());
                minY = Math.min(minY, y[i] - ns[i].above());
                maxY = Math.max(maxY, y[i] + ns[i].below());
            }
            double shiftX = w / 2 - (minX + maxX) / 2;
            double shiftY = 0.5 - (minY + maxY) / 2;
            double sx = 1.5;
            double sy = 1.5;
            for (int i = 0; i < n; i++) {
                x[i] += shiftX;
                y[i] += shiftY;
                double ox = x[i] - w / 2;
                double oy = y[i] - 0.5;
                if (Math.abs(ox) > 1e-9) {
                    sx = Math.min(sx, (w / 2 - ns[i].halfWidth()) / Math.abs(ox));
                }
                if (oy > 1e-9) {
                    sy = Math.min(sy, (0.5 - ns[i].below()) / oy);
                } else if (oy < -1e-9) {
                    sy = Math.min(sy, (0.5 - ns[i].above()) / -oy);
                }
            }
            sx = Math.max(1, sx);
            sy = Math.max(1, sy);
            for (int i = 0; i < n; i++) {
                x[i] = w / 2 + (x[i] - w / 2) * sx;
                y[i] = 0.5 + (y[i] - 0.5) * sy;
                clamp(i);
            }
        }

        /** Pairs of nodes whose boxes overlap. */
        int overlaps() {
            int c = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (clearance(ns[i], ns[j], x[i] - x[j], y[i] - y[j]) < 0) {
                        c++;
                    }
                }
            }
            return c;
        }

        /**
         * Spreads nodes that overlap (or stand closer than the gap) apart along the line between
         * their centres, all at once each round, so crowded nodes slide around one another
         * and along the frame's edges instead of pushing back and forth.
         */
        void spread() {
            double[] dx = new double[n];
            double[] dy = new double[n];
            for (int round = 0; round < SEPARATION_PASSES; round++) {
                Arrays.fill(dx, 0);
                Arrays.fill(dy, 0);
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        if (saved[i] && saved[j]) {
                            continue;
                        }
                        double ox = x[i] - x[j];
                        double oy = y[i] - y[j];
                        double missing = GAP - clearance(ns[i], ns[j], ox, oy);
                        if (missing <= 1e-9) {
                            continue;
                        }
                        any = true;
                        double d = Math.sqrt(ox * ox + oy * oy);
                        if (d < 1e-9) {
                            double angle = 2 * Math.PI * unit(mix(ns[i].id() * 31 + ns[j].id()));
                            ox = StrictMath.cos(angle);
                            oy = StrictMath.sin(angle);
                            d = 1;
                        }
                        double shareI = saved[i] ? 0 : saved[j] ? 1 : 0.5;
                        double step = Math.min(missing, 0.05) * 0.6;
                        dx[i] += ox / d * step * shareI;
                        dy[i] += oy / d * step * shareI;
                        dx[j] -= ox / d * step * (1 - shareI);
                        dy[j] -= oy / d * step * (1 - shareI);
                    }
                }
                if (!any) {
                    return;
                }
                for (int i = 0; i < n; i++) {
                    x[i] += dx[i];
                    y[i] += dy[i];
                    clamp(i);
                }
            }
        }

        /**
         * Pushes overlapping nodes apart along the axis where they overlap least (saved ones
         * stay), keeping the result only if fewer pairs overlap than before: when the nodes
         * cannot all fit, this pass could otherwise make things worse.
         */
        void separate() {
            int before = overlaps();
            if (before == 0) {
                return;
            }
            double[] keepX = x.clone();
            double[] keepY = y.clone();
            separatePairs();
            if (overlaps() > before) {
                System.arraycopy(keepX, 0, x, 0, n);
                System.arraycopy(keepY, 0, y, 0, n);
            }
        }

        private void separatePairs() {
            for (int pass = 0; pass < SEPARATION_PASSES; pass++) {
                boolean moved = false;
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        if (saved[i] && saved[j]) {
                            continue;
                        }
                        double overlapX = Math.min(x[i] + ns[i].halfWidth(), x[j] + ns[j].halfWidth())
                                - Math.max(x[i] - ns[i].halfWidth(), x[j] - ns[j].halfWidth()) + GAP;
                        double overlapY = Math.min(y[i] + ns[i].below(), y[j] + ns[j].below())
                                - Math.max(y[i] - ns[i].above(), y[j] - ns[j].above()) + GAP;
                        if (overlapX <= 1e-9 || overlapY <= 1e-9) {
                            continue;
                        }
                        moved = true;
                        double shareI = saved[i] ? 0 : saved[j] ? 1 : 0.5;
                        double shareJ = 1 - shareI;
                        double xi = x[i];
                        double yi = y[i];
                        double xj = x[j];
                        double yj = y[j];
                        boolean alongX = overlapX / w < overlapY;
                        for (int attempt = 0; attempt < 2; attempt++) {
                            if (alongX) {
                                double sign = x[i] < x[j] || (x[i] == x[j] && i < j) ? -1 : 1;
                                x[i] += sign * overlapX * shareI;
                                x[j] -= sign * overlapX * shareJ;
                            } else {
                                double sign = y[i] < y[j] || (y[i] == y[j] && i < j) ? -1 : 1;
                                y[i] += sign * overlapY * shareI;
                                y[j] -= sign * overlapY * shareJ;
                            }
                            clamp(i);
                            clamp(j);
                            if (clearance(ns[i], ns[j], x[i] - x[j], y[i] - y[j]) >= GAP - 1e-9 || attempt == 1) {
                                break;
                            }
                            // the frame's edge was in the way: try the other direction instead
                            x[i] = xi;
                            y[i] = yi;
                            x[j] = xj;
                            y[j] = yj;
                            alongX = !alongX;
                        }
                        clamp(i);
                        clamp(j);
                    }
                }
                if (!moved) {
                    return;
                }
            }
        }

        void clamp(int i) {
            Node node = ns[i];
            x[i] = Math.max(node.halfWidth(), Math.min(w - node.halfWidth(), x[i]));
            y[i] = Math.max(node.above(), Math.min(1 - node.below(), y[i]));
            if (node.halfWidth() * 2 > w) {
                x[i] = w / 2;
            }
            if (node.above() + node.below() > 1) {
                y[i] = node.above() / (node.above() + node.below());
            }
        }
    }

    /**
     * The empty space between two nodes' boxes ({@code ox, oy}: the first centre minus the
     * second); negative when they overlap.
     */
    static double clearance(Node a, Node b, double ox, double oy) {
        double gapX = Math.abs(ox) - a.halfWidth() - b.halfWidth();
        double gapY = oy > 0 ? oy - a.above() - b.below() : -oy - a.below() - b.above();
        if (gapX > 0 && gapY > 0) {
            return Math.sqrt(gapX * gapX + gapY * gapY);
        }
        return Math.max(gapX, gapY);
    }

    /**
     * How central each node is, 0..1: mostly its harmonic closeness over the links (the theme
     * the others reach in the fewest steps), partly how widely it is coded.
     */
    static double[] importance(Node[] ns, boolean[][] linked) {
        int n = ns.length;
        double[] closeness = new double[n];
        int[] dist = new int[n];
        int[] queue = new int[n];
        for (int s = 0; s < n; s++) {
            Arrays.fill(dist, -1);
            dist[s] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int u = queue[head++];
                for (int v = 0; v < n; v++) {
                    if (linked[u][v] && dist[v] < 0) {
                        dist[v] = dist[u] + 1;
                        queue[tail++] = v;
                    }
                }
            }
            double sum = 0;
            for (int v = 0; v < n; v++) {
                if (dist[v] > 0) {
                    sum += 1.0 / dist[v];
                }
            }
            closeness[s] = n > 1 ? sum / (n - 1) : 0;
        }
        double maxCloseness = Arrays.stream(closeness).max().orElse(0);
        double maxWeight = Arrays.stream(ns).mapToDouble(Node::weight).max().orElse(0);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double c = maxCloseness > 0 ? closeness[i] / maxCloseness : 0;
            double wgt = maxWeight > 0 ? Math.max(0, ns[i].weight()) / maxWeight : 0;
            out[i] = maxCloseness > 0 ? 0.7 * c + 0.3 * wgt : wgt;
        }
        return out;
    }

    private static boolean crossesBox(Node node, double cx, double cy, double x1, double y1, double x2, double y2) {
        // Liang-Barsky: clip the segment to the box; it crosses when something is left
        double[] p = {-(x2 - x1), x2 - x1, -(y2 - y1), y2 - y1};
        double[] q = {x1 - (cx - node.halfWidth()), cx + node.halfWidth() - x1, y1 - (cy - node.above()),
            cy + node.below() - y1};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }

    /** Whether two segments cross (merely touching does not count). */
    static boolean segmentsCross(double ax, double ay, double bx, double by, double cx, double cy, double dx,
                                 double dy) {
        double d1 = side(cx, cy, dx, dy, ax, ay);
        double d2 = side(cx, cy, dx, dy, bx, by);
        double d3 = side(ax, ay, bx, by, cx, cy);
        double d4 = side(ax, ay, bx, by, dx, dy);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double side(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }

    /** SplitMix64's finaliser: a well-spread hash of an id, the same everywhere. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash as a number in [0, 1). */
    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    /**
     * True when no two nodes' boxes overlap (for tests and checks); positions in map
     * coordinates, extents in frame units of a frame {@code aspect} wide.
     */
    public static boolean overlapFree(List<Node> nodes, Map<Long, Point> at, double aspect) {
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Node a = nodes.get(i);
                Node b = nodes.get(j);
                Point p = at.get(a.id());
                Point q = at.get(b.id());
                if (clearance(a, b, (p.x() - q.x()) * aspect, p.y() - q.y()) < -1e-9) {
                    return false;
                }
            }
        }
        return true;
    }
}
