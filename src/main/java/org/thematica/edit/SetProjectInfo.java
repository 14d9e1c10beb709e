package org.thematica.edit;

import java.util.Objects;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Changes one of the project's own settings (figure settings, stop words); null removes it. */
public record SetProjectInfo(String key, String before, String after) implements Edit {
    @Override
    public Applied apply(Repositories r) throws UserError {
        String current = r.info.get(key).orElse(null);
        if (!Objects.equals(current, before)) {
            throw new UserError("the setting '" + key + "' changed in the meantime; try again");
        }
        if (after == null) {
            r.info.remove(key);
        } else {
            r.info.set(key, after);
        }
        return new Applied(this, new SetProjectInfo(key, after, before));
    }
}
