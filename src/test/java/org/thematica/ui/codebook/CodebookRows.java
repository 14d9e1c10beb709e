package org.thematica.ui.codebook;

import java.util.List;
import org.thematica.model.Code;
import org.thematica.model.Theme;
import org.thematica.model.ThemeStatus;
import org.thematica.service.WorkspaceService.CodeRow;
import org.thematica.service.WorkspaceService.ThemeRow;

/** Rows as WorkspaceService.codebook() returns them, for tests that need no project. */
final class CodebookRows {
    private CodebookRows() {
    }

    static CodeRow code(long id, String name, Long parent, long codings, long documents, String... themes) {
        return new CodeRow(new Code(id, "g" + id, name, "#e69f00", "", parent), codings, documents, List.of(themes));
    }

    static CodeRow described(CodeRow row, String description) {
        Code c = row.code();
        return new CodeRow(new Code(c.id(), c.guid(), c.name(), c.colour(), description, c.parentId()), row.codings(),
                row.documents(), row.themes());
    }

    static ThemeRow theme(long id, String name, ThemeStatus status, String description, long codings, long documents,
                          Long... codeIds) {
        return new ThemeRow(new Theme(id, "t" + id, name, description, "#0072b2", status), List.of(codeIds), codings,
                documents);
    }
}
