package org.thematica.edit;

import org.thematica.model.Theme;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Adds a theme. */
public record CreateTheme(Theme theme) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        if (r.themes.byName(theme.name()).isPresent()) {
            throw new UserError("a theme named '" + theme.name() + "' already exists");
        }
        long id = r.themes.insert(theme);
        return new Applied(SetDeleted.one(Entity.THEME, id, false), SetDeleted.one(Entity.THEME, id, true));
    }
}
