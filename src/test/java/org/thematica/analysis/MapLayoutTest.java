package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thematica.analysis.MapLayout.Edge;
import org.thematica.analysis.MapLayout.Node;
import org.thematica.analysis.MapLayout.Point;

/**
 * The automatic layout of the thematic map: the same every time, no overlaps, inside the frame,
 * the central theme in the middle, saved positions kept, and stable when a theme is added.
 */
class MapLayoutTest {
    static final double ASPECT = 1.45;

    /**
     * {@code n} themes the size the figure gives them (a circle and a two-line name, about
     * 30% of the frame covered in all), ids like a project's (not 1..n), and links: a chain
     * through them plus a few chords, like an analyst's map.
     */
    static List<Node> nodes(int n) {
        List<Node> out = new ArrayList<>();
        double scale = Math.sqrt(0.30 * ASPECT / n / (2 * 0.16 * 0.30));
        for (int i = 0; i < n; i++) {
            double half = (0.13 + 0.03 * (i % 3)) * scale;
            double above = (0.08 + 0.02 * (i % 2)) * scale;
            out.add(new Node(100 + 7L * i, half, above, above + 0.12 * scale, (i % 4 + 1) / 4.0));
        }
        return out;
    }

    static List<Edge> edges(int n) {
        List<Edge> out = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            out.add(new Edge(100 + 7L * (i - 1), 100 + 7L * i, 0.1));
        }
        for (int i = 0; i + 3 < n; i += 4) {
            out.add(new Edge(100 + 7L * i, 100 + 7L * (i + 3), 0.05));
        }
        return out;
    }

    @Test
    void theSameInputGivesTheSamePositionsWhateverTheOrder() {
        List<Node> nodes = nodes(12);
        Map<Long, Point> first = MapLayout.arrange(nodes, edges(12), Map.of(), ASPECT);
        Map<Long, Point> second = MapLayout.arrange(nodes, edges(12), Map.of(), ASPECT);
        List<Node> shuffled = new ArrayList<>(nodes);
        Collections.reverse(shuffled);
        List<Edge> edges = new ArrayList<>(edges(12));
        Collections.reverse(edges);
        Map<Long, Point> third = MapLayout.arrange(shuffled, edges, Map.of(), ASPECT);
        assertThat(second).isEqualTo(first);
        assertThat(third).as("input order does not matter").isEqualTo(first);
    }

    @ParameterizedTest(name = "{0} themes")
    @ValueSource(ints = {3, 5, 7, 12, 20, 30, 40})
    void noTwoThemesOverlapAndAllStayInsideTheFrame(int n) {
        List<Node> nodes = nodes(n);
        Map<Long, Point> at = MapLayout.arrange(nodes, edges(n), Map.of(), ASPECT);
        assertThat(at).hasSize(n);
        assertThat(MapLayout.overlapFree(nodes, at, ASPECT)).as("no overlaps").isTrue();
        for (Node node : nodes) {
            Point p = at.get(node.id());
            assertThat(p.x() * ASPECT - node.halfWidth()).isGreaterThanOrEqualTo(-1e-9);
            assertThat(p.x() * ASPECT + node.halfWidth()).isLessThanOrEqualTo(ASPECT + 1e-9);
            assertThat(p.y() - node.above()).isGreaterThanOrEqualTo(-1e-9);
            assertThat(p.y() + node.below()).isLessThanOrEqualTo(1 + 1e-9);
        }
    }

    @Test
    void theThemeTheOthersReachInFewestStepsIsInTheMiddle() {
        // a star: 5 around one hub (id 50), which is not the first id
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (long id = 10; id <= 60; id += 10) {
            nodes.add(new Node(id, 0.12, 0.06, 0.14, 0.5));
            if (id != 50) {
                edges.add(new Edge(50, id));
            }
        }
        Map<Long, Point> at = MapLayout.arrange(nodes, edges, Map.of(), ASPECT);
        Point hub = at.get(50L);
        for (var e : at.entrySet()) {
            if (e.getKey() != 50L) {
                assertThat(distanceToMiddle(e.getValue())).isGreaterThan(distanceToMiddle(hub));
            }
        }
        assertThat(distanceToMiddle(hub)).isLessThan(0.1);
    }

    private static double distanceToMiddle(Point p) {
        return Math.hypot((p.x() - 0.5) * ASPECT, p.y() - 0.5);
    }

    @Test
    void savedPositionsStayAndTheOthersArePlacedAroundThem() {
        List<Node> nodes = nodes(8);
        Map<Long, Point> fixed = Map.of(100L, new Point(0.2, 0.3), 121L, new Point(0.8, 0.7));
        Map<Long, Point> at = MapLayout.arrange(nodes, edges(8), fixed, ASPECT);
        assertThat(at.get(100L)).isEqualTo(new Point(0.2, 0.3));
        assertThat(at.get(121L)).isEqualTo(new Point(0.8, 0.7));
        assertThat(MapLayout.overlapFree(nodes, at, ASPECT)).isTrue();
    }

    /**
     * Stability, the strong form: once themes have saved positions (the analyst dragged one or
     * arranged the map), adding a theme moves none of them, and the newcomer is placed clear
     * of them, beside the theme it is linked to rather than anywhere.
     */
    @ParameterizedTest(name = "{0} saved themes, then one more")
    @ValueSource(ints = {3, 7, 12, 20, 30})
    void addingAThemeToAnArrangedMapMovesNoneOfTheOthers(int n) {
        List<Node> before = nodes(n);
        Map<Long, Point> saved = MapLayout.arrange(before, edges(n), Map.of(), ASPECT);
        List<Node> after = new ArrayList<>(before);
        Node newcomer = new Node(9_999, before.get(0).halfWidth(), before.get(0).above(), before.get(0).below(), 0.25);
        after.add(newcomer);
        List<Edge> edgesAfter = new ArrayList<>(edges(n));
        edgesAfter.add(new Edge(before.get(n / 2).id(), newcomer.id(), 0.1));
        Map<Long, Point> now = MapLayout.arrange(after, edgesAfter, saved, ASPECT);
        for (Node node : before) {
            assertThat(now.get(node.id())).isEqualTo(saved.get(node.id()));
        }
        assertThat(MapLayout.overlapFree(after, now, ASPECT)).as("placed clear of the others").isTrue();
    }

    /**
     * Stability of the automatic layout when nothing is saved. The criterion: adding a theme
     * (linked to the last or the middle theme of the chain) moves the existing themes, on
     * average, less than 0.6 of the frame's height, and in at least half of the cases less than
     * 0.3. This is weaker than we would like: a force layout settles anew, and a changed centre
     * or a swap that uncrosses links can move several themes (see the numbers printed); that
     * is why the map saves every shown position on the first drag, after which the strong form
     * above holds.
     */
    @Test
    void addingAThemeToAnAutomaticMapMovesTheOthersBoundedly() {
        int calm = 0;
        int cases = 0;
        for (int n : new int[] {5, 7, 12, 20, 30}) {
            for (boolean middle : new boolean[] {false, true}) {
                List<Node> before = nodes(n);
                Map<Long, Point> was = MapLayout.arrange(before, edges(n), Map.of(), ASPECT);
                List<Node> after = new ArrayList<>(before);
                Node newcomer = new Node(9_999, before.get(0).halfWidth(), before.get(0).above(),
                        before.get(0).below(), 0.25);
                after.add(newcomer);
                List<Edge> edgesAfter = new ArrayList<>(edges(n));
                edgesAfter.add(new Edge(before.get(middle ? n / 2 : n - 1).id(), newcomer.id(), 0.1));
                Map<Long, Point> now = MapLayout.arrange(after, edgesAfter, Map.of(), ASPECT);
                double sum = 0;
                double most = 0;
                for (Node node : before) {
                    Point p = was.get(node.id());
                    Point q = now.get(node.id());
                    double moved = Math.hypot((p.x() - q.x()) * ASPECT, p.y() - q.y());
                    sum += moved;
                    most = Math.max(most, moved);
                }
                double mean = sum / n;
                System.out.printf(java.util.Locale.ROOT, "map stability: %d themes + 1 (%s): mean %.3f, max %.3f%n", n,
                        middle ? "middle" : "end", mean, most);
                assertThat(mean).as("mean movement, %d themes", n).isLessThan(0.6);
                cases++;
                if (mean < 0.3) {
                    calm++;
                }
            }
        }
        assertThat(calm).as("cases where the others moved less than 0.3 on average").isGreaterThanOrEqualTo(cases / 2);
    }

    @Test
    void emptyAndSingleMaps() {
        assertThat(MapLayout.arrange(List.of(), List.of(), Map.of(), ASPECT)).isEmpty();
        Map<Long, Point> one = MapLayout.arrange(List.of(new Node(5, 0.1, 0.05, 0.1, 1)), List.of(), Map.of(), ASPECT);
        assertThat(one.get(5L).x()).isEqualTo(0.5);
        assertThat(one.get(5L).y()).isBetween(0.4, 0.6);
    }

    @SuppressWarnings("unused")
    private static Map<Long, Point> copy(Map<Long, Point> m) {
        return new HashMap<>(m);
    }
}
