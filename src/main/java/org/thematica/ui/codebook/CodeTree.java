package org.thematica.ui.codebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thematica.model.ParentChain;
import org.thematica.service.WorkspaceService.CodeRow;

/**
 * The codebook's hierarchy as the last read saw it. Menus and drag-and-drop ask it what is
 * allowed without a trip to the project; the service checks again when it writes.
 */
final class CodeTree {
    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER.thenComparing(n -> n);
    private final Map<Long, CodeRow> byId = new LinkedHashMap<>();
    private final Map<String, CodeRow> byName = new HashMap<>();

    CodeTree(List<CodeRow> rows) {
        for (CodeRow r : rows) {
            byId.put(r.code().id(), r);
            byName.put(r.code().name(), r);
        }
    }

    Optional<CodeRow> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The parent's name, or null for a top-level code (or an unknown one). */
    String parentName(String name) {
        CodeRow r = byName.get(name);
        if (r == null || r.code().parentId() == null) {
            return null;
        }
        CodeRow parent = byId.get(r.code().parentId());
        return parent == null ? null : parent.code().name();
    }

    /** True if {@code name} is {@code ancestor} or lies anywhere below it. */
    boolean isWithin(String name, String ancestor) {
        CodeRow r = byName.get(name);
        CodeRow a = byName.get(ancestor);
        if (r == null || a == null) {
            return false;
        }
        return ParentChain.from(r.code().id(), id -> byId.containsKey(id) ? byId.get(id).code().parentId() : null)
                .contains(a.code().id());
    }

    /** Codes {@code name} could move under: not itself, not its own sub-codes, not its present parent. */
    List<String> possibleParents(String name) {
        String parent = parentName(name);
        return sorted(byName.keySet().stream().filter(n -> !isWithin(n, name) && !n.equals(parent)).toList());
    }

    /** Codes {@code name} could merge into: not itself, not its own sub-codes (that would loop). */
    List<String> mergeTargets(String name) {
        return sorted(byName.keySet().stream().filter(n -> !isWithin(n, name)).toList());
    }

    List<String> names() {
        return sorted(byName.keySet());
    }

    /** The direct sub-codes of {@code name}, by name. */
    List<String> children(String name) {
        CodeRow r = byName.get(name);
        if (r == null) {
            return List.of();
        }
        return sorted(byId.values().stream().filter(c -> r.code().id() == nullToZero(c.code().parentId()))
                .map(c -> c.code().name()).toList());
    }

    private static long nullToZero(Long id) {
        return id == null ? 0 : id;
    }

    private static List<String> sorted(java.util.Collection<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(BY_NAME);
        return list;
    }
}
