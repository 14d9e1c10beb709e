package org.thematica.edit;

import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Puts a code into a theme or takes it out (the code and its codings are untouched). */
public record SetThemeMembership(long themeId, long codeId, boolean member) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        boolean now = r.themes.contains(themeId, codeId);
        if (now == member) {
            throw new UserError(member ? "the code is already in that theme" : "the code is not in that theme");
        }
        if (member) {
            r.themes.addCode(themeId, codeId);
        } else {
            r.themes.removeCode(themeId, codeId);
        }
        return new Applied(this, new SetThemeMembership(themeId, codeId, !member));
    }
}
