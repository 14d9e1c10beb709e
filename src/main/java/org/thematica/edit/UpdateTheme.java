package org.thematica.edit;

import org.thematica.model.Theme;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Renames a theme or changes its description, colour or status. */
public record UpdateTheme(Theme before, Theme after) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        Theme current = r.themes.byId(before.id()).orElseThrow(() -> new UserError("the theme no longer exists"));
        if (!current.equals(before)) {
            throw new UserError("theme '" + current.name() + "' changed in the meantime; try again");
        }
        if (!after.name().equals(before.name()) && r.themes.byName(after.name()).isPresent()) {
            throw new UserError("a theme named '" + after.name() + "' already exists");
        }
        r.themes.update(after);
        return new Applied(this, new UpdateTheme(after, before));
    }
}
