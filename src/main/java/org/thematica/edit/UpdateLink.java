package org.thematica.edit;

import org.thematica.model.ThemeLink;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Relabels or re-points a theme link (used when themes are merged). */
public record UpdateLink(ThemeLink before, ThemeLink after) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        ThemeLink current = r.themes.link(before.id()).orElseThrow(() -> new UserError("the link no longer exists"));
        if (!current.equals(before)) {
            throw new UserError("the link changed in the meantime; try again");
        }
        r.themes.updateLink(after);
        return new Applied(this, new UpdateLink(after, before));
    }
}
