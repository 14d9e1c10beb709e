package org.thematica.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * A code's line of parents, walked upward. The one home of that walk: a project made elsewhere
 * (or by an older version) may hold a loop of parents, A under B under A, and every walk must
 * stop there and say so instead of spinning.
 *
 * @param ids    the codes from the start upward, each once
 * @param loopAt the code at which the line came back on itself, or null when it reached the top
 */
public record ParentChain(List<Long> ids, Long loopAt) {
    public ParentChain {
        ids = List.copyOf(ids);
    }

    /** Walks up from {@code start} (null: no code); {@code parentOf} gives a code's parent or null. */
    public static ParentChain from(Long start, LongFunction<Long> parentOf) {
        Set<Long> seen = new LinkedHashSet<>();
        for (Long id = start; id != null; id = parentOf.apply(id)) {
            if (!seen.add(id)) {
                return new ParentChain(new ArrayList<>(seen), id);
            }
        }
        return new ParentChain(new ArrayList<>(seen), null);
    }

    public boolean loops() {
        return loopAt != null;
    }

    public boolean contains(long id) {
        return ids.contains(id);
    }

    /** The codes on the loop itself, in order from {@link #loopAt}; empty when the line has none. */
    public List<Long> loop() {
        return loopAt == null ? List.of() : ids.subList(ids.indexOf(loopAt), ids.size());
    }

    /**
     * Every code that lies on a loop of parents. Trees show these at the top level, so that a
     * damaged codebook is still shown whole and no tree ever contains itself.
     */
    public static Set<Long> onLoops(Map<Long, Long> parents) {
        Set<Long> looped = new HashSet<>();
        for (Long id : parents.keySet()) {
            if (!looped.contains(id)) {
                looped.addAll(from(id, parents::get).loop());
            }
        }
        return Collections.unmodifiableSet(looped);
    }

    /** The parent a tree should show for a code: its own, unless it lies on a loop (see {@link #onLoops}). */
    public static Long shownParent(long id, Map<Long, Long> parents, Set<Long> looped) {
        return looped.contains(id) ? null : parents.get(id);
    }
}
