package org.thematica.service;

import org.thematica.model.CaseRecord;
import org.thematica.model.Code;
import org.thematica.model.Document;
import org.thematica.model.Theme;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** Finds things by the names users type, with messages that say what exists instead. */
final class Lookup {
    private Lookup() {
    }

    static Document document(Repositories r, String name) throws UserError {
        var found = r.documents.byName(name);
        if (found.isPresent()) {
            return found.get();
        }
        throw new UserError("no document named '" + name + "'" + suggest(r.documents.all().stream()
                .map(Document::name).toList(), name));
    }

    static Code code(Repositories r, String name) throws UserError {
        var found = r.codes.byName(name);
        if (found.isPresent()) {
            return found.get();
        }
        throw new UserError("no code named '" + name + "'" + suggest(r.codes.all().stream().map(Code::name).toList(),
                name));
    }

    static Theme theme(Repositories r, String name) throws UserError {
        var found = r.themes.byName(name);
        if (found.isPresent()) {
            return found.get();
        }
        throw new UserError("no theme named '" + name + "'" + suggest(r.themes.all().stream().map(Theme::name)
                .toList(), name));
    }

    static CaseRecord kase(Repositories r, String name) throws UserError {
        var found = r.cases.byName(name);
        if (found.isPresent()) {
            return found.get();
        }
        throw new UserError("no case named '" + name + "'" + suggest(r.cases.all().stream().map(CaseRecord::name)
                .toList(), name));
    }

    /** ", did you mean 'X'?" for a near miss (case or spacing), else a short list of what exists. */
    static String suggest(java.util.List<String> names, String wanted) {
        if (names.isEmpty()) {
            return " (there are none yet)";
        }
        String key = wanted.strip().toLowerCase(java.util.Locale.ROOT);
        for (String n : names) {
            if (n.strip().toLowerCase(java.util.Locale.ROOT).equals(key)) {
                return "; did you mean '" + n + "'?";
            }
        }
        int shown = Math.min(names.size(), 5);
        return " (there are: '" + String.join("', '", names.subList(0, shown)) + "'"
                + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "") + ")";
    }
}
