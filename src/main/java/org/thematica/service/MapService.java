package org.thematica.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thematica.edit.SetMapPositions;
import org.thematica.model.MapPosition;
import org.thematica.model.Theme;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/**
 * Where themes stand on the thematic map. A theme without a saved position is placed
 * automatically each time the map is drawn; moving or arranging saves positions, as one
 * undoable step.
 */
public final class MapService {
    private final Project project;

    MapService(Project project) {
        this.project = project;
    }

    /** The saved positions of live themes, by theme id. */
    public Map<Long, MapPosition> positions() {
        Map<Long, MapPosition> out = new LinkedHashMap<>();
        for (MapPosition p : project.repos().map.all()) {
            out.put(p.themeId(), p);
        }
        return out;
    }

    /**
     * Moves one theme. {@code placed} are the positions the other themes are shown at: those
     * without a saved position are saved too, in the same step, so that moving one theme does
     * not make the automatically placed ones rearrange around it.
     */
    public long move(long themeId, double x, double y, List<MapPosition> placed) throws UserError {
        Theme theme = project.repos().themes.byId(themeId)
                .filter(t -> project.repos().themes.byName(t.name()).map(Theme::id).equals(Optional.of(t.id())))
                .orElseThrow(() -> new UserError("the theme no longer exists"));
        List<MapPosition> after = new ArrayList<>();
        after.add(new MapPosition(themeId, x, y));
        Map<Long, MapPosition> saved = positions();
        for (MapPosition p : placed) {
            if (p.themeId() != themeId && !saved.containsKey(p.themeId())) {
                after.add(p);
            }
        }
        return save("Move theme '" + theme.name() + "' on the map", after);
    }

    /** Saves a whole arrangement (every theme's position), as made by "Arrange automatically". */
    public long arrange(List<MapPosition> positions) throws UserError {
        return save("Arrange the thematic map", positions);
    }

    /**
     * Saves positions (kept within the map, 0 to 1) as one step named {@code label}; returns
     * the history id, or 0 when nothing changed.
     */
    public long save(String label, List<MapPosition> positions) throws UserError {
        Repositories r = project.repos();
        List<MapPosition> before = new ArrayList<>();
        List<MapPosition> after = new ArrayList<>();
        for (MapPosition p : positions) {
            MapPosition next = new MapPosition(p.themeId(), clamp(p.x()), clamp(p.y()));
            Optional<MapPosition> now = r.map.of(p.themeId());
            if (now.isPresent() && now.get().equals(next)) {
                continue;
            }
            now.ifPresent(before::add);
            after.add(next);
        }
        if (after.isEmpty()) {
            return 0;
        }
        return project.history().perform(label, new SetMapPositions(before, after));
    }

    private static double clamp(double v) {
        if (!Double.isFinite(v)) {
            return 0.5;
        }
        return Math.max(0, Math.min(1, v));
    }
}
