package org.thematica.edit;

import org.thematica.model.ThemeLink;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Draws a directed, labelled link between two themes. */
public record CreateLink(ThemeLink link) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        if (link.fromThemeId() == link.toThemeId()) {
            throw new UserError("a link needs two different themes");
        }
        long id = r.themes.insertLink(link);
        return new Applied(SetDeleted.one(Entity.LINK, id, false), SetDeleted.one(Entity.LINK, id, true));
    }
}
