package org.thematica.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thematica.model.MapPosition;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/**
 * Moves themes on the thematic map, as one step: every theme named in {@code after} gets that
 * position, and a theme named only in {@code before} loses its saved position (it goes back to
 * being placed automatically). {@code before} is what the themes had, so the inverse is the
 * same edit with the two lists swapped.
 */
public record SetMapPositions(List<MapPosition> before, List<MapPosition> after) implements Edit {
    public SetMapPositions {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    @Override
    public Applied apply(Repositories r) throws UserError {
        Map<Long, MapPosition> was = byTheme(before);
        Map<Long, MapPosition> will = byTheme(after);
        Map<Long, Boolean> themes = new LinkedHashMap<>();
        was.keySet().forEach(id -> themes.put(id, true));
        will.keySet().forEach(id -> themes.put(id, true));
        for (long id : themes.keySet()) {
            Optional<MapPosition> current = r.map.of(id);
            if (!current.equals(Optional.ofNullable(was.get(id)))) {
                throw new UserError("the thematic map changed in the meantime; try again");
            }
        }
        for (long id : themes.keySet()) {
            MapPosition p = will.get(id);
            if (p == null) {
                r.map.remove(id);
            } else {
                r.map.put(p);
            }
        }
        return new Applied(this, new SetMapPositions(after, before));
    }

    private static Map<Long, MapPosition> byTheme(List<MapPosition> positions) throws UserError {
        Map<Long, MapPosition> out = new LinkedHashMap<>();
        for (MapPosition p : positions) {
            if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                throw new UserError("a map position must be a finite number");
            }
            if (out.put(p.themeId(), p) != null) {
                throw new UserError("a theme can have only one position on the map");
            }
        }
        return out;
    }
}
