package org.thematica.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * The research-scale results as one Markdown table: a row per measurement, a column per
 * project size, then the target and whether it is met. Rows appear in the order they are
 * first filled.
 */
final class ScaleTable {
    /**
     * What a row should reach.
     *
     * @param text  how the table states it: "≤ 1 s"
     * @param scope the one column it is judged on ("large"), or null for every measured column
     * @param ok    whether a cell's value meets it
     */
    record Target(String text, String scope, DoublePredicate ok) {
        static Target atMost(String text, String scope, double limit) {
            return new Target(text, scope, v -> v <= limit);
        }

        static Target atLeast(String text, String scope, double limit) {
            return new Target(text, scope, v -> v >= limit);
        }
    }

    /** What a cell shows, and the number its target is judged on (null: nothing to judge). */
    record Cell(String text, Double value) {
        static Cell of(String text, double value) {
            return new Cell(text, value);
        }

        static Cell text(String text) {
            return new Cell(text, null);
        }
    }

    private static final class Row {
        final Target target;
        final Map<String, Cell> cells = new HashMap<>();

        Row(Target target) {
            this.target = target;
        }
    }

    private final List<String> columns;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    ScaleTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Fills one cell; the row (with its target, null for none) is made on first use. */
    void put(String label, Target target, String column, Cell cell) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException("no column " + column);
        }
        rows.computeIfAbsent(label, k -> new Row(target)).cells.put(column, cell);
    }

    /** A measurement that does not depend on the project size: shown once, in the last column. */
    void putShared(String label, Target target, Cell cell) {
        put(label, target, columns.get(columns.size() - 1), cell);
    }

    String markdown() {
        StringBuilder out = new StringBuilder("| measurement |");
        columns.forEach(c -> out.append(' ').append(c).append(" |"));
        out.append(" target | met? |\n|---|");
        columns.forEach(c -> out.append("---|"));
        out.append("---|---|\n");
        rows.forEach((label, row) -> {
            out.append("| ").append(label).append(" |");
            for (String c : columns) {
                Cell cell = row.cells.get(c);
                out.append(' ').append(cell == null ? "—" : cell.text()).append(" |");
            }
            out.append(' ').append(row.target == null ? "" : row.target.text()).append(" | ").append(met(row))
                    .append(" |\n");
        });
        return out.toString();
    }

    private String met(Row row) {
        Target t = row.target;
        if (t == null) {
            return "";
        }
        if (t.scope() != null) {
            if (!columns.contains(t.scope())) {
                return t.scope() + " not run";
            }
            Cell cell = row.cells.get(t.scope());
            if (cell == null || cell.value() == null) {
                return "n/a";
            }
            return t.ok().test(cell.value()) ? "yes" : "**no**";
        }
        List<String> failed = new ArrayList<>();
        int judged = 0;
        for (String c : columns) {
            Cell cell = row.cells.get(c);
            if (cell != null && cell.value() != null) {
                judged++;
                if (!t.ok().test(cell.value())) {
                    failed.add(c);
                }
            }
        }
        if (judged == 0) {
            return "n/a";
        }
        return failed.isEmpty() ? "yes" : "**no** (" + String.join(", ", failed) + ")";
    }
}
